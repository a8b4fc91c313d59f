package org.nashra.parser.internal.frame.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashra.model.Election;
import org.nashra.model.ElectionResult;
import org.nashra.model.Person;
import org.nashra.parser.BulletinParser;

/** What the parser reads as elections and election results. */
class ElectionFramesTest {

    private static List<Election> read(String text) {
        return BulletinParser.parse(text).elections();
    }

    @Test
    void aBodyElectedForATerm() {
        Election e = read("وفي الختام جرى انتخاب هيئة ادارية جديدة لمدة ثلاث سنوات.").get(0);
        assertThat(e.body()).isEqualTo("هيئة ادارية");
        assertThat(e.term()).isEqualTo(Period.ofYears(3));
    }

    @Test
    void aDualYearIsATermOfTwo() {
        assertThat(read("ثم انتخب المؤتمرون لجنة مركزية جديدة للسنتين القادمتين.").get(0).term()).isEqualTo(Period.ofYears(2));
    }

    @Test
    void theMembersListedWithTheirPosts() {
        Election e = read("وجرى انتخاب مكتب تنفيذي جديد ضم كلاً من: السيد ماهر الحسن رئيساً، والسيدة هدى يوسف نائبة للرئيس.")
                .get(0);
        assertThat(e.elected()).extracting(Person::name).containsExactly("ماهر الحسن", "هدى يوسف");
        assertThat(e.elected()).extracting(Person::role).containsExactly("رئيساً", "نائبة للرئيس");
    }

    @Test
    void aPostFilledIsAnElectionOfThePost() {
        Election e = read("وجرى انتخاب الرفيقة نادية كريم سكرتيرة للمنظمة.").get(0);
        assertThat(e.body()).isEqualTo("سكرتيرة للمنظمة");
        assertThat(e.elected()).extracting(Person::name).containsExactly("نادية كريم");
    }

    @Test
    void anAppointmentIsAnElectionOfThePost() {
        assertThat(read("وقرر الاجتماع تكليف السيد فراس نوري بمهام مسؤول الاعلام.").get(0).body())
                .isEqualTo("مسؤول الاعلام");
    }

    @Test
    void aBodyFormedAndToldAsDoneIsElected() {
        Election e = read("وفي ختام اللقاء تم تشكيل لجنة إعلامية برئاسة السيد نبيل حداد.").get(0);
        assertThat(e.body()).isEqualTo("لجنة إعلامية");
        assertThat(e.elected()).extracting(Person::name).containsExactly("نبيل حداد");
        assertThat(read("وشكّل المكتب التنفيذي لجنةً مؤقتة للانتخابات.")).extracting(Election::body)
                .containsExactly("لجنةً مؤقتة");
        assertThat(read("واتفق الحاضرون في نهاية اللقاء على تأليف هيئة تنسيقية تضم ممثلي الأندية.")).extracting(Election::body)
                .containsExactly("هيئة تنسيقية");
    }

    @Test
    void aWorkingGroupFormedIsElected() {
        assertThat(read("واتفق المشاركون على تشكيل فريق لمراجعة سجلات الأعضاء يتولى تنسيقه السيد رامي عادل."))
                .extracting(Election::body).containsExactly("فريق لمراجعة سجلات الأعضاء");
        assertThat(read("وفي الختام تقرر تشكيل مجموعة عمل لإعداد دليل للمتطوعين.")).extracting(Election::body)
                .containsExactly("مجموعة عمل لإعداد دليل");
    }

    @Test
    void committeesFormedAreElectedAsOneBody() {
        assertThat(read("وقرر المؤتمرون تشكيل لجان فرعية للتحضير للمهرجان.")).extracting(Election::body)
                .containsExactly("لجان فرعية");
    }

    @Test
    void aLongSubjectSetOffByACommaComesBeforeTheBodyElected() {
        assertThat(read("وانتخب نادي الطلبة العرب في جامعة لوند، هيئة إدارية جديدة للنادي.")).extracting(Election::body)
                .containsExactly("هيئة إدارية");
    }

    @Test
    void aWordOfAPlacesNameIsNoAppointment() {
        assertThat(read("وشارك في الوقفة أهالي مخيم عين الحلوة ممثلين باللجان الشعبية.")).isEmpty();
    }

    @Test
    void aNewBodyChargedWithATaskIsFormed() {
        Election e = read("وكلّف المجلس لجنةً تحضيرية برئاسة السيد منير خوري بإعداد النظام الداخلي.").get(0);
        assertThat(e.body()).isEqualTo("لجنةً تحضيرية");
        assertThat(e.elected()).extracting(Person::name).containsExactly("منير خوري");
        assertThat(read("وكلّف المجلس أمين الصندوق بمتابعة الاشتراكات المتأخرة.")).isEmpty();
    }

    @Test
    void aBodyFormedOnAListNumberedByLettersIsElected() {
        assertThat(read("وعليه تعلن اللجنة ما يلي:\nأ- رفضها لقرار الإدارة.\nب- تشكيل لجنة قانونية برئاسة السيدة سلمى عيسى.\n"))
                .extracting(Election::body).containsExactly("لجنة قانونية");
    }

