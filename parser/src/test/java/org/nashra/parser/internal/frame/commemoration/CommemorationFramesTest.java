package org.nashra.parser.internal.frame.commemoration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashra.model.Commemoration;
import org.nashra.model.Commemoration.Form;
import org.nashra.parser.BulletinParser;

/** What the parser reads as commemorations: minutes of silence and tributes to the dead. */
class CommemorationFramesTest {

    private static List<Commemoration> read(String text) {
        return BulletinParser.parse(text).commemorations();
    }

    @Test
    void aMinuteOfSilenceWithWhomItHonours() {
        Commemoration c = read("وبدأ اللقاء بالوقوف دقيقة حداد على ارواح ضحايا الزلزال.").get(0);
        assertThat(c.form()).isEqualTo(Form.MINUTE_OF_SILENCE);
        assertThat(c.honoring()).isEqualTo("ضحايا الزلزال");
        assertThat(read("ثم وقف الحاضرون دقيقة صمت اكراماً لشهداء الحرية.").get(0).honoring()).isEqualTo("شهداء الحرية");
    }

    @Test
    void aSaluteSentToTheSoulsOfTheDeadIsATributeAndNoGreeting() {
        String text = "عقدت الجمعية اجتماعها. ووجه المجتمعون تحية إكبار إلى أرواح ضحايا الانفجار.";
        assertThat(read(text)).singleElement().satisfies(c -> {
            assertThat(c.form()).isEqualTo(Form.TRIBUTE);
            assertThat(c.honoring()).isEqualTo("ضحايا الانفجار");
        });
        assertThat(BulletinParser.parse(text).greetings()).isEmpty();
        assertThat(read("وفي البداية وجه الرئيس تحية لروح الزميل الراحل جميل حداد.")).hasSize(1);
        assertThat(read("تحية إجلال وإكبار لأرواح شهداء الوطن.")).isEmpty(); // a slogan
    }

    @Test
    void whatIsDoneToKeepTheMemoryOfTheDeadIsATributeToThem() {
        Commemoration c = read("وقررت الهيئة الإدارية إطلاق اسم الزميل الراحل سامي فارس على المكتبة تخليداً لذكراه.")
                .get(0);
        assertThat(c.form()).isEqualTo(Form.TRIBUTE);
        assertThat(c.honoring()).isEqualTo("سامي فارس");
        assertThat(read("نعت الجمعية الزميل الراحل سامي فارس. وستطلق اسمه على المكتبة وفاءً لذكراه.")).hasSize(1);
        assertThat(read("وجاء في البرقية: \"سنترجم أشعاره وفاءً لذكراه\".")).isEmpty();
    }

    @Test
    void namesReadOutAreATribute() {
        Commemoration c = read("وتليت اسماء الاعضاء الذين رحلوا خلال العام.").get(0);
        assertThat(c.form()).isEqualTo(Form.TRIBUTE);
    }

    @Test
    void aCondolencePaysItsTributeToTheDeadItNames() {
        String text = "تتقدم نقابة المعلمين في إربد بأحر التعازي إلى أسرة الفقيد وإلى زملائه، بوفاة المربي الفاضل"
                + " الأستاذ سليم عودة الخطيب، سائلة الله أن يتغمده بواسع رحمته.";
        assertThat(BulletinParser.parse(text).kind()).isEqualTo(org.nashra.model.Bulletin.Kind.CONDOLENCE);
        assertThat(read(text)).singleElement().satisfies(c -> {
            assertThat(c.form()).isEqualTo(Form.TRIBUTE);
            assertThat(c.honoring()).contains("سليم عودة الخطيب");
        });
        // the mother of the addressee is mourned with the family; the body pays her no tribute
        assertThat(read("تتقدم جمعية الخريجين بخالص العزاء إلى الزميل الدكتور ماهر النجار في وفاة والدته الحاجة سعاد"
                + " الأيوبي، سائلين المولى أن يلهم الأسرة الصبر.")).isEmpty();
    }

    @Test
    void aCommuniqueThatTellsADeathAsOurLossIsACondolenceWithItsTribute() {
        String text = "بلاغ من جمعية أصدقاء المكتبة\nغادرتنا الأستاذة سميرة الكتاني يوم الأحد الماضي بعد عمر حافل بالعطاء.";
        assertThat(BulletinParser.parse(text).kind()).isEqualTo(org.nashra.model.Bulletin.Kind.CONDOLENCE);
        assertThat(read(text)).singleElement().satisfies(c -> assertThat(c.honoring()).contains("سميرة الكتاني"));
    }

