package org.nashra.parser.internal.frame.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashra.model.Group;
import org.nashra.model.Meeting;
import org.nashra.model.Meeting.Session;
import org.nashra.model.Meeting.Type;
import org.nashra.model.Organization;
import org.nashra.parser.BulletinParser;

/** What the parser reads as meetings: the gathering a text reports and the ones it announces. */
class MeetingFramesTest {

    private static List<Meeting> read(String text) {
        return BulletinParser.parse(text).meetings();
    }

    @Test
    void aBodyHoldingAMeetingIsItsOrganizer() {
        Meeting m = read("عقدت الهيئة الادارية لنادي الرافدين الثقافي اجتماعها الدوري يوم الجمعة 4 ايار 2018 "
                + "في مدينة آرهوس.").get(0);
        assertThat(m.type()).isEqualTo(Type.MEETING);
        assertThat(m.session()).isEqualTo(Session.REGULAR);
        assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("نادي الرافدين الثقافي");
            assertThat(o.organ()).isEqualTo("الهيئة الادارية");
        });
        assertThat(m.when().start()).hasToString("2018-05-04");
        assertThat(m.where().city()).isEqualTo("آرهوس");
        assertThat(m.where().country()).isEqualTo("DK");
    }

    @Test
    void anEventTheTextAnnouncesWithoutNamingWhoHoldsItIsHeldByTheBodyItSpeaksOf() {
        List<Meeting> feast = read("تعلن الهيئة الإدارية لجمعية الصداقة المغربية في بروكسل أنها ستقيم حفل استقبال "
                + "بمناسبة عيد الفطر يوم الأحد 14 نيسان 2024، كما تنظم رحلة إلى مدينة غنت يوم السبت 20 نيسان 2024.");
        assertThat(feast).hasSize(2).allSatisfy(m -> assertThat(m.organizer()).isInstanceOfSatisfying(
                Organization.class, o -> assertThat(o.name()).isEqualTo("جمعية الصداقة المغربية")));
        Meeting seminar = read("يسر رابطة الكتاب اليمنيين في القاهرة أن تعلن أنها ستنظم ندوة حول أدب المهجر "
                + "مساء الخميس 7 آذار 2024 في مقر الرابطة.").get(0);
        assertThat(seminar.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة الكتاب اليمنيين"));
        Meeting mourning = read("تنعى نقابة المعلمين في صيدا الزميل أحمد خليل يوسف، ويقام مجلس العزاء يوم الخميس "
                + "7 آذار 2024 في قاعة النادي في صيدا.").get(0);
        assertThat(mourning.organizer()).as("a passive names no one").isNull();
    }

    @Test
    void aGatheringOpenedByTheHeadOfABodyIsHeldByThatBody() {
        assertThat(read("افتتح الأستاذ كريم العلي رئيس اتحاد الكتاب المغاربة في فرنسا أعمال الندوة الثقافية يوم "
                + "السبت 9 مارس 2024 في باريس.").get(0).organizer()).isInstanceOfSatisfying(Organization.class,
                        o -> assertThat(o.name()).isEqualTo("اتحاد الكتاب المغاربة"));
        assertThat(read("افتتحت الدكتورة ليلى حداد رئيسة رابطة المرأة العربية في كندا أعمال الملتقى السنوي يوم "
                + "الأحد 10 آذار 2024 في مونتريال.").get(0).organizer()).isInstanceOfSatisfying(Organization.class,
                        o -> assertThat(o.name()).isEqualTo("رابطة المرأة العربية"));
        assertThat(read("افتتح رئيس نقابة المحامين في طرابلس الأستاذ سمير عودة أعمال المؤتمر السنوي يوم الاثنين "
                + "11 آذار 2024.").get(0).organizer()).isInstanceOfSatisfying(Organization.class,
                        o -> assertThat(o.name()).isEqualTo("نقابة المحامين"));
    }

    @Test
    void officeHoldersWhoMeetAreTheConvenerAndTheirOrganisationTheOrganizer() {
        Meeting m = read("عقد ممثلو فروع اتحاد الطلبة في اوروبا اجتماعاً تشاورياً في بروكسل.").get(0);
        assertThat(m.convenedBy()).isInstanceOf(Group.class);
        assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).contains("اتحاد الطلبة"));
    }

    @Test
    void aNumberedCongressOfABodyIsACongressAThematicOneAConference() {
        Meeting congress = read("اختتم المؤتمر الخامس لاتحاد الكتاب العرب في المهجر اعماله في فيينا.").get(0);
        assertThat(congress.type()).isEqualTo(Type.CONGRESS);
        assertThat(congress.ordinal()).isEqualTo(5);
        assertThat(congress.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).startsWith("اتحاد الكتاب العرب"));
        Meeting thematic = read("عقدت جمعية الاطباء السوريين مؤتمرها الطبي الثالث في برلين.").get(0);
        assertThat(thematic.type()).isEqualTo(Type.CONFERENCE);
        assertThat(thematic.ordinal()).isEqualTo(3);
    }

    @Test
    void theSessionOfAGatheringGivesItsSession() {
        Meeting m = read("انعقدت الجلسة الختامية للمؤتمر الثاني عشر لرابطة الشباب الديمقراطي.").get(0);
        assertThat(m.session()).isEqualTo(Session.CLOSING);
        assertThat(m.ordinal()).isEqualTo(12);
        assertThat(m.name()).isEqualTo("المؤتمر الثاني عشر لرابطة الشباب الديمقراطي");
    }

    @Test
    void aGatheringNounRunTogetherWithItsAdjectiveIsStillTheGatheringOfItsBody() {
        Meeting m = read("اختتم المؤتمرالعام لنقابة المعلمين أعماله يوم السبت 6 نيسان 2019 في مدينة اربيل.").get(0);
        assertThat(m.type()).isEqualTo(Type.CONGRESS);
        assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("نقابة المعلمين"));
        assertThat(m.when().start()).hasToString("2019-04-06");
    }

    @Test
    void aMeetingOfTheGeneralBodyIsAnAssembly() {
        assertThat(read("عقدت جمعية المرأة العربية اجتماع الهيئة العامة في اوسلو.").get(0).type())
                .isEqualTo(Type.ASSEMBLY);
    }

    @Test
    void eventsAndSeminarsAreOfTheirKind() {
        assertThat(read("وتقيم الجمعية امسية شعرية في الاسبوع المقبل.").get(0).type()).isEqualTo(Type.EVENT);
        assertThat(read("ينظم المركز الثقافي ندوة حوارية عن الهجرة مساء الخميس القادم.").get(0).type())
                .isEqualTo(Type.SEMINAR);
    }

    @Test
    void aGatheringStillToComeIsAnnouncedBesideTheOneReported() {
        List<Meeting> ms = read("عقد المجلس الاستشاري للجالية اجتماعه الفصلي في تورنتو. "
                + "وقرر المجتمعون اقامة معرض للكتاب في الشهر المقبل.");
        assertThat(ms).extracting(Meeting::type).containsExactly(Type.MEETING, Type.EVENT);
    }

    @Test
    void theNextNumberedGatheringSaidToBeHeldLaterIsAnnounced() {
        List<Meeting> egypt = read("اختتمت جمعية المهندسين الزراعيين أمس مؤتمرها السنوي الخامس في طنطا. وأعلن رئيس "
                + "الجمعية في كلمته الختامية أن المؤتمر السادس سيعقد في المنصورة خلال شهر مارس المقبل.");
        assertThat(egypt).hasSize(2);
        assertThat(egypt.get(1).ordinal()).isEqualTo(6);
        assertThat(egypt.get(1).where().city()).isEqualTo("المنصورة");
        List<Meeting> jordan = read("اختتم المؤتمر الثالث عشر لاتحاد الكتاب الأردنيين أعماله في إربد. وأوضح البيان "
                + "الختامي أن المؤتمر الرابع عشر للاتحاد سوف ينعقد في العقبة العام المقبل.");
        assertThat(jordan).hasSize(2);
        assertThat(jordan.get(1).ordinal()).isEqualTo(14);
        assertThat(jordan.get(1).where().city()).isEqualTo("العقبة");
        List<Meeting> morocco = read("اختتمت أمس أشغال الملتقى الثالث لجمعيات التنمية بمدينة فاس، وأكد المنظمون أن "
                + "الملتقى الرابع ستحتضنه مدينة وجدة في صيف 2026.");
        assertThat(morocco).hasSize(2);
        assertThat(morocco.get(1).ordinal()).isEqualTo(4);
        assertThat(morocco.get(1).where().city()).isEqualTo("وجدة");
    }

    @Test
    void aPastGatheringNamedInPassingIsNoMeeting() {
        List<Meeting> ms = read("عقدت رابطة الخريجين اجتماعها في لندن، وناقشت نتائج الحفل الذي اقامته في الربيع، "
                + "ومتابعة ما تقرر منذ اجتماعها السابق.");
        assertThat(ms).hasSize(1);
    }

    @Test
    void aMeetingTakesItsPlaceFromItsOwnClauseAndNotFromTheNameOfItsBody() {
        Meeting m = read("عقدت جمعية الجالية المغربية في امستردام لقاءها الشهري على قاعة مركز الحي في روتردام.").get(0);
        assertThat(m.where().city()).isEqualTo("روتردام");
        assertThat(m.where().venue()).startsWith("قاعة مركز الحي");
    }

    @Test
    void theVenueAHostingRelativeClauseNamesGivesThePlace() {
        // the venue as subject of استضاف/احتضن in a relative clause on the gathering, after a comma or not, with the
        // city after the venue's district, after ب, or after في
        Meeting lyon = read("اختتمت رابطة الكتاب المغتربين مؤتمرها السنوي الرابع، الذي احتضنته قاعة البلدية في حي "
                + "الميدان بمدينة ليون، بانتخاب هيئة جديدة.").get(0);
        assertThat(lyon.where().city()).isEqualTo("ليون");
        assertThat(lyon.where().country()).isEqualTo("FR");
        Meeting alex = read("افتتح رئيس جمعية المهندسين الشباب أمس الندوة التي استضافها أحد فنادق الواجهة البحرية "
                + "بالإسكندرية.").get(0);
        assertThat(alex.where().city()).isEqualTo("الإسكندرية");
        Meeting sfax = read("وكان المجلس الوطني للنقابة قد عقد دورته العادية، التي استضافها مقر الاتحاد العام للشغل "
                + "بصفاقس، برئاسة الكاتب العام.").get(0);
        assertThat(sfax.where().city()).isEqualTo("صفاقس");
        assertThat(sfax.where().country()).isEqualTo("TN");
    }

    @Test
    void aPlaceSaidLaterOfTheGatheringIsItsPlace() {
        Meeting m = read("انعقدت الجلسة الافتتاحية للمؤتمر الرابع لرابطة الاعلاميين العرب. "
                + "ونحن المشاركين في المؤتمر الرابع لرابطة الاعلاميين العرب المنعقد في كوبنهاغن نطالب بحماية الصحفيين.")
                .get(0);
        assertThat(m.where().city()).isEqualTo("كوبنهاغن");
    }

    @Test
    void anInvitationGivesItsDateAndPlaceInASentenceOfTheirOwn() {
        Meeting m = read("يتشرف البيت الثقافي العربي بدعوتكم لحضور المحاضرة التي يقيمها عن تاريخ الموسيقى.\n\n"
                + "وذلك يوم السبت 12 تشرين الثاني 2022 في الساعة السابعة مساءً على قاعة المكتبة العامة في ملبورن.")
                .get(0);
        assertThat(m.type()).isEqualTo(Type.SEMINAR);
        assertThat(m.when().start()).hasToString("2022-11-12");
        assertThat(m.when().time()).hasToString("19:00");
        assertThat(m.where().city()).isEqualTo("ملبورن");
    }

    @Test
    void aTimeStatedApartJoinsTheDateOfTheSession() {
        Meeting m = read("عقدت اللجنة التنفيذية لتجمع المهندسين اجتماعها يوم الاحد 3 آذار 2019 في عمان. "
                + "وافتتح الاجتماع في الساعة العاشرة صباحاً بكلمة لرئيس التجمع.").get(0);
        assertThat(m.when().start()).hasToString("2019-03-03");
        assertThat(m.when().time()).hasToString("10:00");
    }

    @Test
    void aGatheringHeldKeepsTheBodyItsRelativeClauseNames() {
        Meeting m = read("واختتمت امس فعاليات الملتقى الاعلامي الاول الذي نظمته رابطة الصحفيين العرب في الدوحة.").get(0);
        assertThat(m.type()).isEqualTo(Type.CONFERENCE);
        assertThat(m.ordinal()).isEqualTo(1);
        assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة الصحفيين العرب"));
    }

    @Test
    void whoOrganisedAGatheringByItsRelativeClauseHoldsItRatherThanWhomItIsFor() {
        Meeting sousse = read("اختتم الملتقى الثاني للنقابات العمالية المغاربية الذي نظمه الاتحاد العام التونسي للشغل "
                + "أعماله أمس في سوسة.").get(0);
        assertThat(sousse.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("الاتحاد العام التونسي للشغل"));
        Meeting brussels = read("انعقد المؤتمر الأول لجمعيات المهاجرين الذي نظمته رابطة الجمعيات المغربية يوم السبت "
                + "في بروكسل.").get(0);
        assertThat(brussels.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة الجمعيات المغربية"));
        Meeting amman = read("وكانت الندوة الإقليمية لنقابات الصحفيين العرب، التي نظمها اتحاد الصحفيين العرب، قد "
                + "افتتحت أعمالها أمس.").get(0);
        assertThat(amman.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("اتحاد الصحفيين العرب"));
        // the subject left out of the relative clause is the body its sentence names
        Meeting fes = read("طالبت رابطة الشباب الديمقراطي بتوفير فرص العمل، وذلك خلال الملتقى الوطني الثاني للتشغيل "
                + "الذي نظمته يومي 3 و4 مايو 2025 بمدينة فاس.").get(0);
        assertThat(fes.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة الشباب الديمقراطي"));
        // a host is not the organizer
        Meeting baghdad = read("اختتم المؤتمر الخامس لجمعية الأطباء العراقيين الذي استضافته جامعة بغداد أعماله أمس.")
                .get(0);
        assertThat(baghdad.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية الأطباء العراقيين"));
    }

    @Test
    void aPossessedOrQualifiedDouraIsASittingOfTheBody() {
        Meeting m = read("عقد المجلس الإداري لنادي الأطلس الثقافي دورته الاستثنائية يوم الأحد 5 مايو 2024 "
                + "بمدينة ليون.").get(0);
        assertThat(m.type()).isEqualTo(Type.MEETING);
        assertThat(m.session()).isEqualTo(Session.EXTRAORDINARY);
        assertThat(m.when().start()).hasToString("2024-05-05");
    }

    @Test
    void aDouraOfOfficeOrATrainingCourseIsNoGathering() {
        assertThat(read("وقرر المكتب تنظيم دورة لتعليم الخط العربي للشباب.")).isEmpty();
        assertThat(read("جرى انتخاب مكتب جديد لدورة مدتها ثلاث سنوات.")).isEmpty();
    }

    @Test
    void aGatheringNamedAfterItsDateAndVenueIsStillHeldByTheVerbBefore() {
        Meeting m = read("التأم يوم الجمعة 3 مايو 2024 بقاعة الشعب في مدينة ليون، المؤتمر الرابع لاتحاد "
                + "العمال المغاربة بفرنسا.").get(0);
        assertThat(m.type()).isEqualTo(Type.CONGRESS);
        assertThat(m.ordinal()).isEqualTo(4);
        assertThat(m.when().start()).hasToString("2024-05-03");
        assertThat(m.where().city()).isEqualTo("ليون");
    }

    @Test
    void aPossessedMultaqaIsAConference() {
        Meeting m = read("عقدت جمعية الصداقة المغربية ملتقاها السنوي الرابع في الفترة من 10 الى 12 مايو 2024 "
                + "بمدينة ليل الفرنسية.").get(0);
        assertThat(m.type()).isEqualTo(Type.CONFERENCE);
        assertThat(m.ordinal()).isEqualTo(4);
        assertThat(m.when().end()).hasToString("2024-05-12");
    }

    @Test
    void aMeetingVerbWithAPronounAfterTheGatheringNamesWhoHeldIt() {
        Meeting m = read("احتفلت الجالية العربية في ليون بيوم الأرض، في حفل فني كبير أقامه النادي الثقافي العربي "
                + "على قاعة البلدية بمدينة ليون.").get(0);
        assertThat(m.type()).isEqualTo(Type.EVENT);
        assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("النادي الثقافي العربي"));
        Meeting seminar = read("اختتمت في مدينة ليل ندوة فكرية نظمتها جمعية الحوار المتوسطي حول الهجرة.").get(0);
        assertThat(seminar.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية الحوار المتوسطي"));
    }

    @Test
    void whoPerformsAtAnEventDoesNotHoldIt() {
        Meeting m = read("وفي المساء أقيمت أمسية موسيقية أحيتها فرقة البيادر.").get(0);
        assertThat(m.organizer()).isNull();
    }

    @Test
    void labelLinesGiveTheAnnouncedGatheringItsDateAndPlace() {
        Meeting m = read("يسر نادي الجالية العراقية في مالمو دعوتكم لحضور محاضرة عن تاريخ الهجرة.\n\n"
                + "الموعد: يوم الجمعة 6 ديسمبر 2024 الساعة السادسة مساءً\n"
                + "المكان: قاعة المكتبة العامة في مدينة مالمو\n").get(0);
        assertThat(m.type()).isEqualTo(Type.SEMINAR);
        assertThat(m.when().start()).hasToString("2024-12-06");
        assertThat(m.where().city()).isEqualTo("مالمو");
        assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).startsWith("نادي الجالية العراقية"));
    }

    @Test
    void aGatheringTheBodyDecidedToHoldIsAnnouncedEvenWithTheSubjectBetween() {
        List<Meeting> ms = read("عقد المكتب التنفيذي لجمعية الأطلس اجتماعه في بروكسل. وبعد النقاش، قرر المكتب "
                + "التنفيذي تنظيم لقاء تواصلي مع أفراد الجالية يوم السبت 13 يناير 2024 بمدينة أنتويرب.");
        assertThat(ms).hasSize(2);
        assertThat(ms.get(1).when().start()).hasToString("2024-01-13");
        assertThat(ms.get(1).where().city()).isEqualTo("أنتويرب");
    }

    @Test
    void aSessionNamedLaterIsPartOfTheGatheringNotWhatIsReported() {
        Meeting m = read("انعقد يوم السبت 4 مايو 2024 بمدينة ليل المؤتمر الثاني لاتحاد الطلبة المغاربة. "
                + "وحضر الجلسة الافتتاحية عدد من الضيوف.").get(0);
        assertThat(m.session()).isNull();
        Meeting closing = read("اختتم المؤتمر الثاني لاتحاد الطلبة المغاربة اعماله في مدينة ليل.").get(0);
        assertThat(closing.session()).isEqualTo(Session.CLOSING);
    }

    @Test
    void aFuneralPrayerAnnouncedIsAnEventAndTheHouseOfMourningToo() {
        List<Meeting> ms = read("نعي\n\nينعى النادي العربي الاستاذ سمير خليل.\n\nوسيُصلّى على جثمان الفقيد ظهر "
                + "الجمعة 20 ديسمبر 2024 في مسجد النور بمدينة ديربورن، فيما يقام بيت العزاء في قاعة النادي.");
        assertThat(ms).extracting(Meeting::type).containsExactly(Type.EVENT, Type.EVENT);
        assertThat(ms.get(0).where().city()).isEqualTo("ديربورن");
        assertThat(ms.get(1).organizer()).isNull();
        assertThat(read("وتقام صلاة الجنازة بعد صلاة الظهر في مسجد النور.")).extracting(Meeting::type)
                .containsExactly(Type.EVENT);
        assertThat(read("وصلى المشاركون على روح الشهداء.")).isEmpty();
    }

    @Test
    void anEventOnTheSidelinesOfTheGatheringIsHeldByItsBodyAndEndsWithItsClause() {
        List<Meeting> ms = read("عقدت جمعية الأطباء العرب مؤتمرها السنوي الخامس في مدينة ديترويت. وأقيم على هامش "
                + "المؤتمر حفل خيري مساء السبت 4 مايو 2024، خصص ريعه لدعم المستشفيات في غزة.");
        assertThat(ms).hasSize(2);
        assertThat(ms.get(1).organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية الأطباء العرب"));
        assertThat(ms.get(1).where()).isNull();
    }

    @Test
    void maghrebiNamesOfGatheringsAreOfTheirKind() {
        Meeting day = read("نظمت جمعية المهاجرين يوما دراسيا حول حقوق المتقاعدين بمدينة أنتويرب.").get(0);
        assertThat(day.type()).isEqualTo(Type.SEMINAR);
        assertThat(day.where().city()).isEqualTo("أنتويرب");
        Meeting assembly = read("عقدت جمعية العمال المغاربة جمعها العام العادي يوم الأحد 3 مارس 2024 بمدينة ليل.").get(0);
        assertThat(assembly.type()).isEqualTo(Type.ASSEMBLY);
        assertThat(assembly.session()).isEqualTo(Session.REGULAR);
        assertThat(read("احتفت جمعية الصداقة بعيد الاستقلال في حفل كبير بمدينة ليون.").get(0).organizer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).isEqualTo("جمعية الصداقة"));
        assertThat(read("نظم المركز الاسلامي إفطارا جماعيا لأبناء الجالية في مدينة مالمو.").get(0).type())
                .isEqualTo(Type.EVENT);
    }

    @Test
    void aDayOrACollectionThatIsNoGatheringIsNone() {
        assertThat(read("وقضى الوفد يوما كاملا في زيارة المدينة.")).isEmpty();
        assertThat(read("وجمع المتطوعون التبرعات للعائلات.")).isEmpty();
    }

    @Test
    void theBodyThatCalledOrIntendsAGatheringHoldsIt() {
        Meeting called = read("بدعوة من اتحاد الطلبة، التأمت في مدينة بون يوم السبت 8 يونيو 2024 ندوة حول الهجرة.")
                .get(0);
        assertThat(called.type()).isEqualTo(Type.SEMINAR);
        assertThat(called.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("اتحاد الطلبة"));
        List<Meeting> ms = read("عقدت رابطة السوريين اجتماعها في عمان. وتعتزم الرابطة تنظيم معرض للكتاب في الخريف.");
        assertThat(ms).hasSize(2);
        assertThat(ms.get(1).organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة السوريين"));
    }

    @Test
    void theFirstDateBetweenTheVerbAndTheGatheringStartsIt() {
        Meeting m = read("انعقد يومي الجمعة 3 والسبت 4 مايو 2024 بمدينة ليل، المؤتمر الثاني لاتحاد الطلبة المغاربة.")
                .get(0);
        assertThat(m.when().start()).hasToString("2024-05-03");
    }

    @Test
    void aDayLabelAndATimeLabelMakeOneWhen() {
        Meeting m = read("دعوة\n\nيتشرف النادي العربي في كوبنهاغن بدعوتكم لحضور أمسية شعرية.\n\n"
                + "اليوم: الجمعة 6 ديسمبر 2024\nالساعة: السابعة مساءً\nالمكان: قاعة البلدية في مدينة كوبنهاغن\n")
                .get(0);
        assertThat(m.when().start()).hasToString("2024-12-06");
        assertThat(m.when().time()).hasToString("19:00");
        assertThat(m.where().venue()).isEqualTo("قاعة البلدية");
    }

    @Test
    void aDayAfterTheGatheringBeatsAYearBeforeIt() {
        List<Meeting> ms = read("نظمت الجمعية حفلا كبيرا في مدينة ليون يوم السبت 2 مارس 2024. على ان تختتم احتفالات "
                + "العيد هذا العام برحلة للعائلات الى حديقة البلدية يوم الأحد 31 مارس.");
        assertThat(ms).hasSize(2);
        assertThat(ms.get(1).when().start()).hasToString("2024-03-31");
        assertThat(ms.get(1).session()).isNull();
    }

    @Test
    void aGatheringThatTookPlaceOrThatAHallSawIsReported() {
        Meeting seen = read("شهدت قاعة البلدية في مدينة مالمو يوم السبت 4 مايو 2024 ندوة حول الهجرة نظمتها جمعية "
                + "الجالية العراقية.").get(0);
        assertThat(seen.type()).isEqualTo(Type.SEMINAR);
        assertThat(seen.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية الجالية العراقية"));
        assertThat(read("وجرى يوم الجمعة 3 مايو 2024 حفل تأبيني للفقيد في مدينة مالمو.").get(0).when().start())
                .hasToString("2024-05-03");
        assertThat(read("وجرى انتخاب هيئة ادارية جديدة في ختام الجلسة.")).isEmpty();
    }

    @Test
    void theBodyAfterADateThatFollowsTheVerbHoldsTheMeeting() {
        Meeting m = read("التأم مساء الأحد الماضي المجلس التنفيذي لجمعية الصيادلة العرب في كندا في اجتماعه "
                + "الشهري، وذلك في قاعة الندوات بمكتبة المدينة في تورونتو.").get(0);
        assertThat(m.type()).isEqualTo(Type.MEETING);
        assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("جمعية الصيادلة العرب");
            assertThat(o.organ()).isEqualTo("المجلس التنفيذي");
        });
    }

    @Test
    void aHallThatSawTheConveningOfAGatheringReportsIt() {
        Meeting m = read("شهدت قاعة الاحتفالات بجامعة مونتريال يوم الجمعة 8 مارس 2024 انعقاد المؤتمر الثاني "
                + "لرابطة الطلبة اليمنيين في كندا.").get(0);
        assertThat(m.ordinal()).isEqualTo(2);
        assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة الطلبة اليمنيين"));
        assertThat(m.when().start()).hasToString("2024-03-08");
        assertThat(m.where().venue()).startsWith("قاعة الاحتفالات");
    }

    @Test
    void aNumberedGeneralCongressIsACongress() {
        Meeting m = read("عقدت نقابة المعلمين السودانيين في قطر مؤتمرها العام الخامس في الدوحة وانتخبت هيئة "
                + "ادارية جديدة.").get(0);
        assertThat(m.type()).isEqualTo(Type.CONGRESS);
        assertThat(m.ordinal()).isEqualTo(5);
    }

    @Test
    void aNumberedSessionHeldIsAPartOfTheConferenceNotAnotherMeeting() {
        List<Meeting> all = read("افتتحت جمعية المهندسين العرب في برلين مؤتمرها السنوي الرابع يوم 6 أبريل 2024. "
                + "وانعقدت الجلسة الثانية بعد الظهر برئاسة الدكتور سامي نعمان.");
        assertThat(all).singleElement().satisfies(m -> assertThat(m.type()).isEqualTo(Type.CONFERENCE));
    }

    @Test
    void theNextGatheringOfTheSameKindIsHeldByTheSameBody() {
        List<Meeting> all = read("عقدت الهيئة الادارية لجمعية الخريجين العرب في فيينا اجتماعها الشهري يوم 2 مايو "
                + "2024، واتفق المجتمعون على ان يكون الاجتماع المقبل في حزيران القادم.");
        assertThat(all).hasSize(2);
        assertThat(all.get(1).organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية الخريجين العرب"));
    }

    @Test
    void aMassAndTheReceivingOfCondolencesAnnouncedAreEvents() {
        List<Meeting> all = read("ببالغ الحزن تنعى عائلة المرحوم يوسف حنا فقيدها. ويقام قداس على راحة نفسه في كنيسة "
                + "مار توما يوم السبت 9 مارس 2024، ويتقبل ذوو الفقيد التعازي في قاعة الكنيسة يوم الأحد 10 مارس 2024.");
        assertThat(all).extracting(Meeting::type).containsExactly(Type.EVENT, Type.EVENT);
        assertThat(all.get(1).when().start()).hasToString("2024-03-10");
    }

    @Test
    void theCityClosingAnAddressAfterTheVenueIsTheGatheringsCity() {
        Meeting m = read("نظمت رابطة الكتاب العرب ندوة ادبية يوم 12 أبريل 2024 في قاعة المكتبة البلدية، "
                + "شارع النهضة رقم ٩، ليون.").get(0);
        assertThat(m.where().venue()).isEqualTo("قاعة المكتبة البلدية");
        assertThat(m.where().city()).isEqualTo("ليون");
        assertThat(m.where().country()).isEqualTo("FR");
        Meeting district = read("عقدت جمعية الأطباء العرب مؤتمرها السنوي مساء الأحد 6 حزيران 2021 على قاعة النادي "
                + "الثقافي في الحي الرابع من العاصمة النمساوية فيينا، وألقى رئيسها كلمة.").get(0);
        assertThat(district.where().city()).as("a district of the city").isEqualTo("فيينا");
        Meeting commas = read("أقامت رابطة الفنانين حفلا فنيا في القاعة الكبيرة في شيستا، في ستوكهولم، وذلك عصر يوم "
                + "الأحد 6 آذار 2016.").get(0);
        assertThat(commas.where().city()).as("the city after a comma, with its locative").isEqualTo("ستوكهولم");
    }

    @Test
    void aGatheringThatFollowsAnAnnouncedOneIsHeldByTheSameBody() {
        List<Meeting> all = read("يتشرف نادي الجالية التونسية في روما بدعوتكم لحضور أمسيته الموسيقية التي يقيمها يوم "
                + "الجمعة 7 يونيو 2024 في قاعة النادي، على ان يُفتتح في اليوم التالي معرض للخط العربي في بهو النادي.");
        assertThat(all).hasSize(2);
        assertThat(all.get(1).organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("نادي الجالية التونسية"));
    }
    @Test
    void aGatheringAfterAnAsideASloganOrALongSubjectIsStillHeldByTheVerbBefore() {
        Meeting apposition = read("عقد السيد كريم ناصر، رئيس نقابة المعلمين في البصرة، اجتماعاً موسعاً في مقر النقابة "
                + "صباح الاحد 3 آذار 2024.").get(0);
        assertThat(apposition.type()).isEqualTo(Type.MEETING);
        assertThat(apposition.when().start()).hasToString("2024-03-03");
        Meeting slogan = read("عقدت رابطة الكتاب التقدميين وتحت شعار «الكلمة الحرة طريقنا الى الغد»، مؤتمرها الرابع "
                + "في مدينة مالمو.").get(0);
        assertThat(slogan.type()).isEqualTo(Type.CONGRESS);
        assertThat(slogan.ordinal()).isEqualTo(4);
        assertThat(slogan.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة الكتاب التقدميين"));
        Meeting far = read("نظمت جمعية الصداقة العربية السويدية بمشاركة عدد كبير من الجمعيات والمنظمات العاملة في "
                + "المدينة وقفة تضامنية مع العمال المضربين.").get(0);
        assertThat(far.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية الصداقة العربية السويدية"));
    }

    @Test
    void aStatutoryCongressIsACongressEvenUnnumberedAndOnlyADefiniteOneIsNamed() {
        Meeting emergency = read("عقد اتحاد نقابات العمال أمس المؤتمر العام الطارئ لانتخاب مجلس جديد.").get(0);
        assertThat(emergency.type()).isEqualTo(Type.CONGRESS);
        assertThat(emergency.session()).isEqualTo(Session.EXTRAORDINARY);
        assertThat(emergency.name()).isEqualTo("المؤتمر العام الطارئ");
        Meeting possessed = read("عقد الحزب الديمقراطي الاجتماعي مؤتمره الوطني الخامس في العاصمة.").get(0);
        assertThat(possessed.type()).isEqualTo(Type.CONGRESS);
        assertThat(possessed.ordinal()).isEqualTo(5);
        assertThat(possessed.name()).isNull();
        Meeting region = read("وتستعد اللجنة لمؤتمر الاقليم الذي سيعقد خلال الربيع القادم.").get(0);
        assertThat(region.type()).isEqualTo(Type.CONGRESS);
    }
    @Test
    void theBodyNamedInFullThatCallsForAGatheringHoldsIt() {
        Meeting march = read("دعا، المكتب التنفيذي لاتحاد النقابات المستقلة، العمال الى المشاركة في المسيرة التي "
                + "ستنطلق يوم الجمعة القادم من ساحة التحرير.").get(0);
        assertThat(march.organizer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("اتحاد النقابات المستقلة");
            assertThat(o.organ()).isEqualTo("المكتب التنفيذي");
        });
        Meeting called = read("وتدعو الرابطة ابناء الجالية الى المشاركة في الوقفة التي ستقام امام البلدية يوم السبت.")
                .get(0);
        assertThat(called.organizer()).isNull();
    }

    @Test
    void theGeneralAssemblyOrTheShuraCouncilOfABodyIsItsOrgan() {
        Meeting m = read("عقدت الجمعية العمومية لنادي الرافدين الثقافي اجتماعها السنوي في مالمو.").get(0);
        assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("نادي الرافدين الثقافي");
            assertThat(o.organ()).isEqualTo("الجمعية العمومية");
        });
    }
    @Test
    void theReportedGatheringNamedAgainItsPartsAndAnAnniversaryAreNoOtherGatherings() {
        List<Meeting> ms = read("عقدت رابطة الشباب الديمقراطي مؤتمرها السادس في برلين. وافتتح المؤتمر بكلمة من عريف الحفل. "
                + "وقال الرئيس: اننا نعقد المؤتمر السادس في ظروف صعبة. وتناول المؤتمر الذكرى العشرين للمسيرة الكبرى.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).ordinal()).isEqualTo(6);
    }
    @Test
    void aGatheringTheHeadingNamesIsReportedWhereTheBodySaysItSat() {
        List<Meeting> ms = read("برقيات تهنئة الى المؤتمر الخامس للحزب\n"
                + "نهنئكم على نجاح اعمال المؤتمر الخامس لحزب العمال الديمقراطي المنعقد ايام 3 و4 مايو 2023 في الرباط.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).type()).isEqualTo(Type.CONGRESS);
        assertThat(ms.get(0).organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("حزب العمال الديمقراطي"));
        assertThat(ms.get(0).when().start()).hasToString("2023-05-03");
    }

    @Test
    void theDateOfAGatheringThatSatBeforeIsNotTheReportedOnes() {
        Meeting m = read("بعد انتهاء اعمال المؤتمر العام الرابع للمنتدى الثقافي المنعقد بتاريخ 2 آذار 2023 بنجاح، "
                + "عقدت اللجنة الادارية اجتماعها الأول مساء الاثنين 6 آذار 2023.").get(0);
        assertThat(m.type()).isEqualTo(Type.MEETING);
        assertThat(m.when().start()).hasToString("2023-03-06");
    }
    @Test
    void aProcessionDescribedByAFutureVerbIsAnnouncedByTheBodyThatAnnouncesItAndNamedAgainIsTheSame() {
        List<Meeting> ms = read("وأعلن اتحاد المعلمين المستقلين في بيان اليوم عن موكب آخر سيخرج في وسط بغداد يوم الاحد "
                + "12 ايار 2024، ودعا الجميع الى المشاركة في الموكب الجديد الذي سيتحرك من ساحة الفردوس.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).type()).isEqualTo(Type.EVENT);
        assertThat(ms.get(0).organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("اتحاد المعلمين المستقلين"));
        assertThat(ms.get(0).when().start()).hasToString("2024-05-12");
    }
    @Test
    void aBodyThatMetSaidByTheVerbAloneAndASecondSittingOnAnotherDayAreTwoMeetings() {
        List<Meeting> ms = read("اعلنت جمعية المهندسين العرب ان الهيئة الادارية لجمعية المهندسين العرب قد اجتمعت بتاريخ "
                + "3/6/2021 وقررت تأجيل الانتخابات، وقد عقدت مداولة ثانية بتاريخ 10/6/2021 وأكدت قرارها.");
        assertThat(ms).hasSize(2);
        assertThat(ms.get(0).type()).isEqualTo(Type.MEETING);
        assertThat(ms.get(0).when().start()).hasToString("2021-06-03");
        assertThat(ms.get(0).organizer()).isInstanceOf(Organization.class);
        assertThat(ms.get(1).ordinal()).isEqualTo(2);
        assertThat(ms.get(1).when().start()).hasToString("2021-06-10");
    }
    @Test
    void aGatheringTheOpeningDescribesIsReportedWhateverVerbHoldsIt() {
        Meeting chaired = read("ترأس رئيس رابطة الأطباء العرب في النمسا سمير داود الاجتماع الموسع للرابطة الذي عقد "
                + "في فيينا يوم الأحد 3 آذار 2019.").get(0);
        assertThat(chaired.type()).isEqualTo(Type.MEETING);
        assertThat(chaired.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة الأطباء العرب"));
        assertThat(chaired.when().start()).hasToString("2019-03-03");
        assertThat(chaired.where().city()).isEqualTo("فيينا");
        Meeting closing = read("وفي ختام مؤتمرها السنوي المنعقد في مدينة ليون يومي 12 و13 تشرين الأول 2019، أصدرت "
                + "جمعية الطلبة المغاربيين في فرنسا توصيات عدة.").get(0);
        assertThat(closing.type()).isEqualTo(Type.CONFERENCE);
        assertThat(closing.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية الطلبة المغاربيين"));
        assertThat(closing.where().city()).isEqualTo("ليون");
        Meeting vigil = read("نفذت لجنة الدفاع عن المعتقلين وقفة صامتة أمام البرلمان الأوروبي في بروكسل مساء الخميس "
                + "4 نيسان 2019.").get(0);
        assertThat(vigil.type()).isEqualTo(Type.EVENT);
        assertThat(vigil.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).startsWith("لجنة الدفاع"));
        assertThat(vigil.when().start()).hasToString("2019-04-04");
    }

    @Test
    void aGatheringOnlyNamedByUsOrForWhatIsToComeOrGoneIsNotReported() {
        assertThat(read("ندين الاعتداء على الوقفة السلمية التي نظمها أبناء الجالية أمام السفارة.")).isEmpty();
        assertThat(read("نحن في رابطة الكتاب شاركنا في مهرجان الشعر الذي أقيم في القاهرة.")).isEmpty();
        assertThat(read("ناقشت الهيئة الادارية لنادي الجالية ما تحقق منذ اجتماعها السابق في الربيع.")).isEmpty();
    }

    @Test
    void aPossessedGatheringIsHeldByTheBodyItsSentenceNames() {
        Meeting began = read("بدأت الهيئة العامة لنادي الجالية العراقية اجتماعها السنوي في مدينة هامبورغ صباح السبت "
                + "2 شباط 2019.").get(0);
        assertThat(began.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("نادي الجالية العراقية"));
        assertThat(began.where().city()).isEqualTo("هامبورغ");
        Meeting during = read("خلال اجتماعها الشهري، ناقشت الأمانة العامة لحزب العمال الديمقراطي الأوضاع في البلاد.")
                .get(0);
        assertThat(during.session()).isEqualTo(Session.REGULAR);
        assertThat(during.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("حزب العمال الديمقراطي"));
        Meeting coming = read("وتواصل الجمعية الثقافية الكردية في فيينا التحضير لمؤتمرها الخامس الذي سيعقد في الربيع.")
                .get(0);
        assertThat(coming.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("الجمعية الثقافية الكردية"));
    }

    @Test
    void aBodyInTheGatheringsPhraseNamedByItsHeadOrItsBranchesIsTheBodyNamedInFull() {
        Meeting head = read("ترأس الأمين العام لحزب التقدم الاجتماعي كريم ناصر اجتماع اللجنة المركزية للحزب في بيروت.")
                .get(0);
        assertThat(head.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("حزب التقدم الاجتماعي"));
        Meeting branches = read("عقد اجتماع موسع لفروع رابطة المهندسين العرب في أوروبا بمدينة ميونخ يوم الأحد "
                + "10 آذار 2019.").get(0);
        assertThat(branches.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة المهندسين العرب"));
        assertThat(branches.where().city()).isEqualTo("ميونخ");
        Meeting city = read("انعقد الملتقى الثالث لرابطة الشباب العربي في مدريد.").get(0);
        assertThat(city.where().city()).isEqualTo("مدريد");
    }

    @Test
    void aNumberedMultaqaIsAConferenceOnlyANumberedMutamarACongress() {
        assertThat(read("اختتم الملتقى الرابع للجمعية المغربية للتضامن أعماله في الرباط.").get(0).type())
                .isEqualTo(Type.CONFERENCE);
        assertThat(read("انطلقت فعاليات الملتقى الوطني الثاني لجمعية الشعلة في فاس.").get(0).type())
                .isEqualTo(Type.CONFERENCE);
        assertThat(read("بدأت جمعية المهندسين السوريين أعمال مؤتمرها الخامس في برلين.").get(0).type())
                .isEqualTo(Type.CONGRESS);
    }

    @Test
    void aReportsIssuerHoldsTheMeetingNoOneElseIsSaidToHold() {
        Meeting passive = read("عُقد يوم الجمعة 3 أيار 2019 اجتماع في مقر الجمعية بمدينة غوتنبرغ.\n\n"
                + "الهيئة الإدارية لجمعية الثقافة العربية").get(0);
        assertThat(passive.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية الثقافة العربية"));
        Meeting weekly = read("بلاغ حركة الوفاق الوطني\nعقد المكتب السياسي اجتماعه الأسبوعي يوم الأربعاء 10 شباط "
                + "2021.").get(0);
        assertThat(weekly.session()).isEqualTo(Session.REGULAR);
        assertThat(weekly.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("حركة الوفاق الوطني"));
        Meeting seminar = read("انعقدت ندوة حول الهجرة في قاعة البلدية بمدينة مالمو.\n\nجمعية الصداقة السويدية العربية")
                .get(0);
        assertThat(seminar.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية الصداقة السويدية العربية"));
    }
    @Test
    void aBodyThatConvenedSaidByAnIntransitiveVerbHeldAMeeting() {
        Meeting council = read("التأم المجلس الوطني للجالية السورية في اسطنبول مساء الأحد 3 شباط 2019 بحضور أغلب "
                + "أعضائه.").get(0);
        assertThat(council.type()).isEqualTo(Type.MEETING);
        assertThat(council.when().start()).hasToString("2019-02-03");
        Meeting organ = read("انعقد المجلس الوطني لحزب الأمل يوم الجمعة 8 آذار 2019 في عمان.").get(0);
        assertThat(organ.organizer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("حزب الأمل");
            assertThat(o.organ()).isEqualTo("المجلس الوطني");
        });
        assertThat(organ.where().city()).isEqualTo("عمان");
        Meeting earlier = read("وكانت اللجنة التنفيذية لنقابة المعلمين قد التأمت بتاريخ 12/4/2019 وقررت الإضراب.")
                .get(0);
        assertThat(earlier.when().start()).hasToString("2019-04-12");
    }

    @Test
    void aPressConferenceAnnouncedOrHeldBesideTheGatheringIsAnotherGatheringOfTheSameBody() {
        List<Meeting> later = read("عقد المكتب السياسي لحركة النهضة اجتماعه الأسبوعي يوم الأربعاء 10 شباط 2021. وأعلن "
                + "المكتب أنه سيعقد مؤتمراً صحفياً يوم الجمعة 12 شباط 2021 لعرض مواقفه.");
        assertThat(later).extracting(Meeting::type).containsExactly(Type.MEETING, Type.CONFERENCE);
        assertThat(later.get(1).when().start()).hasToString("2021-02-12");
        assertThat(later.get(1).organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("حركة النهضة"));
        List<Meeting> planned = read("عقدت رابطة الأطباء العرب اجتماعها الدوري في فيينا يوم السبت 4 أيار 2019. ومن "
                + "المقرر أن يعقد مؤتمر صحفي يوم الاثنين 6 أيار 2019 في مقر الرابطة.");
        assertThat(planned).hasSize(2);
        assertThat(planned.get(1).when().start()).hasToString("2019-05-06");
        List<Meeting> same = read("اختتمت الجمعية العراقية في مالمو مؤتمرها السنوي يوم الأحد 5 أيار 2019، وعقدت مؤتمراً "
                + "صحفياً في اليوم نفسه.");
        assertThat(same).hasSize(2);
        assertThat(same.get(1).organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("الجمعية العراقية"));
    }
    @Test
    void aGatheringABodyCallsToIsAnnouncedAndHeldByThatBody() {
        Meeting wide = read("دعا المكتب التنفيذي لاتحاد الطلبة الى اجتماع موسع لفروعه يوم السبت 11 أيار 2019 في باريس.")
                .get(0);
        assertThat(wide.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("اتحاد الطلبة"));
        assertThat(wide.when().start()).hasToString("2019-05-11");
        Meeting sitting = read("يدعو مجلس إدارة نادي الجالية المغربية إلى جلسة استثنائية للهيئة العامة يوم الأحد 19 "
                + "أيار 2019.").get(0);
        assertThat(sitting.session()).isEqualTo(Session.EXTRAORDINARY);
        assertThat(sitting.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("نادي الجالية المغربية"));
        Meeting urgent = read("دعت نقابة الصحفيين إلى اجتماع طارئ لمجلسها يوم الأحد 12 أيار 2019.").get(0);
        assertThat(urgent.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("نقابة الصحفيين"));
    }

    @Test
    void theBodyOfARelativeClauseOrOfTheSentenceHoldsTheGatheringButNotAGuest() {
        Meeting behindTheme = read("احتضنت مدينة مرسيليا يوم الجمعة 10 أيار 2019 افتتاح أعمال الندوة الدولية حول الهجرة "
                + "التي تنظمها جمعية التضامن المغاربي.").get(0);
        assertThat(behindTheme.type()).isEqualTo(Type.SEMINAR);
        assertThat(behindTheme.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية التضامن المغاربي"));
        assertThat(behindTheme.where().city()).isEqualTo("مرسيليا");
        Meeting ownVerb = read("خلال لقاء عقده مساء الخميس في مقره بمدينة ليون، دعا المكتب التنفيذي لجمعية العمال "
                + "المغاربيين إلى الحوار.").get(0);
        assertThat(ownVerb.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية العمال المغاربيين"));
        Meeting guest = read("حضر وفد من رابطة الأطباء العرب الاجتماع الموسع الذي عقد في برلين يوم السبت 4 أيار 2019.")
                .get(0);
        assertThat(guest.organizer()).isNull();
        assertThat(read("شارك حزب الكرامة في مؤتمر عقد في القاهرة يوم السبت 4 أيار 2019.").get(0).organizer())
                .isNull();
    }
    @Test
    void aPlaceSaysWhereOnlyWhenItHangsOnTheGatheringsClause() {
        // a topic, an addressee, a nationality, a body's own place: not where it sat
        assertThat(read("عقد المجلس المركزي لاتحاد الأدباء اجتماعاً طارئاً لمناقشة الأوضاع في سوريا.").get(0).where())
                .isNull();
        assertThat(read("عقد المكتب السياسي لحزب الوحدة اجتماعه الأسبوعي، ووجه التحية إلى المقاومة في لبنان.")
                .get(0).where()).isNull();
        assertThat(read("ترأس وزير الخارجية الجزائري اجتماعاً لسفراء الجزائر في أوروبا.").get(0).where()).isNull();
        assertThat(read("عقد فرع الحزب في ألمانيا اجتماعاً موسعاً بحضور أعضاء المنظمات.").get(0).where()).isNull();
        // after the verb, a date, a venue, the gathering or its holder after the verb: where it sat
        assertThat(read("اجتمع المكتب السياسي لحزب التقدم مساء الأربعاء في مقره ببغداد وناقش الأوضاع.").get(0)
                .where().city()).isEqualTo("بغداد");
        assertThat(read("نظمت الرابطة ندوة حول الهجرة والاندماج بمدينة ليون.").get(0).where().city())
                .isEqualTo("ليون");
        assertThat(read("سيقام الحفل الذي تقيمه الجمعية في سدني يوم السبت المقبل.").get(0).where().city())
                .isEqualTo("سدني");
    }

    @Test
    void aGatheringThatABodyIsNamedForIsNotHeldByTheBodysVerb() {
        List<Meeting> ms = read("عقدت اللجنة التحضيرية للمؤتمر الثامن لاتحاد الطلبة اجتماعها الأخير قبل المؤتمر.");
        assertThat(ms.get(0).type()).isEqualTo(Type.MEETING);
        assertThat(read("اجتمعت لجنة الإعداد للملتقى الشبابي الثاني في مقر الرابطة مساء الاثنين.").get(0).type())
                .isEqualTo(Type.MEETING);
        assertThat(read("عقدت لجنة التحضير للمهرجان السنوي اجتماعاً مع ممثلي الفرق المشاركة.")
                .get(0).type()).isEqualTo(Type.MEETING);
    }

    @Test
    void aGatheringCarryingOnItsWorkIsReported() {
        assertThat(read("واصل المؤتمر الوطني العاشر لحزب التجمع أعماله لليوم الثاني في الرباط.").get(0).type())
                .isEqualTo(Type.CONGRESS);
        assertThat(read("تواصلت أعمال الملتقى الثقافي الثالث لجمعية الكتاب في تونس العاصمة.").get(0).type())
                .isEqualTo(Type.CONFERENCE);
        assertThat(read("استأنف المجلس الوطني للنقابة اجتماعه بعد استراحة قصيرة.").get(0).type())
                .isEqualTo(Type.MEETING);
    }

    @Test
    void aGatheringThatKeepsAnAnniversaryIsNotTheOneKept() {
        Meeting m = read("أحيت جمعية المرأة التقدمية الذكرى الخمسين لتأسيسها بحفل فني كبير على مسرح المدينة.").get(0);
        assertThat(m.type()).isEqualTo(Type.EVENT);
        assertThat(read("احتفل النادي بالذكرى العاشرة لافتتاحه بأمسية موسيقية.").get(0).type()).isEqualTo(Type.EVENT);
        assertThat(read("استذكرت الرابطة ذكرى رحيل مؤسسها بندوة فكرية في قاعة البلدية.").get(0).type())
                .isEqualTo(Type.SEMINAR);
    }
    @Test
    void aCommunityHoldingAGatheringIsAGroupOfPeopleAndWithItsOwnOrganAnOrganisation() {
        assertThat(read("نظمت الجالية العراقية في اونتاريو وقفة تضامنية أمام مبنى البلدية.").get(0).organizer())
                .isInstanceOfSatisfying(Group.class, g -> assertThat(g.text()).isEqualTo("الجالية العراقية في اونتاريو"));
        assertThat(read("أقامت الجالية المغربية بمدينة ليل حفلاً بمناسبة عيد العرش.").get(0).organizer())
                .isInstanceOfSatisfying(Group.class, g -> assertThat(g.text()).startsWith("الجالية المغربية"));
        assertThat(read("عقدت الهيئة الإدارية للجالية اليمنية في ماليزيا اجتماعها الدوري.").get(0).organizer())
                .isInstanceOfSatisfying(Organization.class, o -> {
                    assertThat(o.name()).isEqualTo("الجالية اليمنية");
                    assertThat(o.organ()).isEqualTo("الهيئة الإدارية");
                });
    }

    @Test
    void aFeminineBodyAfterAMasculineCallIsWhoIsCalledNotWhoHolds() {
        List<Meeting> ms = read("دعا المكتب الجاليات العربية في أوروبا الى المشاركة في الوقفة التي ستقام يوم السبت.");
        assertThat(ms).isNotEmpty();
        assertThat(ms.get(ms.size() - 1).organizer() instanceof Group).isFalse();
        List<Meeting> march = read("كما دعا الجاليات المغربية في أوروبا الى المشاركة في المسيرة المقبلة.");
        assertThat(march.get(0).organizer() instanceof Group).isFalse();
        assertThat(read("دعت الرابطة النسائية أعضاءها الى حضور الحفل المقبل.").get(0).organizer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).contains("الرابطة"));
    }

    private static String organizerName(Meeting m) {
        return m.organizer() instanceof Organization o ? o.name() : null;
    }

    private static String city(Meeting m) {
        return m.where() == null ? null : m.where().city();
    }

    @Test
    void aDateOrPlaceSetApartByCommasBetweenTheVerbAndTheGatheringLeavesTheVerbItsGathering() {
        Meeting closed = read("اختتمت في صفاقس، مساء السبت 8 مارس 2025، أعمال الملتقى الوطني لنقابة الأطباء الشبان.")
                .get(0);
        assertThat(city(closed)).isEqualTo("صفاقس");
        assertThat(organizerName(closed)).startsWith("نقابة الأطباء");
        Meeting festival = read("انطلقت بمدينة الدار البيضاء، صباح اليوم الاثنين 10 مارس 2025، فعاليات المهرجان الوطني "
                + "للمسرح الجامعي الذي تنظمه جمعية أصدقاء المسرح.").get(0);
        assertThat(city(festival)).isEqualTo("الدار البيضاء");
        assertThat(organizerName(festival)).isEqualTo("جمعية أصدقاء المسرح");
        Meeting evening = read("نظمت جمعية الوفاء للتنمية، يوم الجمعة 14 شباط 2025، في بغداد، أمسية شعرية بمناسبة عيد "
                + "المعلم.").get(0);
        assertThat(city(evening)).isEqualTo("بغداد");
        assertThat(evening.when().start()).hasToString("2025-02-14");
    }

    @Test
    void aThemeAfterANamedGatheringBelongsToItsNameAndTheRelativeClauseAfterItNamesItsHolder() {
        Meeting congress = read("اختتمت أعمال المؤتمر الدولي الثاني للغة العربية، الذي نظمته جمعية حماة العربية في "
                + "الرباط يوم الأحد 16 مارس 2025.").get(0);
        assertThat(congress.name()).isEqualTo("المؤتمر الدولي الثاني للغة العربية");
        assertThat(organizerName(congress)).isEqualTo("جمعية حماة العربية");
        assertThat(city(congress)).as("a city inside the body's name is no place").isEqualTo("الرباط");
        Meeting seminar = read("افتتحت مساء أمس الندوة الإقليمية لحقوق المرأة الريفية التي نظمها اتحاد النساء اليمنيات "
                + "في عدن.").get(0);
        assertThat(seminar.name()).isEqualTo("الندوة الإقليمية لحقوق المرأة الريفية");
        assertThat(organizerName(seminar)).isEqualTo("اتحاد النساء اليمنيات");
        assertThat(city(seminar)).isEqualTo("عدن");
        Meeting forum = read("شهدت قاعة البلدية حفل اختتام الملتقى الثقافي لأبناء الجالية الكردية، الذي أقامه النادي "
                + "الكردي في هامبورغ يوم السبت 22 شباط 2025.").stream()
                .filter(m -> m.type() == Type.CONFERENCE).findFirst().orElseThrow();
        assertThat(forum.name()).isEqualTo("الملتقى الثقافي لأبناء الجالية الكردية");
        assertThat(organizerName(forum)).isEqualTo("النادي الكردي");
    }

    @Test
    void anEditionAfterTheGatheringIsItsNumberNotAnotherGathering() {
        List<Meeting> fair = read("افتتح رئيس البلدية يوم الخميس 6 مارس 2025 معرض الكتاب العربي في دورته الخامسة، الذي "
                + "تنظمه رابطة الناشرين العرب في برلين.");
        assertThat(fair).hasSize(1);
        assertThat(fair.get(0).name()).isEqualTo("معرض الكتاب العربي");
        assertThat(fair.get(0).ordinal()).isEqualTo(5);
        assertThat(organizerName(fair.get(0))).isEqualTo("رابطة الناشرين العرب");
        Meeting festival = read("أسدل الستار مساء الأحد على مهرجان الأغنية الأمازيغية بنسخته العاشرة، الذي نظمته جمعية "
                + "تيفاوين بمدينة أكادير.").get(0);
        assertThat(festival.ordinal()).isEqualTo(10);
        assertThat(city(festival)).isEqualTo("أكادير");
        List<Meeting> forum = read("اختتم الملتقى الخليجي للمسرح المدرسي في دورته الرابعة أعماله في الكويت يوم الأربعاء "
                + "5 مارس 2025.");
        assertThat(forum).hasSize(1);
        assertThat(forum.get(0).ordinal()).isEqualTo(4);
        assertThat(forum.get(0).type()).isEqualTo(Type.CONFERENCE);
    }

    @Test
    void anOrganNamedByItsAdjectivesMeetsForTheBodyAfterIt() {
        Meeting regional = read("عقدت الكتابة الإقليمية لحزب التقدم والاشتراكية بمراكش اجتماعها العادي يوم السبت 3 ماي "
                + "2025 بمقر الحزب.").get(0);
        assertThat(regional.organizer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("حزب التقدم والاشتراكية");
            assertThat(o.organ()).isEqualTo("الكتابة الإقليمية");
        });
        Meeting office = read("عقد المكتب الجهوي للنقابة الوطنية للتعليم العالي بسطيف اجتماعاً طارئاً صباح الأحد 4 ماي "
                + "2025.").get(0);
        assertThat(office.organizer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("النقابة الوطنية للتعليم العالي");
            assertThat(o.organ()).isEqualTo("المكتب الجهوي");
        });
        Meeting committee = read("عقدت اللجنة الولائية لاتحاد الفلاحين الأحرار جلسة تقييمية يوم الاثنين 5 ماي 2025.")
                .get(0);
        assertThat(committee.organizer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).startsWith("اتحاد الفلاحين");
            assertThat(o.organ()).isEqualTo("اللجنة الولائية");
        });
    }

    @Test
    void aVenueNamedLikeABodyStillSaysWhereTheGatheringSits() {
        assertThat(city(read("قرر المجتمعون عقد الندوة الجهوية للشباب العامل يوم الخميس 10 أبريل 2025 بالمركز الثقافي "
                + "بمدينة وهران.").get(0))).isEqualTo("وهران");
        assertThat(city(read("نظم اتحاد الطلبة السودانيين أمسية ثقافية مساء الجمعة 4 أبريل 2025 في نادي الخريجين "
                + "بمدينة أم درمان.").get(0))).isEqualTo("أم درمان");
        assertThat(city(read("أقامت جمعية الصداقة اللبنانية الأسترالية حفل عشاء يوم الأحد 13 نيسان 2025 في مركز الجالية "
                + "بضاحية بانكستاون في سيدني.").get(0))).isEqualTo("سيدني");
    }

    @Test
    void aSecondGatheringNoOneElseHoldsIsTheBodyOfTheText() {
        List<Meeting> decided = read("عقد مجلس ادارة نادي الرافدين الثقافي اجتماعه الدوري يوم الجمعة 7 آذار 2025 في "
                + "مدينة مالمو، وناقش الاستعدادات لعيد نوروز.\nوقرر المجلس تنظيم وقفة تضامنية امام مبنى البلدية يوم "
                + "السبت 15 آذار 2025.");
        assertThat(decided).hasSize(2);
        assertThat(organizerName(decided.get(1))).isEqualTo("نادي الرافدين الثقافي");
        List<Meeting> called = read("هنأت الجمعية اليمنية الكندية للثقافة أبناء الجالية بفوز ثلاثة منهم في انتخابات "
                + "مجلس المدينة.\nوبهذه المناسبة تدعو الجمعية أبناء الجالية إلى حفل استقبال على شرف الفائزين يوم "
                + "السبت 22 آذار 2025 في قاعة بلقيس.");
        assertThat(organizerName(called.get(0))).isEqualTo("الجمعية اليمنية الكندية للثقافة");
        List<Meeting> trip = read("عقدت الهيئة الإدارية لجمعية خريجي الجامعات الفلسطينية اجتماعها الشهري يوم الأحد 9 "
                + "آذار 2025.\nوأعلنت الهيئة عن تنظيم رحلة للأعضاء الى مدينة بيت لحم في الصيف القادم.");
        assertThat(trip).hasSize(2);
        assertThat(organizerName(trip.get(1))).isEqualTo("جمعية خريجي الجامعات الفلسطينية");
    }

    @Test
    void aRallyIsAGatheringWhileABodyNamedTajammuStaysABody() {
        Meeting called = read("يدعو المكتب النقابي العمال إلى تجمع احتجاجي أمام مقر الوزارة يوم الثلاثاء 11 مارس 2025 "
                + "على الساعة العاشرة صباحا.").get(0);
        assertThat(called.type()).isEqualTo(Type.EVENT);
        assertThat(called.when().time()).hasToString("10:00");
        Meeting held = read("نظم تجمع المهنيين السودانيين تجمعاً جماهيرياً حاشداً في ساحة الحرية بالخرطوم يوم السبت "
                + "5 أبريل 2025.").get(0);
        assertThat(held.type()).isEqualTo(Type.EVENT);
        assertThat(organizerName(held)).isEqualTo("تجمع المهنيين السودانيين");
        assertThat(city(held)).isEqualTo("الخرطوم");
        Meeting decided = read("قررت النقابة تنظيم تجمع عام بساحة الكلية يوم 9 فيفري 2025.").get(0);
        assertThat(decided.type()).isEqualTo(Type.EVENT);
        assertThat(decided.when().start()).hasToString("2025-02-09");
    }

    @Test
    void aNumberedSittingOfAGatheringIsThatGatheringsEditionStillToCome() {
        List<Meeting> forum = read("اختتم الملتقى الوطني الثالث للشباب أعماله في أكادير يوم 21 يونيو 2025.\nوأوصى "
                + "المشاركون بتنظيم الدورة الرابعة من الملتقى بمدينة وجدة في غشت 2026.");
        assertThat(forum).hasSize(2);
        assertThat(forum.get(1).type()).isEqualTo(Type.CONFERENCE);
        assertThat(forum.get(1).ordinal()).isEqualTo(4);
        assertThat(city(forum.get(1))).isEqualTo("وجدة");
        List<Meeting> festival = read("اختتم مهرجان المسرح العربي فعالياته في سوسة يوم الأحد 6 يوليو 2025.\nوقرر المنظمون "
                + "إقامة الدورة الحادية عشرة للمهرجان في مدينة صفاقس يوم 10 يوليو 2026.");
        assertThat(festival).hasSize(2);
        assertThat(festival.get(1).ordinal()).isEqualTo(11);
        assertThat(festival.get(1).when().start()).hasToString("2026-07-10");
        Meeting agreed = read("واتفق المجتمعون على عقد الدورة الثالثة من اللقاء التشاوري في عمّان يوم 14 أيار 2025.")
                .get(0);
        assertThat(agreed.type()).isEqualTo(Type.MEETING);
        assertThat(agreed.ordinal()).isEqualTo(3);
    }

    @Test
    void aGatheringWhoseRelativeClauseSaysItWasDecidedIsStillToCome() {
        Meeting fair = read("وناقش المجلس الاستعدادات لمعرض الحرف اليدوية الذي تقرر تنظيمه في الدوحة يوم 3 آذار 2026.")
                .get(0);
        assertThat(fair.when().start()).hasToString("2026-03-03");
        assertThat(city(fair)).isEqualTo("الدوحة");
        Meeting festival = read("كما استعرض الأعضاء برنامج المهرجان الصيفي الذي تقرر إقامته في مدينة الناظور يوم 12 "
                + "يوليوز 2025.").get(0);
        assertThat(festival.when().start()).hasToString("2025-07-12");
        assertThat(city(festival)).isEqualTo("الناظور");
        Meeting seminar = read("وتطرق الاجتماع إلى الندوة الفكرية التي تقرر عقدها يوم 20 ماي 2025.").get(0);
        assertThat(seminar.type()).isEqualTo(Type.SEMINAR);
        assertThat(seminar.when().start()).hasToString("2025-05-20");
    }

    @Test
    void theFirstBeforeAGatheringNounNumbersIt() {
        assertThat(read("وأعلن رئيس الهيئة المنتخب أنه سيدعو الهيئة إلى أول اجتماع لها يوم الأحد 16 مارس 2025.")
                .get(0).ordinal()).isEqualTo(1);
        assertThat(read("وحدد المكتب يوم الخميس 20 مارس 2025 موعدا لأول لقاء تشاوري مع الجمعيات.").get(0).ordinal())
                .isEqualTo(1);
        assertThat(read("ستعقد رابطة الأطباء العرب أول مؤتمر لها في برلين يوم السبت 12 نيسان 2025.").get(0).ordinal())
                .isEqualTo(1);
    }

    @Test
    void anOrganNamedWithoutItsBodyMeetsForTheBodyTheTextIsBy() {
        Meeting council = read("بيان صادر عن جمعية الخريجين العرب في مالمو\n\nعقد مجلس الفرع اجتماعه الدوري يوم "
                + "الأحد 6 نيسان 2025 وناقش خطة العمل للصيف.").get(0);
        assertThat(council.organizer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("جمعية الخريجين العرب");
            assertThat(o.organ()).isEqualTo("مجلس الفرع");
        });
        Meeting session = read("بلاغ صادر عن رابطة الفنانين التشكيليين\n\nعقد المجلس الوطني دورته الاستثنائية يوم السبت "
                + "3 أيار 2025 في مقر الرابطة.").get(0);
        assertThat(session.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة الفنانين التشكيليين"));
        Meeting chaired = read("ترأس الأستاذ سامي ناصر رئيس نقابة عمال الموانئ – فرع اللاذقية، صباح الاثنين 7 نيسان "
                + "2025، الاجتماع الموسع لمجلس الفرع في مقر النقابة.").get(0);
        assertThat(chaired.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("نقابة عمال الموانئ"));
    }

    @Test
    void aGatheringHeldByAVerbOfItsOwnIsAnotherOneThanTheEventBefore() {
        assertThat(read("وستقام مراسم الدفن في مقبرة الشهداء بصيدا عقب صلاة الظهر، على أن يقام العزاء بمنزل "
                + "العائلة لمدة ثلاثة أيام.")).extracting(Meeting::type).containsExactly(Type.EVENT, Type.EVENT);
        assertThat(read("تقيم الجمعية حفلاً فنياً مساء السبت في قاعة البلدية، كما تقام الأمسية الشعرية يوم الأحد "
                + "في المقر.")).hasSize(2);
        assertThat(read("تنظم النقابة مسيرة عمالية يوم الخميس، وسينطلق هذا التجمع العمالي من ساحة الحرية."))
                .as("a demonstrative points back").hasSize(1);
    }

    @Test
    void aGatheringAtABodysSeatIsThatBodysWhenNoOneElseIsSaidToHoldIt() {
        assertThat(read("انعقد يوم السبت 8 آذار 2025 في مقر اتحاد الكتاب التونسيين بصفاقس لقاء تشاوري حول النشر.")
                .get(0).organizer()).isInstanceOfSatisfying(Organization.class,
                        o -> assertThat(o.name()).isEqualTo("اتحاد الكتاب التونسيين"));
        assertThat(read("أقيمت مساء الجمعة 7 آذار 2025 بمقر جمعية الموسيقيين العرب أمسية موسيقية حضرها جمهور كبير.")
                .get(0).organizer()).isInstanceOfSatisfying(Organization.class,
                        o -> assertThat(o.name()).isEqualTo("جمعية الموسيقيين العرب"));
        assertThat(read("شارك وفد النادي في ندوة عقدت يوم الأحد 9 آذار 2025 في مقر رابطة الصحفيين بعمان.").get(0)
                .organizer()).as("who takes part holds nothing").isNull();
    }

    @Test
    void theVenueThatHostsTheGatheringAsSubjectIsItsPlace() {
        Meeting seat = read("احتضن مقر رابطة الأطباء العرب في برلين صباح الأحد 9 آذار 2025 اجتماعاً تنسيقياً ضم "
                + "وفود الفروع.").get(0);
        assertThat(city(seat)).isEqualTo("برلين");
        assertThat(seat.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة الأطباء العرب"));
        assertThat(read("استضافت قاعة البلدية في مدينة ليون مساء السبت 8 آذار 2025 أمسية شعرية نظمتها جمعية "
                + "الأدباء المغاربة.").get(0).where().venue()).isEqualTo("قاعة البلدية");
        assertThat(city(read("احتضنت قاعة الشهيد كمال بمدينة وهران يوم الخميس 6 آذار 2025 ندوة حول الهجرة.").get(0)))
                .isEqualTo("وهران");
    }

    @Test
    void aGatheringWithADateOfItsOwnIsOneTheTextHoldsWhateverVerbItStandsWith() {
        assertThat(read("ناقش الاجتماع الموسع الذي دعت إليه رابطة الأطباء العرب في ليون، مساء السبت 7 شباط 2026، "
                + "مشروع النظام الداخلي للرابطة.")).singleElement().satisfies(m -> {
                    assertThat(m.type()).isEqualTo(Type.MEETING);
                    assertThat(m.when().start()).hasToString("2026-02-07");
                });
        assertThat(read("وقررت الهيئة الإدارية للنقابة ما يلي: أولاً: رفض القرار. ثانياً: دعوة الأعضاء الى اجتماع "
                + "طارئ يوم الاثنين 9 آذار 2026 في مقر النقابة.")).singleElement()
                .satisfies(m -> assertThat(m.when().start()).hasToString("2026-03-09"));
        assertThat(read("وفي الأمسية الثقافية الشهرية مساء الجمعة 13 شباط 2026 قرأ الشاعر سليم داود قصائد جديدة."))
                .singleElement().satisfies(m -> {
                    assertThat(m.type()).isEqualTo(Type.EVENT);
                    assertThat(m.when().start()).hasToString("2026-02-13");
                });
    }

    @Test
    void aDatedGatheringThatOnlyDatesSomethingElseOrIsTheAddresseesIsNotOneOfTheText() {
        assertThat(read("بعد انتهاء أعمال المؤتمر الخامس للحزب المنعقد بتاريخ 4 آذار 2022، عقدت اللجنة المركزية "
                + "اجتماعها الأول مساء الثلاثاء 8 آذار 2022.")).singleElement()
                .satisfies(m -> assertThat(m.when().start()).hasToString("2022-03-08"));
        assertThat(read("نهنئكم بنجاح مؤتمركم السنوي المنعقد يوم الجمعة 6 آذار 2026 في عمّان.")).isEmpty();
        assertThat(read("وعقدت الجمعية مؤتمرها السادس يوم 2 أيار 2026، وكانت توصيات المؤتمر العلمي الذي نظمته في "
                + "تشرين الأول الماضي قد نبهت الى الأزمة.")).singleElement()
                .satisfies(m -> assertThat(m.ordinal()).isEqualTo(6));
    }

    @Test
    void aFuneralSaidByItsVerbBeforeTheBodyOfTheDeadIsAGathering() {
        assertThat(read("يُشيَّع جثمان الفقيد عند الساعة الرابعة من عصر يوم الخميس 4 كانون الأول 2025 من منزله في حي "
                + "الجامعة.")).singleElement().satisfies(m -> {
                    assertThat(m.type()).isEqualTo(Type.EVENT);
                    assertThat(m.when().start()).hasToString("2025-12-04");
                });
        assertThat(read("وقد شُيّع جثمان الفقيد الى مثواه الأخير وسط حزن أهله.")).singleElement()
                .satisfies(m -> assertThat(m.type()).isEqualTo(Type.EVENT));
        assertThat(read("ويشيع الناس في قريتنا أخباراً كثيرة عن الحصاد.")).isEmpty();
    }

    @Test
    void theAssemblyOfABodysMembersIsAGatheringWhenItSitsAndABodyWhenItActs() {
        assertThat(read("ونعلم أعضاءنا أن الجمعية العمومية العادية ستنعقد يوم الأحد 12 نيسان 2026 في قاعة البلدية."))
                .singleElement().satisfies(m -> {
                    assertThat(m.type()).isEqualTo(Type.ASSEMBLY);
                    assertThat(m.when().start()).hasToString("2026-04-12");
                });
        assertThat(read("انعقدت الهيئة العامة لنقابة المهندسين في عمّان وأقرت التقرير المالي.")).singleElement()
                .satisfies(m -> {
                    assertThat(m.type()).isEqualTo(Type.ASSEMBLY);
                    assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class,
                            o -> assertThat(o.name()).isEqualTo("نقابة المهندسين"));
                });
        assertThat(read("دعت الجمعية العمومية لنادي الخريجين الى انتخابات مبكرة.")).isEmpty();
    }

    @Test
    void theFirstSittingOfABodyIsAGatheringOfItsOwnBesideTheOneReported() {
        assertThat(read("عقدت جمعية الصيادلة يوم الجمعة 6 آذار 2026 اجتماع هيئتها العامة، وانتخبت مجلس إدارة جديداً. "
                + "وفي أول اجتماع له، اختار المجلس الجديد الدكتور سامي علي رئيساً له.")).hasSize(2)
                .last().satisfies(m -> {
                    assertThat(m.type()).isEqualTo(Type.MEETING);
                    assertThat(m.ordinal()).isEqualTo(1);
                });
        assertThat(read("عقد اتحاد الطلبة يوم الجمعة 6 آذار 2026 مؤتمره العام الرابع في بغداد وانتخب لجنة تنفيذية. "
                + "ثم انتخبت اللجنة التنفيذية الجديدة في اجتماعها الأول الطالبة هدى كريم أمينة للسر.")).hasSize(2)
                .last().satisfies(m -> assertThat(m.type()).isEqualTo(Type.MEETING));
        assertThat(read("عقدت نقابة المهندسين يوم الجمعة 6 آذار 2026 مؤتمرها العام الرابع في بغداد. "
                + "وفي جلسته الأولى استمع المؤتمر إلى التقرير الإداري.")).as("the congress's own first session")
                .singleElement().satisfies(m -> assertThat(m.type()).isEqualTo(Type.CONGRESS));
    }

    @Test
    void aPlaceBeforeTheGatheringThatAVerbOfChairingHoldsIsWhereItSat() {
        assertThat(city(read("ترأس رئيس نقابة المعلمين الأستاذ كريم حسن، صباح يوم الاثنين 2 آذار 2026 بمدينة الموصل، "
                + "اجتماع الهيئة الإدارية للنقابة.").get(0))).isEqualTo("الموصل");
        assertThat(city(read("أدار الدكتور سالم جواد مساء السبت 7 آذار 2026 في مدينة الكوت ندوة حول المياه نظمتها "
                + "جمعية المهندسين الزراعيين.").get(0))).isEqualTo("الكوت");
        assertThat(read("ترأس رئيس فرع النقابة في البصرة الأستاذ كريم حسن اجتماع الهيئة الإدارية يوم الاثنين 2 آذار "
                + "2026.").get(0).where()).as("the place of the chair's body").isNull();
    }

    @Test
    void aBodyCelebratingIsAnEventItHoldsThoughNoGatheringNounNamesIt() {
        assertThat(read("احتفلت رابطة الكتاب المغتربين مساء السبت 7 آذار 2026 بالذكرى العشرين لتأسيسها في قاعة المركز "
                + "الثقافي بمدينة ملبورن.")).singleElement().satisfies(m -> {
                    assertThat(m.type()).isEqualTo(Type.EVENT);
                    assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class,
                            o -> assertThat(o.name()).isEqualTo("رابطة الكتاب المغتربين"));
                    assertThat(m.when().start()).hasToString("2026-03-07");
                    assertThat(m.where().city()).isEqualTo("ملبورن");
                });
        assertThat(read("تحتفل جمعية المعلمين المتقاعدين يوم الخميس 12 آذار 2026 بعيد المعلم.")).singleElement()
                .satisfies(m -> assertThat(m.when().start()).hasToString("2026-03-12"));
        assertThat(read("احتفل العالم يوم الأحد 8 آذار 2026 بيوم المرأة العالمي.")).as("no body celebrates").isEmpty();
    }

    @Test
    void aVerbWithAPronounForTheGatheringAfterWhomItIsForNamesWhoHeldIt() {
        assertThat(read("ناقش لقاء موسع لأصحاب المخابز في محافظة البصرة، نظمته جمعية الخبازين يوم الثلاثاء 3 شباط "
                + "2026، ارتفاع أسعار الطحين.")).singleElement().satisfies(m -> {
                    assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class,
                            o -> assertThat(o.name()).isEqualTo("جمعية الخبازين"));
                    assertThat(m.when().start()).hasToString("2026-02-03");
                });
        assertThat(read("اختتمت ندوة فكرية حول مستقبل العمل النقابي في العراق، نظمها اتحاد نقابات العمال يوم السبت 7 "
                + "شباط 2026، أعمالها.")).singleElement().satisfies(m -> assertThat(m.organizer())
                        .isInstanceOfSatisfying(Organization.class,
                                o -> assertThat(o.name()).isEqualTo("اتحاد نقابات العمال")));
        assertThat(read("عقد مجلس الكلية اجتماعاً لطلبة الدراسات العليا في قاعة المكتبة ناقش خطة البحث، نظمته لجنة "
                + "الطلبة يوم الأحد 8 شباط 2026.").get(0).organizer()).as("another verb ends the gathering's phrase")
                        .isInstanceOfSatisfying(Organization.class,
                                o -> assertThat(o.name()).isEqualTo("مجلس الكلية"));
    }

    @Test
    void aFuneralOrAWakeIsHeldByTheFamilyNotByTheBodyThatMourns() {
        assertThat(read("تنعى نقابة المعلمين في البصرة زميلها الأستاذ كريم سالم، وقد شيع جثمان الفقيد ظهر يوم الخميس "
                + "5 شباط 2026 من منزله في حي الجمهورية، على أن يقام مجلس العزاء يوم الجمعة 6 شباط 2026 في جامع "
                + "الرحمن.")).hasSize(2).allSatisfy(m -> assertThat(m.organizer()).isNull());
        assertThat(read("تنعى رابطة المهندسين الزميل سامي داود، وتقبل التعازي يوم السبت 7 شباط 2026 في قاعة الرابطة."))
                .singleElement().satisfies(m -> assertThat(m.organizer()).isNull());
        assertThat(read("أقامت رابطة المهندسين يوم السبت 7 شباط 2026 حفل تأبين للزميل سامي داود في قاعة الرابطة."))
                .as("a memorial a body holds is its own").singleElement()
                .satisfies(m -> assertThat(m.organizer()).isInstanceOf(Organization.class));
    }

    @Test
    void aCityClosingTheVenueInQuotesOrWithoutAPrepositionIsWhereTheGatheringSat() {
        assertThat(city(read("عقدت رابطة الطلبة العرب يوم الجمعة 6 آذار 2026 مؤتمرها السنوي، وذلك في مركز النور في "
                + "العاصمة الألمانية \"برلين\".").get(0))).isEqualTo("برلين");
        assertThat(city(read("نظمت جمعية الجالية المغربية يوم الجمعة 6 آذار 2026 حفلاً فنياً في صالة الأندلس أنتويرب.")
                .get(0))).isEqualTo("أنتويرب");
        assertThat(city(read("عقدت رابطة الطلبة العرب يوم الجمعة 6 آذار 2026 مؤتمرها السنوي في مركز النور في العاصمة "
                + "أوسلو.").get(0))).isEqualTo("أوسلو");
    }

    @Test
    void aLaterMentionOfAnAnnouncedGatheringIsThatGatheringAndSaysWhenAndWhereItSits() {
        assertThat(read("تنظم جمعية الأدباء الشباب أمسية شعرية يشارك فيها عدد من الشعراء الشباب. وستقام الأمسية يوم "
                + "الجمعة 13 آذار 2026 في قاعة نادي الرافدين بمدينة الحلة.")).singleElement().satisfies(m -> {
                    assertThat(m.when().start()).hasToString("2026-03-13");
                    assertThat(m.where().city()).isEqualTo("الحلة");
                });
        assertThat(read("تنظم جمعية الأدباء الشباب ندوة حول الشعر الحديث يشارك فيها عدد من النقاد. وستقام الفعالية "
                + "يوم الجمعة 13 آذار 2026 في قاعة نادي الرافدين.")).as("the noun for any event names it again")
                .singleElement().satisfies(m -> {
                    assertThat(m.type()).isEqualTo(Type.SEMINAR);
                    assertThat(m.when().start()).hasToString("2026-03-13");
                });
        assertThat(read("دعت نقابة المعلمين أعضاءها إلى اجتماع طارئ لمناقشة قرار الوزارة. وسيعقد الاجتماع يوم الأحد "
                + "15 آذار 2026 في مقر النقابة بمدينة النجف.")).singleElement().satisfies(m -> {
                    assertThat(m.session()).isEqualTo(Session.EXTRAORDINARY);
                    assertThat(m.when().start()).hasToString("2026-03-15");
                });
    }

    @Test
    void theSittingThatTheVerbOrTheSettingOfTheGatheringsActsReportsIsItsSession() {
        assertThat(read("وفي ختام أعمال مؤتمرها الرابع الذي انعقد يومي السبت والأحد 7 و8 آذار 2026 في بيروت، أصدرت "
                + "رابطة الكتاب بياناً ختامياً.").get(0).session()).isEqualTo(Session.CLOSING);
        assertThat(read("عقدت نقابة الصحفيين مؤتمرها العام الخامس يومي 7 و8 آذار 2026 في بغداد. وفي جلسته الختامية "
                + "أصدر المؤتمر بياناً أكد فيه دعم حرية الصحافة.").get(0).session()).isEqualTo(Session.CLOSING);
        assertThat(read("عقدت نقابة الصحفيين مؤتمرها العام الخامس يومي 7 و8 آذار 2026 في بغداد، وحضر الجلسة الافتتاحية "
                + "وزير الثقافة.").get(0).session()).as("a sitting only attended is a part of it").isNull();
    }

    @Test
    void aGeneralAssemblyIsAnAssemblyWithOrWithoutTheArticle() {
        Meeting called = read("أعلن مجلس إدارة رابطة الحرفيين عن عقد جمعية عمومية طارئة يوم السبت 14 شباط 2026 "
                + "بمقر الرابطة.").get(0);
        assertThat(called.type()).isEqualTo(Type.ASSEMBLY);
        assertThat(called.session()).isEqualTo(Session.EXTRAORDINARY);
        assertThat(called.when().start()).hasToString("2026-02-14");
        Meeting general = read("عقدت جمعية المغتربين لقاءها العام السنوي يوم الأحد 8 آذار 2026 في قاعة النادي.")
                .get(0);
        assertThat(general.type()).as("a general meeting of the members").isEqualTo(Type.ASSEMBLY);
        Meeting yearly = read("عقدت جمعية المغتربين اجتماعها العام الماضي في قاعة النادي يوم 3 آذار 2025.").get(0);
        assertThat(yearly.type()).as("العام الماضي is last year").isEqualTo(Type.MEETING);
    }

    @Test
    void notTheRegularOneIsExtraordinary() {
        Meeting m = read("تدعو جمعية المهندسين أعضاءها لحضور اجتماع الجمعية العامة غير العادي الذي سيعقد يوم "
                + "الأربعاء 11 آذار 2026 بمقر الجمعية.").get(0);
        assertThat(m.type()).isEqualTo(Type.ASSEMBLY);
        assertThat(m.session()).isEqualTo(Session.EXTRAORDINARY);
    }

    @Test
    void aNumeralInDigitsAfterTheGatheringNumbersIt() {
        Meeting m = read("اختتمت مساء الأحد 21 كانون الأول 2025 بمدينة فاس أشغال المؤتمر الوطني 11 لجمعية "
                + "المعلمين.").get(0);
        assertThat(m.type()).isEqualTo(Type.CONGRESS);
        assertThat(m.ordinal()).isEqualTo(11);
        assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية المعلمين"));
        Meeting counted = read("عقدت جمعية المعلمين اجتماعها يوم 5 آذار 2026 بحضور 40 عضوا.").get(0);
        assertThat(counted.ordinal()).as("a count is no ordinal").isNull();
    }

    @Test
    void aSittingOfABodyIsASessionNumberedByItsOwnOrdinal() {
        Meeting m = read("انعقدت الدورة العادية الأولى للمجلس الوطني لحزب التجديد يوم السبت 7 آذار 2026 في الرباط.")
                .get(0);
        assertThat(m.type()).isEqualTo(Type.SESSION);
        assertThat(m.session()).isEqualTo(Session.REGULAR);
        assertThat(m.ordinal()).isEqualTo(1);
        Meeting urgent = read("عقد المكتب الوطني للنقابة دورة طارئة يوم الإثنين 2 آذار 2026 بمقر النقابة.").get(0);
        assertThat(urgent.type()).isEqualTo(Type.SESSION);
        assertThat(urgent.session()).isEqualTo(Session.EXTRAORDINARY);
    }

    @Test
    void anAnnualSeminarIsASeriesNotARegularSitting() {
        Meeting m = read("نظم منتدى الأساتذة في مدينة ليون يوم السبت 7 آذار 2026 ندوته السنوية الرابعة حول "
                + "التعليم والهجرة.").get(0);
        assertThat(m.type()).isEqualTo(Type.SEMINAR);
        assertThat(m.ordinal()).isEqualTo(4);
        assertThat(m.session()).isNull();
    }

    @Test
    void aMonthIsNoPlaceEvenWhenItSpellsATown() {
        Meeting m = read("ودعت جمعية أصدقاء الجبل أعضاءها إلى المشاركة في مهرجانها الصيفي في آب المقبل.").get(0);
        assertThat(m.where() == null || m.where().city() == null).isTrue();
    }

    @Test
    void aTextOpeningOnMeetingSomeoneReportsThatMeeting() {
        Meeting visit = read("التقى وفد من جمعية الخريجين في كندا سفير تونس الأستاذ منير الحداد في مقر السفارة في "
                + "أوتاوا يوم الخميس 3 تشرين الأول 2024، وجرى البحث في شؤون الجالية.").get(0);
        assertThat(visit.type()).isEqualTo(Type.MEETING);
        assertThat(visit.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية الخريجين"));
        assertThat(visit.when().start()).hasToString("2024-10-03");
        Meeting audience = read("استقبل رئيس رابطة المهندسين الأستاذ سامي عواد وفدا من نقابة المعلمين، وعرض الوفد "
                + "نشاطات النقابة.").get(0);
        assertThat(audience.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة المهندسين"));
        assertThat(read("تستقبل عائلة الفقيد المعزين في دار العائلة يوم الجمعة 4 تشرين الأول 2024."))
                .noneMatch(m -> m.type() == Type.MEETING);
        Meeting paid = read("قام وفد من رابطة الطلبة يوم الثلاثاء 5 أيلول 2023 بزيارة رئيس البلدية في مبنى البلدية "
                + "بمدينة ملبورن.").get(0);
        assertThat(paid.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة الطلبة"));
        assertThat(paid.when().start()).hasToString("2023-09-05");
    }

    @Test
    void aVisitIsHeldByItsHostTheBodyVisitedOrTheOneWhoReceives() {
        Meeting visit = read("سيدات أعمال من تونس يزرن جمعية النساء العاملات بصفاقس\n\nصفاقس- الشروق\n\n"
                + "زار، مؤخرا، وفد من سيدات الأعمال من تونس، جمعية النساء العاملات بصفاقس؛ للتعرف على نشاطاتها.")
                .get(0);
        assertThat(visit.type()).isEqualTo(Type.MEETING);
        assertThat(visit.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).startsWith("جمعية النساء"));
        Meeting paid = read("ضمن جولته في الأردن زار رئيس اتحاد الكتاب الأستاذ نبيل سعد مقر رابطة الفنانين في "
                + "عمان، واطلع على نشاطاتها.").get(0);
        assertThat(paid.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة الفنانين"));
        Meeting member = read("استقبل عضو المكتب السياسي لحزب التقدم وعضو لجنة الشباب؛ النائب الدكتور كمال ناصر "
                + "وفدًا من رابطة الطلبة في بيروت.").get(0);
        assertThat(member.organizer()).as("a member receives in person").isInstanceOfSatisfying(
                org.nashra.model.Person.class, p -> assertThat(p.name()).isEqualTo("كمال ناصر"));
        Meeting head = read("القاهرة - استقبل المهندس كمال ناصر، نقيب المهندسين، وفدا من رابطة الطلبة.").get(0);
        assertThat(head.organizer()).isInstanceOfSatisfying(org.nashra.model.Person.class,
                p -> assertThat(p.name()).isEqualTo("كمال ناصر"));
    }

    @Test
    void aNumberedSittingOfACouncilIsThatCouncilsSittingHeldForItsBody() {
        Meeting m = read("انعقدت؛ الدورة الحادية عشرة العادية للمجلس الوطني لحزب النهضة يوم السبت 3 يناير 2026 "
                + "بمدينة فاس.").get(0);
        assertThat(m.ordinal()).isEqualTo(11);
        assertThat(m.session()).isEqualTo(Session.REGULAR);
        assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("حزب النهضة");
            assertThat(o.organ()).isEqualTo("المجلس الوطني");
        });
        assertThat(m.when().start()).hasToString("2026-01-03");
        assertThat(read("نظمت الجمعية الدورة الرابعة لكرة القدم في ملعب المدينة.")).as("no body sits").isEmpty();
    }

    @Test
    void aForumIsAGatheringWhereTheTextHoldsItAndABodyElsewhere() {
        Meeting edition = read("أوصى المشاركون في الدورة الخامسة للمنتدى الجهوي للشباب الريفي، المنعقد يومي الجمعة "
                + "والسبت 13 و14 آذار 2026 بدار الثقافة، بضرورة دعم المشاريع الصغيرة.").get(0);
        assertThat(edition.type()).isEqualTo(Type.CONFERENCE);
        assertThat(edition.ordinal()).isEqualTo(5);
        assertThat(edition.when().start()).hasToString("2026-03-13");
        Meeting closed = read("اختتمت أمس أعمال المنتدى الجهوي للشباب في مدينة صفاقس.").get(0);
        assertThat(closed.type()).isEqualTo(Type.CONFERENCE);
        assertThat(closed.session()).isEqualTo(Session.CLOSING);
        List<Meeting> body = read("نظم منتدى المعلمين العرب في أوسلو ندوة حول لغة الأم يوم السبت 7 آذار 2026، "
                + "وافتتحت الندوة منسقة المنتدى الأستاذة رشا عبد الله.");
        assertThat(body).extracting(Meeting::type).containsOnly(Type.SEMINAR);
    }

    @Test
    void aRelationalAdjectiveOrTheMarchOfALifeIsNoGathering() {
        List<Meeting> all = read("وقررت الجمعية إقامة حفل تأبيني يليق بمسيرته النضالية مساء الجمعة 13 شباط 2026 "
                + "بقاعة البلدية.");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).when().start()).hasToString("2026-02-13");
        assertThat(read("ناقش المكتب قضايا الضمان الاجتماعي وأوضاع العمال المتقاعدين.")).isEmpty();
    }

    @Test
    void aWorkshopIsASeminarWhenHeldAndAPlaceOfWorkOtherwise() {
        assertThat(read("نظمت جمعية المرأة العاملة ورشة تدريبية حول القيادة يوم السبت 4 تشرين الأول 2025.").get(0)
                .type()).isEqualTo(Type.SEMINAR);
        assertThat(read("عقدت الرابطة ورشة عمل حول الهجرة يوم الأحد 5 تشرين الأول 2025.").get(0).type())
                .isEqualTo(Type.SEMINAR);
        assertThat(read("تطالب النقابة بالتحقيق في الحريق الذي أتى على ورشة خياطة في الحي الصناعي.")).isEmpty();
    }

    @Test
    void aGatheringCitedForWhatItProducedIsNoneTheTextReports() {
        assertThat(read("تطالب نقابة المهندسين الزراعيين بتحسين أوضاع العاملين، وتذكّر بأن توصيات المؤتمر العلمي "
                + "الذي عقدته النقابة في تشرين الأول 2025 لم تنفذ بعد.")).isEmpty();
    }

    @Test
    void anOrganMetByABodyIsThatBodysOrgan() {
        Meeting m = read("عقدت نقابة المهندسين الزراعيين الاجتماع الأول للمجلس الاستشاري في بغداد يوم السبت 4 تشرين "
                + "الأول 2025.").get(0);
        assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("نقابة المهندسين الزراعيين");
            assertThat(o.organ()).isEqualTo("المجلس الاستشاري");
        });
        assertThat(m.where().city()).isEqualTo("بغداد");
        Meeting own = read("عقدت اللجنة المركزية لحزب التقدم اجتماعها الدوري في بغداد يوم السبت 4 تشرين الأول 2025.")
                .get(0);
        assertThat(own.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("حزب التقدم"));
    }

    @Test
    void aCelebrationOpeningTheBodyIsHeldThoughAPeopleCelebrates() {
        Meeting m = read("الاتحاد الكلداني في أستراليا يحتفل بيوم أستراليا\nفي السادس والعشرين من كانون الثاني 2016 "
                + "احتفل الكلدان في ملبورن بيوم أستراليا في حدائق المدينة بحضور عدد من المسؤولين.").get(0);
        assertThat(m.type()).isEqualTo(Type.EVENT);
        assertThat(m.when().start()).hasToString("2016-01-26");
        assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("الاتحاد الكلداني"));
    }

    @Test
    void theReportedGatheringGoingOnIsNoOtherOne() {
        List<Meeting> all = read("افتتح اتحاد التعاونيات صباح الأربعاء 28 كانون الثاني 2026 أعمال المؤتمر الوطني الأول "
                + "للتعاونيات في قاعة البلدية. وتتواصل أعمال المؤتمر غداً الخميس بثلاث ورشات عمل.");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).session()).isEqualTo(Session.OPENING);
    }

    @Test
    void theFuneralEscortedIsAnEventAnnounced() {
        List<Meeting> all = read("تنعى الجمعية الحاجة فاطمة علي. وستشيع الجنازة عقب صلاة الظهر من مسجد الرحمة بمدينة "
                + "طنطا، على أن يقام العزاء مساء الخميس 12 شباط 2026 بدار المناسبات.");
        assertThat(all).hasSize(2);
        assertThat(all.get(0).type()).isEqualTo(Type.EVENT);
        assertThat(all.get(0).where().city()).isEqualTo("طنطا");
    }

    @Test
    void digitsTakingTheArticleNumberTheGathering() {
        Meeting m = read("اختتم المؤتمر الـ12 لنقابة عمال النسيج أشغاله يوم الأحد 8 شباط 2026 في مدينة حمص.").get(0);
        assertThat(m.type()).isEqualTo(Type.CONGRESS);
        assertThat(m.ordinal()).isEqualTo(12);
        assertThat(read("افتتحت رابطة الأدباء مهرجانها الشعري الـ ٣٠ يوم الجمعة 6 شباط 2026.").get(0).ordinal())
                .isEqualTo(30);
    }

    @Test
    void aCongressNamedAsTheSubjectOfWhatItRecommendsIsTheOneReported() {
        Meeting m = read("طالب المؤتمر الـ9 لاتحاد المزارعين، الذي أنهى أشغاله الخميس، بدعم أسعار البذور.").get(0);
        assertThat(m.type()).isEqualTo(Type.CONGRESS);
        assertThat(m.ordinal()).isEqualTo(9);
        assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("اتحاد المزارعين"));
    }

    @Test
    void theGatheringChairedGoesOnWhenTheTextNamesItAgain() {
        List<Meeting> all = read("ترأس السيد عادل حسون رئيس نقابة البنائين – فرع الكوت، مساء السبت 7 شباط 2026، "
                + "الاجتماع الموسع لهيئة الفرع في مدينة الكوت.\nواستهل الاجتماع بقراءة سورة الفاتحة ترحماً على أرواح "
                + "الشهداء، ثم استعرض حسون ما أنجز منذ اجتماعه السابق في كانون الأول الماضي.");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).when().start()).hasToString("2026-02-07");
        assertThat(all.get(0).where().city()).isEqualTo("الكوت");
    }

    @Test
    void theWorksOfTheReportedGatheringStartingAreThatGathering() {
        assertThat(read("افتتح صباح اليوم المؤتمر الرابع لنقابة الصيادلة في مدينة فاس. وتنطلق أشغال المؤتمر بتقديم "
                + "التقرير الأدبي أمام المؤتمرين.")).hasSize(1);
    }

    @Test
    void aGatheringSetInARelativeClauseHangsOnThatClausesVerb() {
        List<Meeting> all = read("عقدت الهيئة الإدارية لنادي الجالية اجتماعها الشهري يوم الأحد 8 شباط 2026، وحيّت "
                + "الأعضاء الذين شاركوا في المسيرة التضامنية بمدينة مالمو.");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).type()).isEqualTo(Type.MEETING);
    }

    @Test
    void aGatheringARelativeClauseSaysWasHeldTodayIsReported() {
        Meeting m = read("أعلن رئيس حزب الوفاق تمسكه بالحوار الوطني. وقال إن الحزب لن يقاطع الانتخابات. وأضاف، في "
                + "كلمته بالمؤتمر العام للحزب الذي عقد اليوم بمقره في مدينة إربد، أن الحوار هو الطريق.").get(0);
        assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).contains("الوفاق"));
        assertThat(m.where().city()).isEqualTo("إربد");
        assertThat(read("أشاد الاتحاد بتوصيات المؤتمر الذي عقد في مدينة إربد عام 2019.")).isEmpty();
    }

    @Test
    void theGatheringWhatIsReportedCameDuringIsTheOneReported() {
        Meeting m = read("دعا رئيس جمعية المهندسين الى تحديث قانون المهنة. وطالب بحماية أجور المهندسين الشباب. جاء ذلك "
                + "خلال كلمته في الملتقى الهندسي الثالث للجمعية في مدينة نابلس.").get(0);
        assertThat(m.type()).isEqualTo(Type.CONFERENCE);
        assertThat(m.ordinal()).isEqualTo(3);
        assertThat(m.where().city()).isEqualTo("نابلس");
        assertThat(read("دعا رئيس الجمعية الى تحديث القانون. جاء ذلك في بيان أصدرته الجمعية اليوم.")).isEmpty();
    }

    @Test
    void aGatheringInConstructWithADefiniteBodyIsTheOneReportedNamedAgain() {
        List<Meeting> all = read("انتخبت الجمعية العمومية لنادي الخريجين مجلس إدارة جديداً خلال اجتماعها الذي عقد اليوم "
                + "الجمعة بمقر النادي. وشهد اجتماع الجمعية العمومية نقاشاً حول التقرير المالي.");
        assertThat(all).hasSize(1);
    }

    @Test
    void theCourseOfAWorkIsNoMarch() {
        assertThat(read("تنعى رابطة الكتاب الزميل سالم حداد الذي ترك بصمة واضحة في مسيرة الأدب الوطني.")).isEmpty();
        assertThat(read("نظمت النقابة مسيرة العودة يوم الجمعة 6 شباط 2026 في مدينة غزة.").get(0).type())
                .isEqualTo(Type.EVENT);
    }

    @Test
    void theGeneralAssemblyHeldIsTheGatheringUnlessItHoldsOne() {
        Meeting m = read("عُقدت مساء أمس الهيئة العامة العادية لجمعية المزارعين في مدينة الكرك.").get(0);
        assertThat(m.type()).isEqualTo(Type.ASSEMBLY);
        assertThat(m.where().city()).isEqualTo("الكرك");
        assertThat(read("عقدت الهيئة العامة لجمعية المزارعين اجتماعها السنوي مساء أمس.")).hasSize(1);
    }

    @Test
    void ceremoniesAreEventsInEitherPlural() {
        Meeting m = read("تنعى الجمعية فقيدها، وستقام مراسيم الدفن في مقبرة المدينة يوم الأحد 8 شباط 2026.").get(0);
        assertThat(m.type()).isEqualTo(Type.EVENT);
        assertThat(m.when().start()).hasToString("2026-02-08");
    }

    @Test
    void aMeetingTheMembersAssemblyHoldsIsAnAssembly() {
        assertThat(read("عقدت الجمعية العمومية لنادي الصيادين اجتماعاً طارئاً يوم الخميس 5 شباط 2026 في مقر النادي.")
                .get(0).type()).isEqualTo(Type.ASSEMBLY);
    }

    @Test
    void theOrdinaryCongressIsStatutoryAndOneForAPublicIsAConference() {
        Meeting ordinary = read("عقدت رابطة الممرضين مؤتمرها العادي الرابع يوم السبت 7 شباط 2026 في مدينة وهران.").get(0);
        assertThat(ordinary.type()).isEqualTo(Type.CONGRESS);
        assertThat(ordinary.session()).isEqualTo(Session.REGULAR);
        assertThat(read("افتتح مساء اليوم المؤتمر الثاني للأطباء المغتربين في مدينة بيروت.").get(0).type())
                .isEqualTo(Type.CONFERENCE);
    }

    @Test
    void theSittingARelativeClauseSaysWasHeldIsTheSessionReported() {
        Meeting m = read("ارتفعت أسعار الأدوية هذا العام. وتشكو المستشفيات من نقص حاد. وطالب المؤتمر الثالث لنقابة الأطباء، "
                + "الذي اختتم أعماله أمس في مدينة سوسة، بزيادة الدعم.").get(0);
        assertThat(m.type()).isEqualTo(Type.CONGRESS);
        assertThat(m.session()).isEqualTo(Session.CLOSING);
        assertThat(m.where().city()).isEqualTo("سوسة");
    }

    @Test
    void aHeadingInThePresentNamesTheGatheringTheBodyAnnounces() {
        List<Meeting> all = read("الرابطة تنظم أمسية شعرية في مدينة ليون\nتنظم رابطة الشعراء العرب أمسية شعرية يوم السبت "
                + "14 شباط 2026 على الساعة السابعة مساء.");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).when().start()).hasToString("2026-02-14");
        assertThat(all.get(0).where().city()).isEqualTo("ليون");
    }

    @Test
    void aSloganOrAChairSetApartByCommasDoesNotEndTheClauseThatSaysWhere() {
        Meeting slogan = read("عقد اتحاد المزارعين مؤتمره الرابع، تحت شعار \"الأرض لمن يزرعها\"، في مدينة حمص.")
                .get(0);
        assertThat(slogan.where().city()).isEqualTo("حمص");
        Meeting chair = read("عقدت الهيئة الإدارية لرابطة المهندسين اجتماعا، برئاسة المهندس سامي خليل، "
                + "بالعاصمة الأردنية عمان.").get(0);
        assertThat(chair.where().city()).isEqualTo("عمان");
        assertThat(chair.where().country()).isEqualTo("JO");
    }

    @Test
    void aTajammuStandingBeforeAPlaceOrHeldByARelativeClauseIsARallyNotABody() {
        Meeting gate = read("تدعو النقابة أعضاءها إلى التجمع أمام مبنى الوزارة صباح الاثنين 3 آذار 2025.").get(0);
        assertThat(gate.type()).isEqualTo(Type.EVENT);
        assertThat(gate.where().venue()).isEqualTo("مبنى الوزارة");
        Meeting held = read("دعت الرابطة إلى المشاركة في التجمع الذي سيقام في ساحة البلدية يوم الجمعة 7 آذار 2025.")
                .get(0);
        assertThat(held.type()).isEqualTo(Type.EVENT);
        assertThat(held.when().start()).hasToString("2025-03-07");
    }
    @Test
    void aPastGatheringOfARelativeClauseThatTheTextsActorTookPartInIsHeld() {
        List<Meeting> all = read("شارك وفد من نادي الجالية المغربية في المؤتمر المنعقد في مدينة ليون لمناقشة أوضاع "
                + "المهاجرين. وفي المساء شارك الوفد في الحفل الذي نظمته «جمعية الصداقة الفرنسية العربية» في قاعة "
                + "البلدية في مدينة غرونوبل.");
        assertThat(all).hasSize(2);
        assertThat(all.get(0).type()).isEqualTo(Type.CONFERENCE);
        assertThat(all.get(0).where().city()).isEqualTo("ليون");
        assertThat(all.get(1).type()).isEqualTo(Type.EVENT);
        assertThat(all.get(1).organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية الصداقة الفرنسية العربية"));
        assertThat(all.get(1).where().city()).isEqualTo("غرونوبل");
        Meeting closed = read("انتخبت الهيئة رئيسة جديدة لها، وذلك في ختام المؤتمر الذي أقيم في مدينة صفاقس.").get(0);
        assertThat(closed.where().city()).isEqualTo("صفاقس");
    }
    @Test
    void aCallWithItsDayInAnAsideCallsToAGatheringThatSitsOnItsOwnDay() {
        Meeting m = read("دعت نقابة عمال البناء في مدينة الخليل، اليوم الاثنين، إلى وقفة تضامنية مع العمال المفصولين. "
                + "وطالبت النقابة أعضاءها بالمشاركة في الوقفة ظهر يوم الخميس القادم أمام مبنى البلدية.").get(0);
        assertThat(m.type()).isEqualTo(Type.EVENT);
        assertThat(m.when().text()).contains("الخميس");
    }
    @Test
    void aBodysNamedCongressWithAMarkOfTheFutureIsAnnouncedAsACongressOfItsOwn() {
        List<Meeting> all = read("عقد فرع نقابة الصيادلة بمدينة حمص لقاءه السنوي يوم الخميس الماضي. وخاطب رئيس الفرع "
                + "الحاضرين الذين يفصلهم عن المؤتمر العام الرابع لنقابة الصيادلة السوريين والمقرر انعقاده في العاشر "
                + "من الشهر القادم.");
        assertThat(all).hasSize(2);
        assertThat(all.get(1).type()).isEqualTo(Type.CONGRESS);
        assertThat(all.get(1).ordinal()).isEqualTo(4);
        assertThat(all.get(1).organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("نقابة الصيادلة السوريين"));
    }
}