    @Test
    void aBodyFormedOnAListOfDecisionsIsElected() {
        assertThat(read("وقررت الهيئة العامة ما يلي:\n1- رفع الاشتراك السنوي للأعضاء.\n2- تكوين لجنة ثقافية من خمسة أعضاء.\n"))
                .extracting(Election::body).containsExactly("لجنة ثقافية");
    }

    @Test
    void aBodyDemandedOrRecommendedIsNotElected() {
        assertThat(read("وطالب البيان بتشكيل لجنة تحقيق مستقلة في الأحداث.")).isEmpty();
        assertThat(read("ودعا المؤتمر في ختام أعماله إلى تشكيل هيئة وطنية للحوار.")).isEmpty();
        assertThat(read("وأوصى المشاركون بما يلي:\n1- تشكيل لجنة لمتابعة التوصيات.\n2- نشر البيان.\n")).isEmpty();
    }

    @Test
    void aBodyThatElectsIsNotTheBodyElected() {
        assertThat(read("وفي جلسته الأولى انتخب المجلس الجديد الهيئة التنفيذية للنقابة.")).extracting(Election::body)
                .containsExactly("الهيئة التنفيذية");
        assertThat(read("ثم انتخبت اللجنة المركزية المكتب السياسي بالإجماع.")).extracting(Election::body)
                .containsExactly("المكتب السياسي");
    }

    @Test
    void aBodyNamedInTheConstructStateThatElectsIsNotTheBodyElected() {
        assertThat(read("وفي أول اجتماع له انتخب مجلس النقابة المكتب التنفيذي على النحو الآتي.")).extracting(Election::body)
                .containsExactly("المكتب التنفيذي");
        assertThat(read("وانتخبت الهيئة العامة مجلس إدارة جديداً للسنتين القادمتين.")).extracting(Election::body)
                .containsExactly("مجلس إدارة");
    }

    @Test
    void theBodyJustElectedFillingItsOwnPostsIsOneElection() {
        List<Election> es = read("ثم انتخب المؤتمر لجنة تنفيذية جديدة من تسعة أعضاء، انتخبت بدورها السيدة هالة مراد رئيسة، "
                + "وسناء عيسى نائبة للرئيسة، وليلى حمدي أمينة للسر.");
        assertThat(es).extracting(Election::body).containsExactly("لجنة تنفيذية");
        assertThat(es.get(0).elected()).extracting(Person::name).containsExactly("هالة مراد", "سناء عيسى", "ليلى حمدي");
        assertThat(read("وانتخب الاجتماع مكتباً تنفيذياً انتخب بدوره الرفيق عماد حسن سكرتيراً.").get(0).elected())
                .extracting(Person::name).containsExactly("عماد حسن");
    }

    @Test
    void aBodyFormedTakesNoMembersFromTheNextSentence() {
        Election e = read("وقرر المجلس تشكيل لجنة دائمة للمتابعة. ثانياً: يحيي المجلس الأعضاء الجدد: أحمد فرج وسامي نور.").get(0);
        assertThat(e.body()).isEqualTo("لجنة دائمة");
        assertThat(e.elected()).isEmpty();
    }

    @Test
    void seatsAndVotesJoinedAreOneResult() {
        assertThat(BulletinParser.parse("وحصلت قائمة الوفاق على 2140 صوتاً و7 مقاعد في مجلس الطلبة.").electionResults())
                .extracting(ElectionResult::seats, ElectionResult::votes).containsExactly(org.assertj.core.groups.Tuple.tuple(7, 2140));
        assertThat(BulletinParser.parse("ونالت كتلة العمل النقابي ثلاثة مقاعد بـ 950 صوتاً.").electionResults())
                .extracting(ElectionResult::seats, ElectionResult::votes).containsExactly(org.assertj.core.groups.Tuple.tuple(3, 950));
        assertThat(BulletinParser.parse("وفاز تحالف الشباب بخمسة مقاعد و1200 صوت.").electionResults())
                .extracting(ElectionResult::seats, ElectionResult::votes).containsExactly(org.assertj.core.groups.Tuple.tuple(5, 1200));
    }

    @Test
    void theTallyOfPersonsElectedIsNoResult() {
        assertThat(BulletinParser.parse("وجرت انتخابات الهيئة الإدارية وفاز فيها كل من السيد علي حمدان (95 صوتاً)، "
                + "والسيدة ريم خوري (80 صوتاً).").electionResults()).isEmpty();
    }

    @Test
    void aPlannedElectionIsNotListed() {
        assertThat(read("على ان تعقد جلسة ثانية لمناقشة النظام الداخلي وانتخاب القيادة الجديدة.")).isEmpty();
        assertThat(read("وهنأ المجتمعون الرفيقة سعاد بمناسبة انتخابها عضوة في البرلمان.")).isEmpty();
    }

    @Test
    void seatsWonInAPublicElection() {
        ElectionResult r = BulletinParser.parse("وقد حصلت قائمتنا على ثلاثة مقاعد ضمن تحالف التغيير.").electionResults().get(0);
        assertThat(r.seats()).isEqualTo(3);
        assertThat(BulletinParser.parse("وفاز حزب العمال بمقعدين.").electionResults().get(0).seats()).isEqualTo(2);
        assertThat(BulletinParser.parse("وحصل الحزب على مقعدين في البرلمان.").electionResults().get(0).seats()).isEqualTo(2);
    }