    @Test
    void theAnniversaryOfADayOrAnEventIsNoTribute() {
        assertThat(read("تدعو الجالية أبناءها إلى المشاركة في إحياء الذكرى الخمسين ليوم الأرض مساء الاثنين القادم"
                + " في قاعة البلدية.")).isEmpty();
        assertThat(read("وأحيا النادي الذكرى العاشرة لرحيل الفنان وليد الصافي.")).singleElement()
                .satisfies(c -> assertThat(c.honoring()).contains("وليد الصافي"));
    }

    @Test
    void anObituaryIsATributeToWhomItMourns() {
        Commemoration c = read("تنعى جمعية الكتاب العرب الاديب الراحل الدكتور نبيل السامر الذي توفي امس.").get(0);
        assertThat(c.form()).isEqualTo(Form.TRIBUTE);
        assertThat(c.honoring()).contains("نبيل السامر");
    }

    @Test
    void aEulogyIsATribute() {
        assertThat(read("واقامت الجالية حفل تأبين الفنان الراحل كريم الناصر.")).extracting(Commemoration::form)
                .containsExactly(Form.TRIBUTE);
    }

    @Test
    void sonsAreNotAEulogyAndASloganIsNoTribute() {
        assertThat(read("وحضر ابناء الجالية الحفل. المجد والخلود لذكرى الشهداء")).isEmpty();
    }

    @Test
    void theFatihaReadForTheDeadIsACommemorationOfFormOther() {
        assertThat(read("وبعد قراءة الفاتحة على روح الفنان الراحل جميل بشير، افتتح الرئيس الجلسة."))
                .singleElement().satisfies(c -> {
                    assertThat(c.form()).isEqualTo(Commemoration.Form.OTHER);
                    assertThat(c.honoring()).isEqualTo("الفنان الراحل جميل بشير");
                });
    }

    @Test
    void anObituaryToldToSomeoneHonoursTheDeadNotThoseTold() {
        assertThat(read("تنعى جمعية الأطباء العرب في برلين الى الجالية العربية في ألمانيا زميلها الدكتور فؤاد "
                + "الساعدي (أبو علي) الذي وافته المنية أمس."))
                .singleElement().satisfies(c -> assertThat(c.honoring()).isEqualTo("الدكتور فؤاد الساعدي (أبو علي)"));
        assertThat(read("ينعى اتحاد الكتاب الى أعضائه وأصدقائه الفقيد الشاعر حسن الموصلي الذي رحل امس."))
                .singleElement().satisfies(c -> assertThat(c.honoring()).isEqualTo("الفقيد الشاعر حسن الموصلي"));
    }

    @Test
    void aEulogyHonoursTheNamedDeadPastTheirTitles() {
        assertThat(read("عقدت جمعية الصداقة مؤتمرها العام في ستوكهولم. وأقامت الجمعية حفل تأبين للراحل الشاعر كريم "
                + "العراقي في قاعة البلدية.")).singleElement()
                .satisfies(c -> assertThat(c.honoring()).isEqualTo("الراحل الشاعر كريم العراقي"));
    }

    @Test
    void anAnniversaryHonoursTheDeadNotItsOrdinal() {
        assertThat(read("عقدت جمعية الصداقة مؤتمرها العام في ستوكهولم. وأحيت الجالية الذكرى الأربعين لرحيل الفنان "
                + "جميل بشير.")).singleElement()
                .satisfies(c -> assertThat(c.honoring()).isEqualTo("الفنان جميل بشير"));
    }

    @Test
    void theFatihaReadInMercyHonoursWhomFollowsOn() {
        assertThat(read("عقدت جمعية الصداقة مؤتمرها العام في ستوكهولم. وقرأ الحاضرون سورة الفاتحة ترحما على أرواح "
                + "ضحايا الفيضانات.")).singleElement().satisfies(c -> {
                    assertThat(c.form()).isEqualTo(Form.OTHER);
                    assertThat(c.honoring()).isEqualTo("ضحايا الفيضانات");
                });
    }

    @Test
    void aMinuteOfReverenceOrLoyaltyIsAMinuteOfSilence() {
        Commemoration c = read("واختتم الحفل بالوقوف دقيقة وفاء لأرواح ضحايا السيول.").get(0);
        assertThat(c.form()).isEqualTo(Form.MINUTE_OF_SILENCE);
        assertThat(read("وقف الجميع دقيقة إجلال لشهداء المدينة.")).extracting(Commemoration::form)
                .containsExactly(Form.MINUTE_OF_SILENCE);
    }

    @Test
    void prayingForTheMercyOfTheDeadIsACommemorationOfFormOther() {
        Commemoration c = read("وترحّم الحاضرون على أرواح ضحايا حريق المصنع في الضاحية.").get(0);
        assertThat(c.form()).isEqualTo(Form.OTHER);
        assertThat(c.honoring()).isEqualTo("ضحايا حريق المصنع في الضاحية");
    }

