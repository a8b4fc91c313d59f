package org.nashra.parser.internal.frame.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashra.model.Acknowledgement;
import org.nashra.model.Acknowledgement.Kind;
import org.nashra.parser.BulletinParser;

/** What the parser reads as acknowledgements: thanks, appreciation and praise for services. */
class AcknowledgementFramesTest {

    private static List<Acknowledgement> read(String text) {
        return BulletinParser.parse(text).acknowledgements();
    }

    @Test
    void aCarriersParticipleCarriesTheThanksAsItsVerbDoes() {
        assertThat(read("وتحدث المنسق عن برنامج الصيف، مقدماً الشكر للجنة الحي على حسن التنظيم."))
                .extracting(Acknowledgement::kind).containsExactly(Kind.THANKS);
        assertThat(read("وتحدث المنسق عن برنامج الصيف، متوجهاً بالشكر إلى بلدية الحي.")).hasSize(1);
    }

    @Test
    void aVerbOfTurningCarriesItsThanksPastALongSubject() {
        assertThat(read("وتتقدم الرابطة ممثلة برئيسها وأعضاء هيئتها الإدارية وكافة منتسبيها بجزيل الشكر إلى بلدية "
                + "المدينة على دعمها.")).extracting(Acknowledgement::kind).containsExactly(Kind.THANKS);
    }

    @Test
    void theThanksHeadingANominalClauseThanksWhomItsLamNames() {
        assertThat(read("والشكر موصول لأعضاء الفرقة الموسيقية على مشاركتهم.")).extracting(Acknowledgement::kind)
                .containsExactly(Kind.THANKS);
        assertThat(read("الشكر للمتطوعين في المطبخ.")).hasSize(1);
        assertThat(read("وقدم الشكر وقرأ البيان.")).isEmpty();
    }