    @Test
    void aBodyInTheAccusativeIsStillABody() {
        Election e = read("ثم انتخب المؤتمر مكتباً تنفيذياً جديداً لولاية مدتها اربع سنوات.").get(0);
        assertThat(e.body()).isEqualTo("مكتباً تنفيذياً");
        assertThat(e.term()).isEqualTo(Period.ofYears(4));
    }

    @Test
    void postsListedAsLabelledLinesGiveEachHolderThePost() {
        Election e = read("عقدت جمعية الطلبة العرب مؤتمرها العام في مدينة ليون يوم السبت. وجرى انتخاب لجنة تنفيذية "
                + "جديدة، وقد توزعت المهام فيها كالتالي:\n- الرئيس: السيد كمال يوسف\n"
                + "- أمين السر: الدكتورة ليلى حداد\n- أعضاء: سامر علي، ورنا خليل\nوفي الختام شكر الرئيس الحضور.").get(0);
        assertThat(e.body()).isEqualTo("لجنة تنفيذية");
        assertThat(e.elected()).extracting(Person::name).containsExactly("كمال يوسف", "ليلى حداد", "سامر علي", "رنا خليل");
        assertThat(e.elected()).extracting(Person::role).containsExactly("الرئيس", "أمين السر", "أعضاء", "أعضاء");
    }

    @Test
    void aBodyRenewedByAVoteNamedLaterInTheClause() {
        Election e = read("وأسفر انتخاب المندوبين عن تشكيل الهيئة الادارية لعهدة مدتها سنتان.").get(0);
        assertThat(e.body()).isEqualTo("الهيئة الادارية");
        assertThat(e.term()).isEqualTo(Period.ofYears(2));
    }

    @Test
    void choosingOrNamingSomeoneToAPostIsAnElection() {
        assertThat(read("واختار المؤتمرون بالإجماع الدكتورة سعاد الكردي رئيسة فخرية للرابطة."))
                .extracting(Election::body).containsExactly("رئيسة فخرية للرابطة");
        assertThat(read("وقرر الاجتماع تسمية الرفيق عادل ناصر منسقاً لشؤون الشباب."))
                .extracting(Election::body).containsExactly("منسقاً لشؤون الشباب");
    }

    @Test
    void aTaskGivenIsNoPost() {
        assertThat(read("وقرر الاجتماع تكليف السيدة منى الراشد بمتابعة ملف الاعلام.")).isEmpty();
    }

    @Test
    void aPublicElectionIsNoElectedBody() {
        assertThat(read("وتحدث الضيف عن الانتخابات البلدية المقبلة وعن انتخاب المجالس المحلية.")).isEmpty();
    }

    private static List<ElectionResult> results(String text) {
        return BulletinParser.parse(text).electionResults();
    }

    @Test
    void seatsWrittenInWordsWonByAListNamedInAVerbalNoun() {
        assertThat(results("وأسفرت الانتخابات عن فوز قائمة «الوفاء» بسبعة مقاعد من أصل تسعة."))
                .singleElement().satisfies(e -> assertThat(e.seats()).isEqualTo(7));
    }

    @Test
    void votesWithDotsGroupingThousandsAreWhole() {
        assertThat(results("وحلت المرشحة سعاد الكردي في المرتبة الثانية بـ 1.250 صوتاً."))
                .singleElement().satisfies(e -> {
                    assertThat(e.votes()).isEqualTo(1250);
                    assertThat(e.seats()).isNull();
                });
    }

    @Test
    void withinThisListIsTheListNamedBefore() {
        List<ElectionResult> rs = results("وأسفرت الانتخابات عن فوز قائمة «الوفاء» بسبعة مقاعد، وحصل مرشحو الجمعية "
                + "على ثلاثة مقاعد ضمن هذه القائمة.");
        assertThat(rs).hasSize(2);
        assertThat(rs.get(1).seats()).isEqualTo(3);
        assertThat(rs.get(1).within()).isEqualTo(new org.nashra.model.Group("قائمة «الوفاء»", rs.get(1).within().span()));
    }

    @Test
    void aMarginIsNoResult() {
        assertThat(results("وفاز الرفيق كامل الحسن بمقعد في المجلس بفارق 12 صوتاً."))
                .singleElement().satisfies(e -> {
                    assertThat(e.seats()).isEqualTo(1);
                    assertThat(e.votes()).isNull();
                });
    }

    @Test
    void aPostInBracketsAfterANameIsItsHoldersPost() {
        Election e = read("عقدت جمعية الصداقة مؤتمرها العام في ستوكهولم. وانتخب المؤتمر هيئة ادارية جديدة تألفت من: "
                + "سامر علي (رئيساً)، رنا خليل (أمينة سر)، وكمال يوسف (أميناً للصندوق).").get(0);
        assertThat(e.elected()).extracting(Person::role).containsExactly("رئيساً", "أمينة سر", "أميناً للصندوق");
    }

    @Test
    void withinIsTheListNamedAfterDimn() {
        assertThat(results("عقدت جمعية الصداقة مؤتمرها العام في ستوكهولم. وحصلت الجمعية على مقعدين ضمن قائمة "
                + "«التغيير» في انتخابات المجلس.")).singleElement().satisfies(e -> {
                    assertThat(e.seats()).isEqualTo(2);
                    assertThat(e.within()).isInstanceOf(org.nashra.model.Group.class);
                    assertThat(((org.nashra.model.Group) e.within()).text()).isEqualTo("قائمة «التغيير»");
                });
    }