    @Test
    void rememberingTheDeadWithReverenceIsATribute() {
        Commemoration c = read("ويستذكر النادي بكل فخر شهداء الجالية الذين سقطوا في الحرب.").get(0);
        assertThat(c.form()).isEqualTo(Form.TRIBUTE);
        assertThat(c.honoring()).isEqualTo("شهداء الجالية");
        assertThat(read("واستذكرت الرئيسة الفقيد الاستاذ سامي الحلو، ثم كرّمت الجمعية اسمه بلوحة تذكارية."))
                .singleElement().satisfies(t -> {
                    assertThat(t.form()).isEqualTo(Form.TRIBUTE);
                    assertThat(t.text()).endsWith("بلوحة تذكارية");
                });
    }

    @Test
    void rememberingSomethingThatIsNoPersonIsNoTribute() {
        assertThat(read("واستذكر المشاركون ايام الدراسة الجميلة.")).isEmpty();
    }

    @Test
    void thePurposesAfterAMinuteOfSilenceAreTheMinutes() {
        assertThat(read("وافتتح اللقاء بالوقوف دقيقة صمت، إحياءً لذكرى الأعضاء الراحلين، وإجلالاً لشهداء الوطن."))
                .singleElement().satisfies(c -> assertThat(c.form()).isEqualTo(Form.MINUTE_OF_SILENCE));
        assertThat(read("ووقف الحاضرون دقيقة حداد، وفاءً لأرواح ضحايا الزلزال.")).hasSize(1);
        assertThat(read("بدأ الحفل بدقيقة صمت، تخليداً لذكرى المؤسس الراحل سليم عواد.")).singleElement()
                .satisfies(c -> assertThat(c.form()).isEqualTo(Form.MINUTE_OF_SILENCE));
    }

    @Test
    void aPassingWhoseMemoryIsKeptIsATributeToWhoPassed() {
        assertThat(read("وشارك الأعضاء في تمجيد مناسبة رحيل المناضل الكبير سامي عطية.")).singleElement()
                .satisfies(c -> assertThat(c.honoring()).isEqualTo("المناضل الكبير سامي عطية"));
        assertThat(read("ونظم الفرع لقاءً بمناسبة إحياء الذكرى 40 لاغتيال الصحفي فريد حداد.")).singleElement()
                .satisfies(c -> assertThat(c.honoring()).isEqualTo("الصحفي فريد حداد"));
        assertThat(read("وأقيم الحفل تخليداً لاستشهاد الرفيق كمال ناصر.")).singleElement()
                .satisfies(c -> assertThat(c.form()).isEqualTo(Form.TRIBUTE));
    }

    @Test
    void anObituaryNamesTheDeadInQuotesAndIsNotMournedTwice() {
        assertThat(read("نعت الرابطة \"سالم العلي\" عضو هيئتها الإدارية.")).singleElement()
                .satisfies(c -> assertThat(c.honoring()).startsWith("سالم العلي"));
        assertThat(read("تنعى النقابة الزميل المناضل رامي سعيد. والنقابة إذ تنعيه تنعى وفاءه لمبادئه وتضحياته."))
                .hasSize(1);
    }

    @Test
    void honouringTheDeadIsATributeButHonouringTheLivingIsNot() {
        assertThat(BulletinParser.parse("وختمت الندوة أعمالها بتكريم اسم المربية الراحلة سعاد الكبيسي التي رحلت في "
                + "الربيع الماضي.").commemorations()).extracting(Commemoration::form).containsExactly(Form.TRIBUTE);
        assertThat(BulletinParser.parse("وكرّم الاتحاد في حفله السنوي الفقيد المهندس علي الزيدي بدرع الوفاء.")
                .commemorations()).extracting(Commemoration::form).containsExactly(Form.TRIBUTE);
        assertThat(BulletinParser.parse("وفي الختام جرى تكريم الشهيد عمر البصري بتسمية القاعة باسمه.")
                .commemorations()).extracting(Commemoration::form).containsExactly(Form.TRIBUTE);
        assertThat(BulletinParser.parse("وكرّمت الجمعية الطلبة المتفوقين في امتحانات البكالوريا.").commemorations())
                .isEmpty();
    }

    @Test
    void whatIsDoneInMourningForTheDeadIsACommemoration() {
        assertThat(read("وقرر المكتب التنفيذي إغلاق مقرات الحزب يومين حداداً على روح الأمين العام الراحل."))
                .singleElement().satisfies(c -> assertThat(c.form()).isEqualTo(Form.OTHER));
        assertThat(read("ونثر المشاركون الزهور على ضفة النهر ترحماً على أرواح الغرقى."))
                .singleElement().satisfies(c -> assertThat(c.honoring()).isEqualTo("الغرقى"));
        assertThat(read("وتقرر إرجاء الحفل السنوي للنادي إلى موعد لاحق حداداً على الفقيد.")).hasSize(1);
        assertThat(read("وقررت الجمعية تأجيل الانتخابات احتراماً للقانون الجديد.")).isEmpty(); // honours no dead
    }