    @Test
    void theThanksHeadingAClauseMayBeQualifiedOrGovernedByAnIntensifier() {
        assertThat(read("عقد النادي اجتماعه. والشكر الجزيل للسيدة ليلى عساف على كرم ضيافتها."))
                .extracting(Acknowledgement::kind).containsExactly(Kind.THANKS);
        assertThat(read("عقد النادي اجتماعه. وكل الشكر والتقدير لفرقة الكشافة التي ساعدت في التنظيم.")).hasSize(1);
        assertThat(read("ونتوجه بالشكر الخاص إلى السيدة هالة نصار على استضافتها.")).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("استضافتها"));
    }

    @Test
    void thanksInConstructAfterAVerbThankWhomTheyGovern() {
        assertThat(read("وختم الرئيس كلمته بشكر الضيوف على حضورهم.")).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("حضورهم"));
        assertThat(read("وختمت المديرة حديثها بشكر المتطوعين.")).hasSize(1);
        assertThat(read("واستقبلت الجمعية الوفد بالشكر.")).isEmpty();
    }

    @Test
    void thanksSpokenToYouAreToTheLettersAddressee() {
        String letter = "إلى السيد كريم داود المحترم\nتحية طيبة وبعد،\nنشكركم على استضافتكم الكريمة لاجتماعنا.\n"
                + "رابطة الأطباء العرب";
        assertThat(read(letter)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Kind.THANKS);
            assertThat(((org.nashra.model.Person) a.to().get(0)).name()).isEqualTo("كريم داود");
            assertThat(a.reason()).isEqualTo("استضافتكم الكريمة لاجتماعنا");
        });
        assertThat(read("إلى السيد كريم داود المحترم\nتحية طيبة وبعد،\nنتقدم إليكم بالشكر الجزيل على دعمكم.")).hasSize(1);
        assertThat(read("إلى السيد كريم داود المحترم\nتحية طيبة وبعد،\nوالشكر لكم على حسن تعاونكم.")).hasSize(1);
    }

    @Test
    void anAdverbOfDegreeBetweenTheVerbAndWhatIsValuedIsPassedOver() {
        assertThat(read("ونثمن عالياً جهود اللجنة المنظمة للمهرجان.")).extracting(Acknowledgement::kind)
                .containsExactly(Kind.APPRECIATION);
        assertThat(read("وتثمن الهيئة كثيراً مساهمة المتبرعين في بناء القاعة.")).hasSize(1);
        assertThat(read("ونشكر كثيراً أهالي الحي على استقبالهم.")).hasSize(1);
    }

    @Test
    void thanksToSeveralRecipientsForOneReasonAreOne() {
        List<Acknowledgement> as = read("وعبر المشاركون عن شكرهم لبلدية المدينة ولجمعية الصداقة على حسن الاستقبال.");
        assertThat(as).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Kind.THANKS);
            assertThat(a.to()).hasSize(2);
            assertThat(a.reason()).isEqualTo("حسن الاستقبال");
        });
    }

    @Test
    void recipientsWithReasonsOfTheirOwnAreThankedApart() {
        List<Acknowledgement> as = read("ووجه الاجتماع الشكر الى ادارة الفندق على تسهيلاتها، والى المتطوعين على جهودهم.");
        assertThat(as).hasSize(2).extracting(Acknowledgement::reason).containsExactly("تسهيلاتها", "جهودهم");
    }

    @Test
    void oneMoreRecipientJoinedByWaWithAReasonOrADescriptionOfItsOwnIsThankedApart() {
        assertThat(read("وشكر الرئيس بلدية المدينة على توفير القاعة، واتحاد الطلبة على مشاركته.")).hasSize(2)
                .extracting(Acknowledgement::reason).containsExactly("توفير القاعة", "مشاركته");
        assertThat(read("وشكرت الجمعية المركز الثقافي على استضافته، و«دار الكتب» على الكتب المهداة.")).hasSize(2);
        assertThat(read("نشكر إدارة القاعة على حسن الاستقبال، وكل المتطوعين الذين عملوا لإنجاح الأمسية.")).hasSize(2);
    }

    @Test
    void valuingSomethingIsAppreciationOfIt() {
        Acknowledgement a = read("وثمن المجتمعون المبادرات التي قدمها الشباب لدعم الاسر المحتاجة.").get(0);
        assertThat(a.kind()).isEqualTo(Kind.APPRECIATION);
        assertThat(a.reason()).startsWith("المبادرات");
    }

    @Test
    void praisingTheEffortsOfSomeoneIsPraise() {
        Acknowledgement a = read("واثنى الحضور على الجهود التي بذلتها اللجنة التحضيرية في تنظيم المهرجان.").get(0);
        assertThat(a.kind()).isEqualTo(Kind.PRAISE);
        assertThat(a.reason()).isEqualTo("تنظيم المهرجان");
    }

    @Test
    void commendingAStandOrACauseIsNoAcknowledgement() {
        assertThat(read("وأثنى السفير على التضامن الذي أبدته الجالية مع أهلها.")).isEmpty();
        assertThat(read("وتحدث النائب مثنياً على \"الدور الذي يؤديه الاتحاد في الدفاع عن العمال\".")).isEmpty();
    }

    @Test
    void aClosingFormulaIsNoAcknowledgement() {
        assertThat(read("نأمل ان نراكم في نشاطاتنا القادمة، مع خالص شكرنا وتقديرنا.")).isEmpty();
    }

    @Test
    void aPriceIsNotValuedAndDeterringIsNotPraising() {
        assertThat(read("ودفعت الجالية ثمناً باهظاً، ولن تثنيها الصعوبات عن العمل.")).isEmpty();
    }

    @Test
    void notingTheEffortSomeoneSpentIsPraiseNotAPosition() {
        var b = BulletinParser.parse("ونوهت الهيئة الادارية بالجهود الكبيرة التي بذلها اعضاء فرع ليون في تنظيم المعرض.");
        assertThat(b.acknowledgements()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Kind.PRAISE);
            assertThat(a.reason()).isEqualTo("تنظيم المعرض");
        });
        assertThat(b.resolutions()).isEmpty();
    }

    @Test
    void singlingOutWithThanksOrPraiseAcknowledgesTheObject() {
        assertThat(read("وخص المجتمعون بالشكر الأستاذة سهام بن علي على استضافتها الاجتماع في بيتها."))
                .singleElement().satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(Kind.THANKS);
                    assertThat(a.reason()).isEqualTo("استضافتها الاجتماع في بيتها");
                });
        assertThat(read("وخصت الجمعية بالثناء مكتبة «الفجر» لتبرعها بالكتب."))
                .singleElement().satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(Kind.PRAISE);
                    assertThat(a.reason()).isEqualTo("تبرعها بالكتب");
                });
    }

    @Test
    void recipientsSetApartByCommaAndIlaAreThankedApart() {
        assertThat(read("ونتقدم بالشكر الى اعضاء النادي الذين تبرعوا بالكتب، والى الطلبة الذين ساعدوا في التنظيم."))
                .hasSize(2);
    }

    @Test
    void onInsideARelativeClauseIsNoReason() {
        assertThat(read("وشكر الرئيس الشباب الذين عملوا طويلا على تحضير المعرض، وخص بالتقدير فرقة الكورال."))
                .hasSize(2).first().satisfies(a -> assertThat(a.reason()).isNull());
    }

    @Test
    void gratitudeIsThanks() {
        assertThat(read("وعبر الرئيس عن امتنانه لبلدية المدينة على دعمها.")).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(Kind.THANKS));
    }

    @Test
    void valuingTheEffortsSomeoneSpentAcknowledgesWhoSpentThem() {
        Acknowledgement a = read("عقدت جمعية الصداقة مؤتمرها العام في ستوكهولم. ويثمن المكتب عاليا الجهود التي بذلها "
                + "الرفاق في التحضير للمعرض.").get(0);
        assertThat(a.kind()).isEqualTo(Kind.APPRECIATION);
        assertThat(a.to()).hasSize(1);
        assertThat(a.reason()).isEqualTo("التحضير للمعرض");
    }

    @Test
    void praisingTheRoleOfSomeoneAcknowledgesThem() {
        Acknowledgement a = read("عقدت جمعية الصداقة مؤتمرها العام في ستوكهولم. وأثنت الرئيسة على دور المتطوعين في "
                + "التنظيم.").get(0);
        assertThat(a.kind()).isEqualTo(Kind.PRAISE);
        assertThat(a.to()).hasSize(1);
        assertThat(a.reason()).isEqualTo("التنظيم");
    }

    @Test
    void appreciationOfTheEffortsOfSomeoneGoesToThem() {
        Acknowledgement a = read("عقدت رابطة المرأة العربية في مونتريال اجتماعها الشهري يوم السبت. وأعربت الرئيسة عن "
                + "تقديرها العالي لجهود عضوات الهيئة الادارية في تنظيم الحملة.").get(0);
        assertThat(a.kind()).isEqualTo(Kind.APPRECIATION);
        assertThat(a.to()).hasSize(1);
        assertThat(a.reason()).isEqualTo("تنظيم الحملة");
    }

    @Test
    void eachOfSeveralBodiesIsThankedButEveryoneWhoHelpedIsOneGroup() {
        assertThat(read("عقدت جمعية الصداقة مؤتمرها العام في ستوكهولم. وفي الختام توجه المؤتمر بالشكر الى كل من "
                + "بلدية ستوكهولم واتحاد الطلبة على دعمهما.")).singleElement()
                .satisfies(a -> assertThat(a.to()).hasSize(2));
        assertThat(read("عقدت جمعية الصداقة مؤتمرها العام في ستوكهولم. كما قدم الرئيس الشكر لكل من ساهم في انجاح "
                + "الحفل.")).singleElement().satisfies(a -> assertThat(a.to()).hasSize(1));
    }

    @Test
    void valuingAPartysDoingAfterAnAdverbIsAppreciationAndEndsAtTheNextVerb() {
        assertThat(read("وفي ختام كلمته ثمن كذلك دور الاتحاد الدولي للمعلمين.")).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(Kind.APPRECIATION));
        assertThat(read("وثمنت الهيئة أيضاً دور الجالية في دعم الطلبة.")).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(Kind.APPRECIATION));
        assertThat(read("وثمن أيضاً جهود نقابة الأطباء ووجه الشكر الى بلدية المدينة على تعاونها."))
                .extracting(Acknowledgement::kind).containsExactly(Kind.APPRECIATION, Kind.THANKS);
        assertThat(read("وقد دفع الشعب ثمناً باهظاً في الحرب.")).isEmpty();
    }

    @Test
    void theOnePartyBeforeTheReasonIsTheThankedOne() {
        assertThat(read("وشكرت الأمهات على مساهمتهن في إعداد الطعام.")).singleElement()
                .satisfies(a -> assertThat(a.to()).hasSize(1));
        assertThat(read("وشكر الحضور على مشاركتهم.")).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("مشاركتهم"));
        assertThat(read("وأكدت الرئيسة الجديدة أن الهيئة ستعمل على تطوير الخدمات، وشكرت الأعضاء على ثقتهم."))
                .singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(Kind.THANKS));
    }

    @Test
    void aSecondThankedJoinedByWawWithAReasonOfItsOwnIsThankedApart() {
        assertThat(read("وشكر المؤتمر بلدية المدينة على استضافته، والجمعيات الأهلية على دعمها."))
                .extracting(Acknowledgement::reason).containsExactly("استضافته", "دعمها");
        assertThat(read("وشكرت الهيئة الإدارية إدارة المدرسة على توفير القاعة، والمتطوعين الشباب على جهودهم في التنظيم."))
                .hasSize(2);
        assertThat(read("ويشكر النادي السفارة على رعايتها للحفل، والفنانين المشاركين على مساهمتهم.")).hasSize(2);
    }
    @Test
    void anHonourGivenInRecognitionOfAServiceIsAppreciationOfTheHonoured() {
        Acknowledgement a = read("ومنح الاتحاد الشاعر سليم بركات درع الإبداع تقديراً لعطائه الأدبي.").get(0);
        assertThat(a.kind()).isEqualTo(Kind.APPRECIATION);
        assertThat(a.reason()).isEqualTo("عطائه الأدبي");
        assertThat(read("وقدّم رئيس النادي شهادة للسيدة هالة منصور عرفاناً بجهودها في تدريب الفريق."))
                .singleElement().extracting(Acknowledgement::kind).isEqualTo(Kind.APPRECIATION);
        assertThat(read("وأجلت اللجنة الانتخابات تقديراً للظروف الأمنية.")).isEmpty();
    }

    @Test
    void salutingAPartyForTheSupportItGaveIsPraiseForAService() {
        assertThat(read("* يحيي المكتب النقابة الجهوية للتعليم على مساندتها لإضراب الأساتذة."))
                .singleElement().extracting(Acknowledgement::kind).isEqualTo(Kind.PRAISE);
        assertThat(read("ونحيي الجالية المغربية في بلجيكا على تضامنها الدائم مع قضايانا."))
                .singleElement().extracting(Acknowledgement::kind).isEqualTo(Kind.PRAISE);
        assertThat(BulletinParser.parse("وحيّت النقابة أطباء المستشفى الجامعي على دعمهم للمضربين.").resolutions())
                .isEmpty();
        assertThat(read("ونحيي شباب الحي على جهودهم في تنظيف الحديقة العامة."))
                .singleElement().extracting(Acknowledgement::kind).isEqualTo(Kind.PRAISE);
        assertThat(read("ويحيي المكتب عمال الميناء على صمودهم.")).isEmpty(); // a stand: praise as a position
    }

    @Test
    void theParticipleOfThankingThanksItsObject() {
        assertThat(read("وقد ردّ رئيس الحزب على البرقيات شاكراً أصحابها على مشاعرهم الطيبة."))
                .singleElement().extracting(Acknowledgement::kind).isEqualTo(Kind.THANKS);
        assertThat(read("واختتم الرئيس كلمته شاكرا الحضور على تلبية الدعوة.")).hasSize(1);
        assertThat(read("وردّت الأمانة العامة على الرسائل شاكرة مرسليها على تضامنهم.")).hasSize(1);
    }

    @Test
    void aThankedBodysTownBeforeItsReasonKeepsTheNextRecipientApart() {
        assertThat(read("ووجه المكتب شكره إلى المجلس البلدي لوجدة على توفير القاعة، وإلى المتطوعين على حسن التنظيم."))
                .extracting(Acknowledgement::reason).containsExactly("توفير القاعة", "حسن التنظيم");
    }
}