    @Test
    void obtainingSeatsAsAVerbalNounIsAResult() {
        assertThat(results("وقد اسفرت الانتخابات عن حصول تحالف «الأمل» على أربعة عشر مقعداً."))
                .singleElement().satisfies(e -> assertThat(e.seats()).isEqualTo(14));
    }

    @Test
    void byAcclamationIsHowNotAnElectionAndTheTermIsNoPartOfThePost() {
        List<Election> es = read("عقدت رابطة المرأة العربية في مونتريال اجتماعها الشهري يوم السبت. وانتخبت الهيئة "
                + "العامة بالتزكية السيدة هدى العلي رئيسة للرابطة لدورة جديدة مدتها سنتان.");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.body()).isEqualTo("رئيسة للرابطة");
            assertThat(e.term()).isEqualTo(Period.ofYears(2));
            assertThat(e.elected()).extracting(Person::name).containsExactly("هدى العلي");
        });
    }

    @Test
    void blocsCountedInDeputiesAndRankedAreResults() {
        List<ElectionResult> out = results("وتوزعت المقاعد على الكتل: حلت كتلة حزب النهضة في المركز الأول بواقع 14 نائباً، "
                + "وجاءت كتلة حزب الوفاق في المركز الثاني بواقع تسعة نواب، والمستقلون في المركز الثالث.");
        assertThat(out).extracting(ElectionResult::seats).containsExactly(14, 9, null);
        assertThat(((org.nashra.model.Organization) out.get(0).holder()).name()).isEqualTo("حزب النهضة");
    }

    @Test
    void aWinnerNamedByAPronounOnTheVerbalNoun() {
        List<ElectionResult> out = results("نهنئ حزب العمل التقدمي بالنجاح الذي حققه في الانتخابات وحصوله على عشرة مقاعد في البرلمان.");
        assertThat(out).singleElement().satisfies(e -> assertThat(e.seats()).isEqualTo(10));
        assertThat(((org.nashra.model.Organization) out.get(0).holder()).name()).isEqualTo("حزب العمل التقدمي");
    }

    @Test
    void personsCoordinatedAfterAPostFillPostsOfTheirOwn() {
        List<Election> out = read("انتخب المجلس الرفيق المهندس سالم ناصر رئيساً للنقابة، كما انتخب الرفيق كامل داود "
                + "نائباً للرئيس، والرفيقة سلوى حسن اميناً للصندوق.");
        assertThat(out).extracting(Election::body).containsExactly("رئيساً للنقابة", "نائباً للرئيس", "اميناً للصندوق");
        assertThat(out.get(2).elected()).extracting(Person::name).containsExactly("سلوى حسن");
    }

    @Test
    void thePluralPostAndTheMembershipOfABodyAreTheBodiesElected() {
        List<Election> out = read("وتم انتخاب رؤساء اللجان وهم: الرفيق نادر سليم رئيساً للجنة الشباب، الرفيقة هالة "
                + "عيسى رئيسة للجنة المرأة. وانتخب المجلس لعضوية المكتب التنفيذي كل من الرفاق: رامي حداد، ليث عمران.");
        assertThat(out).extracting(Election::body).containsExactly("رؤساء اللجان", "المكتب التنفيذي");
        assertThat(out.get(0).elected()).extracting(Person::role).containsExactly("رئيساً للجنة الشباب", "رئيسة للجنة المرأة");
        assertThat(out.get(1).elected()).extracting(Person::name).containsExactly("رامي حداد", "ليث عمران");
    }

    @Test
    void anElectionAsPurposeOrAsAnItemOfTheAgendaIsNone() {
        assertThat(read("وجاء انعقاد المؤتمر لانتخاب هيئة ادارية جديدة.")).isEmpty();
        assertThat(read("وأقر المؤتمر جدول الأعمال:\n1- التقرير المالي\n2- انتخاب الهيئة الادارية")).isEmpty();
    }

    @Test
    void thePostAfterAVerbalNounWhoseElectedIsAPronoun() {
        assertThat(read("نهنئكم بمناسبة انتخابكم رئيساً للاتحاد العام.")).extracting(Election::body)
                .containsExactly("رئيساً للاتحاد العام");
    }

    @Test
    void aPostWonIsAnElectionOfItsHolder() {
        Election e = read("عقدت الجمعية العمومية للنقابة اجتماعها السنوي، وفاز المهندس كريم يوسف بمنصب النقيب.").get(0);
        assertThat(e.body()).isEqualTo("النقيب");
        assertThat(e.elected()).extracting(Person::name).containsExactly("كريم يوسف");
        Election f = read("وفي نهاية المؤتمر نال الدكتور سمير حداد رئاسة اللجنة التحضيرية.").get(0);
        assertThat(f.body()).isEqualTo("رئاسة اللجنة التحضيرية");
        assertThat(f.elected()).extracting(Person::name).containsExactly("سمير حداد");
        Election g = read("وأسفر الاقتراع عن فوز السيدة ليلى منصور بعضوية الهيئة الادارية.").get(0);
        assertThat(g.elected()).extracting(Person::name).containsExactly("ليلى منصور");
    }

    @Test
    void aPostWonByTheHoldersListedAfterIt() {
        Election e = read("كما فاز بعضوية المجلس كل من: أحمد علي، وسعاد حسن، وماجد نور.").get(0);
        assertThat(e.body()).isEqualTo("عضوية المجلس");
        assertThat(e.elected()).extracting(Person::name).containsExactly("أحمد علي", "سعاد حسن", "ماجد نور");
    }

    @Test
    void aWinWithoutAPostIsNoElection() {
        assertThat(read("وفاز فريق النادي بالمباراة النهائية.")).isEmpty();
        assertThat(read("فاز الرفيق سامي حداد بجائزة الابداع الأدبي.")).isEmpty();
    }

    @Test
    void membersOnBulletedLinesWithTheirPosts() {
        Election e = read("وانتخب المؤتمر هيئة إدارية جديدة تتكون من:\n- سامر يوسف رئيسا\n- السيدة هالة ناصر نائبة للرئيس\n"
                + "- جميل عباس أمينا للصندوق\n").get(0);
        assertThat(e.elected()).extracting(Person::name).containsExactly("سامر يوسف", "هالة ناصر", "جميل عباس");
        assertThat(e.elected()).extracting(Person::role).containsExactly("رئيسا", "نائبة للرئيس", "أمينا للصندوق");
        Election f = read("ثم جرى انتخاب اللجنة التنفيذية وضمت:\n• الرفيق عادل كريم سكرتيرا\n• ناصر حسين مسؤولا للاعلام\n")
                .get(0);
        assertThat(f.elected()).extracting(Person::name).containsExactly("عادل كريم", "ناصر حسين");
    }

    @Test
    void takingUpAPostIsAnElectionOfThePostButChairingASessionIsNot() {
        assertThat(read("عقدت الجمعية مؤتمرها العام في لندن، وتولى السيد كريم حسون رئاسة الجمعية."))
                .singleElement().satisfies(e -> assertThat(e.body()).isEqualTo("رئاسة الجمعية"));
        assertThat(read("عقدت الرابطة مؤتمرها في باريس، وتولت السيدة هدى ناصر أمانة الصندوق."))
                .singleElement().satisfies(e -> assertThat(e.elected()).extracting(Person::name)
                        .containsExactly("هدى ناصر"));
        assertThat(read("عقدت النقابة مؤتمرها في عمان، وتولى الزميل رامي حداد رئاسة الجلسة الأولى.")).isEmpty();
    }

    @Test
    void postsSharedOutAmongABodysMembersAreItsElectionEachHolderWithThePost() {
        Election lines = read("عقد مجلس إدارة جمعية المهندسين اجتماعه الأول يوم الأحد في مقر الجمعية.\n"
                + "وتم توزيع المهام بين أعضاء المجلس على النحو الآتي:\n"
                + "المهندس سالم راشد – رئيساً\n"
                + "المهندسة منى خليل – نائبةً للرئيس\n"
                + "المهندس فهد ناصر – أميناً للسر").get(0);
        assertThat(lines.body()).isEqualTo("المجلس");
        assertThat(lines.elected()).extracting(Person::name, Person::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("سالم راشد", "رئيساً"),
                org.assertj.core.groups.Tuple.tuple("منى خليل", "نائبةً للرئيس"),
                org.assertj.core.groups.Tuple.tuple("فهد ناصر", "أميناً للسر"));
        Election bullets = read("اجتمع المكتب التنفيذي الجديد لاتحاد الطلبة في تونس يوم الاثنين.\n"
                + "ووزّع المكتب التنفيذي المهام بين أعضائه على النحو التالي:\n"
                + "- سامي الهادي: كاتباً عاماً\n"
                + "- ريم المنصوري: مسؤولة عن الإعلام").get(0);
        assertThat(bullets.body()).isEqualTo("المكتب التنفيذي");
        assertThat(bullets.elected()).extracting(Person::role).containsExactly("كاتباً عاماً", "مسؤولة عن الإعلام");
        Election listed = read("عقدت الهيئة الإدارية لنادي الجالية السورية في برلين اجتماعها الأول بعد الانتخابات. "
                + "وجرى توزيع المناصب بين أعضاء الهيئة، وضمت كلاً من: السيد ماهر عيسى رئيساً، والسيدة لمى حداد "
                + "أمينة للصندوق.").get(0);
        assertThat(listed.body()).isEqualTo("الهيئة");
        assertThat(listed.elected()).extracting(Person::name).containsExactly("ماهر عيسى", "لمى حداد");
    }

    @Test
    void aCountOfSeatsIsAResultOfTheListItsSentenceNamesWhateverVerbWinsIt() {
        List<ElectionResult> won = BulletinParser.parse("وفي انتخابات نقابة الصيادلة حصدت قائمة \"النهضة\" ستة من "
                + "أصل أحد عشر مقعداً.").electionResults();
        assertThat(won).extracting(ElectionResult::seats).containsExactly(6);
        assertThat(BulletinParser.parse("وانتزعت قائمة الأمل، المدعومة من تجمع المستقلين، مقعدين في مجلس البلدية.")
                .electionResults()).extracting(ElectionResult::seats).containsExactly(2);
        assertThat(BulletinParser.parse("وأسفرت النتائج عن 4 مقاعد لقائمة الوحدة الطلابية.").electionResults())
                .extracting(ElectionResult::seats).containsExactly(4);
    }

    @Test
    void aMarginOrSeatsOfAnotherKindAreNoResult() {
        assertThat(BulletinParser.parse("وحصل حزب الخضر على عشرة مقاعد بزيادة ثلاثة مقاعد عن الدورة السابقة.")
                .electionResults()).extracting(ElectionResult::seats).containsExactly(10);
        assertThat(BulletinParser.parse("وعاد طلبة جمعية الشباب إلى مقاعد الدراسة بعد العطلة.").electionResults()).isEmpty();
    }

    @Test
    void aBodyFormedKeepsItsPurposeButNotItsOwner() {
        assertThat(read("وقرر المجلس تشكيل لجنة للإعلام برئاسة السيد وائل حمدان.")).extracting(Election::body)
                .containsExactly("لجنة للإعلام");
        assertThat(read("واتفق المجتمعون على إنشاء هيئة تنسيقية دائمة تتخذ من تونس مقراً لها.")).extracting(Election::body)
                .containsExactly("هيئة تنسيقية دائمة");
        assertThat(read("وتقرر تشكيل لجنة للجمعية تتولى الإعداد للمؤتمر.")).extracting(Election::body)
                .containsExactly("لجنة");
    }

    @Test
    void thePersonElectedAfterTheWholeOfADefiniteSubject() {
        assertThat(read("وانتخب المؤتمر العام للنقابة السيد عماد الدين سالم رئيساً للنقابة.")).extracting(Election::body)
                .containsExactly("رئيساً للنقابة");
        assertThat(read("وعيّن المجلس المركزي للجبهة السيدة رنا حداد ناطقة رسمية.")).extracting(Election::body)
                .containsExactly("ناطقة رسمية");
        assertThat(read("وانتخبت الهيئة العامة للجمعية الدكتور فريد سمعان أميناً للسر.").get(0).elected())
                .extracting(Person::name).containsExactly("فريد سمعان");
    }

    @Test
    void aBodyChosenIsABodyElected() {
        assertThat(read("واختار أعضاء الهيئة العامة مجلس إدارة جديداً من تسعة أعضاء.")).extracting(Election::body)
                .containsExactly("مجلس إدارة");
        assertThat(read("وجرى اختيار لجنة للرقابة المالية من ثلاثة أعضاء هم: سعاد كريم وجميل نصر وعادل حسين.").get(0)
                .elected()).extracting(Person::name).containsExactly("سعاد كريم", "جميل نصر", "عادل حسين");
        assertThat(read("وقرر الاجتماع تكليف لجنة الإعلام بمتابعة الملف.")).isEmpty();
    }

    @Test
    void confidenceRenewedInAPersonFillsThePostAgain() {
        assertThat(read("وجدد المؤتمرون الثقة بالسيدة هدى سليم رئيسة للرابطة.")).extracting(Election::body)
                .containsExactly("رئيسة للرابطة");
        assertThat(read("وفي ختام الاجتماع جددت الهيئة العامة ثقتها بالأستاذ نبيل حمدان رئيساً للنادي.").get(0).elected())
                .extracting(Person::name).containsExactly("نبيل حمدان");
        assertThat(read("وجدد المجلس ثقته بقدرة الشباب على التغيير.")).isEmpty();
    }

    @Test
    void aBodyFormedAsAnItemOfAListOfOutcomes() {
        assertThat(read("وخلص المجتمعون إلى ما يلي:\n1. تشكيل لجنة متابعة من خمسة أعضاء.\n2. مطالبة البلدية بإصلاح الطريق."))
                .extracting(Election::body).containsExactly("لجنة متابعة");
        assertThat(read("وعليه تعلن الرابطة:\nأولاً: رفضها للقرار.\nثانياً: تشكيل لجنة قانونية برئاسة الدكتور سامر علي."))
                .extracting(Election::body).containsExactly("لجنة قانونية");
        assertThat(read("وناقش اللقاء المحاور التالية:\n1. تشكيل لجنة متابعة من خمسة أعضاء.\n2. أوضاع العمال.")).isEmpty();
    }

    @Test
    void aBodyFormedAsTheOutcomeOfAVoteOrAMeeting() {
        Election e = read("وأسفرت الانتخابات عن تشكيل مجلس جديد برئاسة السيد منير حداد.").get(0);
        assertThat(e.body()).isEqualTo("مجلس");
        assertThat(e.elected()).extracting(Person::name).containsExactly("منير حداد");
        assertThat(read("وأسفر اللقاء عن تكوين لجنة تنسيق من خمسة أعضاء.")).extracting(Election::body)
                .containsExactly("لجنة تنسيق");
        assertThat(read("وأسفرت المشاورات عن مطالبة الحكومة بتشكيل لجنة تحقيق.")).isEmpty();
    }

    @Test
    void aNameWithoutATitleIsElectedWhenAPostFollowsIt() {
        Election e = read("وفي نهاية المؤتمر تم انتخاب سامر يوسف الحداد رئيسا للجمعية.").get(0);
        assertThat(e.elected()).extracting(Person::name).containsExactly("سامر يوسف الحداد");
        assertThat(e.body()).isEqualTo("رئيسا للجمعية");
        assertThat(read("وانتخب المجتمعون ريم خليل منسقةً للجنة الشباب.").get(0).elected()).extracting(Person::name)
                .containsExactly("ريم خليل");
        assertThat(read("وبعد الاستراحة جرى انتخاب هادي سالم.")).isEmpty();
    }

    @Test
    void theMembersOfABodyWhoWonListedAfterAPronoun() {
        Election e = read("وبعد فرز الأصوات فاز أعضاء مجلس الإدارة للدورة الجديدة، وهم د. سعيد ناصر رئيساً، "
                + "والسيد كريم داود نائباً له، والسيدة منى فارس أمينةً للصندوق.").get(0);
        assertThat(e.body()).isEqualTo("مجلس الإدارة");
        assertThat(e.elected()).extracting(Person::name).containsExactly("سعيد ناصر", "كريم داود", "منى فارس");
        assertThat(read("وفاز أعضاء الهيئة الإدارية بثقة الحاضرين.")).isEmpty();
        assertThat(read("فاز أعضاء لجنة الرقابة، وهم السيد عادل موسى والسيدة هلا عيسى.").get(0).elected())
                .hasSize(2);
    }

    @Test
    void aBodyIsElectedOnceThoughTheReportNamesItAgain() {
        List<Election> es = read("واختتم المؤتمر أعماله بانتخاب أعضاء المجلس المركزي البالغ عددهم 40 عضوا. "
                + "وقال رئيس الحزب: \"انتخب أعضاء المجلس المركزي بالإجماع، وهذا يسعدنا\".");
        assertThat(es).extracting(Election::body).containsExactly("أعضاء المجلس المركزي");
        assertThat(es.get(0).elected()).isEmpty();
        assertThat(read("وجرى انتخاب لجنة الرقابة المنتهية ولايتها سابقاً.").get(0).body()).isEqualTo("لجنة الرقابة");
    }

    @Test
    void aNumberOrAVerbAfterTheElectedOpensNoName() {
        assertThat(read("وفي ختام المؤتمر انتخب سبعة أعضاء لإدارة النادي.")).extracting(Election::elected)
                .allSatisfy(elected -> assertThat(elected).isEmpty());
        List<Election> es = read("وتم انتخاب رامي حسن رئيسا للرابطة، وحصل على أعلى الأصوات.");
        assertThat(es).extracting(Election::body).containsExactly("رئيسا للرابطة");
        assertThat(read("وجرى انتخاب نادر سليم أمينا للسر، وتوزعت المناصب على الشكل الآتي.")).hasSize(1);
    }

    @Test
    void aListInALaterSentenceIsTheMembersOnlyWhenABodyComprisesThem() {
        assertThat(read("وانتخب المؤتمر قيادة جديدة. واستضفنا كلاً من الدكتور سامي عيسى والدكتورة هند كرم.").get(0)
                .elected()).isEmpty();
        assertThat(read("وانتخب المؤتمر هيئة إدارية جديدة. وتضم الهيئة كلاً من السيد وائل حداد والسيدة رنا خوري.").get(0)
                .elected()).extracting(Person::name).containsExactly("وائل حداد", "رنا خوري");
        assertThat(read("وجرى انتخاب لجنة للرقابة. وحضر الجلسة كل من السيد نزار حنا والسيد فادي عطا.").get(0)
                .elected()).isEmpty();
    }

    @Test
    void aWinWithThePostInTheAccusativeFillsIt() {
        List<Election> es = read("وأسفر الاقتراع عن فوز المهندسة ليلى حداد رئيسةً جديدةً للرابطة.");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.body()).startsWith("رئيس");
            assertThat(e.elected()).extracting(Person::name).containsExactly("ليلى حداد");
        });
        assertThat(read("وفاز الأستاذ سامر نعمة رئيساً للنادي بالتزكية.")).hasSize(1);
        assertThat(read("وفاز الطالب أحمد سالم أخيراً في المسابقة.")).isEmpty();
    }

    @Test
    void thePostInTheAccusativeFollowsTheOfficeThePersonHolds() {
        List<Election> es = read("انتخب الاتحاد العربي لنقابات المعلمين رئيس نقابة المعلمين في الأردن سامر الخطيب أميناً عاماً"
                + " للاتحاد، كما تم انتخاب نبيل حداد رئيس نقابة معلمي لبنان نائباً للأمين العام، وكريم الصافي، رئيس"
                + " نقابة معلمي تونس، رئيساً للمجلس الأعلى للاتحاد.");
        assertThat(es).extracting(Election::body)
                .containsExactly("أميناً عاماً للاتحاد", "نائباً للأمين العام", "رئيساً للمجلس الأعلى للاتحاد");
        assertThat(read("وفاز الأستاذ رامي العلي، رئيس تحرير مجلة المعلم، برئاسة النقابة.")).extracting(Election::body)
                .containsExactly("رئاسة النقابة");
        assertThat(read("وتم انتخاب الدكتور سمير الأحمد لرئاسة الجمعية الثقافية.")).extracting(Election::body)
                .containsExactly("رئاسة الجمعية الثقافية");
    }

    @Test
    void theBodyElectedAfterTheSubjectAndWhen() {
        assertThat(read("انتخب اتحاد الكتاب الليبيين، صباح اليوم \"الأحد\" سكرتارية جديدة للاتحاد، مكونة من سبعة أعضاء."))
                .extracting(Election::body).containsExactly("سكرتارية");
        assertThat(read("انتخب المعلمون في مدينة حلب أمس مجلس إدارة نقابة المعلمين للدورة الجديدة."))
                .extracting(Election::body).containsExactly("مجلس إدارة نقابة المعلمين");
    }

    @Test
    void theVotesOfAPostFilledAreNoPublicResult() {
        var b = BulletinParser.parse("وانتخب المجلس الأعلى للنقابة، يوم الأحد، سمير داود رئيساً له، بعد حصوله على 15 صوتاً."
                + " وفاز المهندس عادل يوسف برئاسة اللجنة بحصوله على 9 أصوات.");
        assertThat(b.electionResults()).isEmpty();
        assertThat(b.elections()).extracting(Election::body).containsExactly("رئيساً له", "رئاسة اللجنة");
    }

    @Test
    void eachHolderListedAfterAWinWithAPostInTheAccusativeFillsThatPost() {
        assertThat(read("وفي ختام الاجتماع فاز بالتزكية كل من: المهندس سليم حداد رئيساً للفرع (حمص)، نادر سالم نائباً"
                + " للرئيس، وهادي مراد أميناً للصندوق.")).extracting(Election::body)
                .containsExactly("رئيساً للفرع", "نائباً للرئيس", "أميناً للصندوق");
    }

    @Test
    void theNameAfterTheSubjectIsElectedUnlessTheVerbsObjectIsAPronoun() {
        assertThat(read("انتخب المجلس الأعلى لرابطة المهندسين، يوم السبت الماضي، كمال الشريف رئيساً له."))
                .extracting(Election::body).containsExactly("رئيساً له");
        // a verb whose object is a pronoun elects no name that follows
        assertThat(read("عينتهم الإدارة الجديدة سفراء للجمعية في المدارس، مطلقة عليهم لقب رسل الخير.")).isEmpty();
    }

    @Test
    void aBodyNamedWithLiIsNoPurposeBeforeTheElection() {
        assertThat(read("انعقدت الهيئة العامة لرابطة الأصدقاء في المدينة حيث تم انتخاب لجنة تنفيذية جديدة."))
                .extracting(Election::body).containsExactly("لجنة تنفيذية");
    }

    @Test
    void aPostWonByTheOneNamedBeforeAfterOrByAPronoun() {
        Election before = read("الزميل سامر خليل فاز بمنصب نقيب الأطباء.").get(0);
        assertThat(before.body()).isEqualTo("نقيب الأطباء");
        assertThat(before.elected()).extracting(Person::name).containsExactly("سامر خليل");
        Election after = read("وفاز بمركز نائب النقيب المهندس هاني سالم.").get(0);
        assertThat(after.body()).isEqualTo("نائب النقيب");
        assertThat(after.elected()).extracting(Person::name).containsExactly("هاني سالم");
        Election pronoun = read("وهنأ المكتب المهندس رامي سعد على فوزه بمنصب النقيب العام.").get(0);
        assertThat(pronoun.body()).isEqualTo("النقيب العام");
        assertThat(pronoun.elected()).extracting(Person::name).containsExactly("رامي سعد");
        assertThat(read("وهنأت الجمعية المحامي رامي سعد بمناسبة فوزه بعضوية مجلس مدينة الرمال.")).isEmpty();
    }

    @Test
    void aNumberOfMembersElectsTheirBodyAndANumberOfHoldersThePost() {
        Election body = read("وتم انتخاب سبعة أعضاء للمكتب التنفيذي هم: سامر نجم، هدى كريم، رامي سعد.").get(0);
        assertThat(body.body()).isEqualTo("المكتب التنفيذي");
        assertThat(body.elected()).extracting(Person::name).containsExactly("سامر نجم", "هدى كريم", "رامي سعد");
        Election post = read("وجرى انتخاب ثلاث نائبات للرئيسة هن هدى كريم من لبنان وسلمى حداد من تونس.").get(0);
        assertThat(post.body()).isEqualTo("نائبات للرئيسة");
        assertThat(post.elected()).extracting(Person::name).containsExactly("هدى كريم", "سلمى حداد");
        assertThat(read("وجرى انتخاب ثلاثة مندوبين.")).isEmpty();
    }

    @Test
    void anElectionAfterAnImperfectAuxiliaryIsHabitualOrExpected() {
        assertThat(read("وتعقد الرابطة مؤتمرها كل سنتين، كما يتم انتخاب هيئة إدارية جديدة.")).isEmpty();
        assertThat(read("ومن المنتظر أن تتم مناقشة التقارير وانتخاب المكتب التنفيذي الجديد.")).isEmpty();
        assertThat(read("وفي الختام تم انتخاب هيئة إدارية جديدة.")).extracting(Election::body).containsExactly("هيئة إدارية");
    }

    @Test
    void aDefiniteOfficeSetOffByCommasIsNoPostFilledWhenAFeminineOneFollows() {
        Election e = read("وأعلن عن انتخاب هدى كريم، النائبة السابقة، رئيسة جديدة للرابطة النسائية.").get(0);
        assertThat(e.body()).startsWith("رئيسة جديدة");
        assertThat(e.elected()).extracting(Person::name).containsExactly("هدى كريم");
    }
}