    @Test
    void aPlaceOrAPrizeNamedAfterTheDeadIsATributeToThem() {
        assertThat(read("وقرر المجلس تسمية المكتبة العامة في مقر الرابطة باسم الراحل، عرفاناً بعطائه."))
                .singleElement().satisfies(c -> assertThat(c.form()).isEqualTo(Form.TRIBUTE));
        assertThat(read("وأعلنت اللجنة إطلاق اسم الفقيد على جائزة الشعر السنوية التي تمنحها للشباب.")).hasSize(1);
        assertThat(read("وتقرر إطلاق اسم الفقيدة على قاعة المطالعة في المدرسة.")).hasSize(1);
        assertThat(read("وتقرر إطلاق اسم جديد على المجلة الفصلية للجمعية.")).isEmpty(); // named after no dead
    }

    @Test
    void theNewsOfADeathReceivedIsATributeToTheDead() {
        assertThat(read("بحزن عميق تلقينا نبأ رحيل الأستاذ مازن الحكيم عضو الهيئة الإدارية للنادي."))
                .singleElement().satisfies(c -> {
                    assertThat(c.form()).isEqualTo(Form.TRIBUTE);
                    assertThat(c.honoring()).contains("مازن الحكيم");
                });
        assertThat(read("تلقت أسرة الجمعية بأسى بالغ خبر وفاة الزميلة الدكتورة هدى سليمان.")).hasSize(1);
        assertThat(read("علمنا ببالغ الحزن بنبأ استشهاد الرفيق كامل يوسف في قصف الأمس.")).hasSize(1);
        assertThat(read("تلقينا ببالغ الأسى نبأ وفاة الرفيق والمناضل الوطني الكبير، أحد مؤسسي منظمتنا.")).hasSize(1);
    }

    @Test
    void theNewsToldByAnObituaryIsNoSecondTribute() {
        assertThat(read("تنعى رابطة الكتاب الشاعر الكبير يوسف منصور. وقد تلقينا نبأ رحيله بحزن بالغ.")).hasSize(1);
    }

    @Test
    void mournersInThePluralMournToo() {
        assertThat(read("وأكد الزملاء وهم ينعون بحزن الزميل المهندس رامي صالح أن مسيرته ستبقى قدوة."))
                .singleElement().satisfies(c -> assertThat(c.form()).isEqualTo(Form.TRIBUTE));
    }

    @Test
    void aPrayerJoinedToAMinuteOfSilenceIsOneOfItsOwn() {
        assertThat(read("وافتتح الاجتماع بالوقوف دقيقة صمت وقراءة الفاتحة على روح الزميل الراحل."))
                .extracting(Commemoration::form).containsExactly(Form.MINUTE_OF_SILENCE, Form.OTHER);
    }

    @Test
    void anObituaryWithItsSubjectAndAnAsideSetOffByCommasHonoursTheOneNamedAfterThem() {
        assertThat(read("نعت رابطة الكتّاب، في بيان مقتضب، الشاعر الكبير يوسف الحلاق.")).singleElement().satisfies(c -> {
            assertThat(c.form()).isEqualTo(Form.TRIBUTE);
            assertThat(c.honoring()).contains("يوسف الحلاق");
        });
    }

    @Test
    void howTheDeathIsToldIsNotWhomTheTributeHonours() {
        assertThat(read("نعت نقابة المهندسين ببالغ الحزن والأسى الزميل المهندس سالم يوسف عضو مجلس النقابة."))
                .singleElement().satisfies(c -> assertThat(c.honoring()).startsWith("الزميل المهندس سالم يوسف"));
        assertThat(read("تنعى الجمعية بمزيد من الفخر والاعتزاز الرفيق القائد سمير داود.")).singleElement()
                .satisfies(c -> assertThat(c.honoring()).isEqualTo("الرفيق القائد سمير داود"));
        assertThat(read("نعت نقابة الصحفيين ببالغ الحزن، والرضا بقضاء الله وقدره، نقيباً ومجلساً، فقيد الوطن الشيخ"
                + " سالم الحمد.")).singleElement().satisfies(c -> assertThat(c.honoring()).startsWith("فقيد الوطن"));
    }

    @Test
    void anObituaryInTheFirstPersonOrThePluralHasTheDeadRightAfterIt() {
        assertThat(read("ننعى شهداء الحادث الأليم في الميناء.")).singleElement()
                .satisfies(c -> assertThat(c.honoring()).startsWith("شهداء الحادث الأليم"));
        assertThat(read("وينعون ببالغ الحزن والأسى شهيدي الواجب في المدينة.")).singleElement()
                .satisfies(c -> assertThat(c.honoring()).startsWith("شهيدي الواجب"));
    }
}
