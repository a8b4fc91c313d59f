package org.nashra.parser.internal.frame.header;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nashra.model.Bulletin;
import org.nashra.model.Bulletin.Kind;
import org.nashra.model.Organization;
import org.nashra.model.Person;
import org.nashra.parser.BulletinParser;

/** What the parser reads around the body: genre, headline, dateline and issuer. */
class HeaderFramesTest {

    private static Bulletin read(String text) {
        return BulletinParser.parse(text);
    }

    @Test
    void theGenreIsNamedByTheHeadingWord() {
        assertThat(read("بيان\n\nتدين الرابطة قرار اغلاق المدرسة وتطالب بالتراجع عنه فوراً.").kind()).isEqualTo(Kind.STATEMENT);
        assertThat(read("نعي\n\nببالغ الاسى ينعى النادي الثقافي عضوه المؤسس الاستاذ جمال العزاوي.").kind())
                .isEqualTo(Kind.CONDOLENCE);
        assertThat(read("دعوة\n\nيسر جمعية الخريجين ان تدعوكم لحضور حفلها السنوي في قاعة الجامعة.").kind())
                .isEqualTo(Kind.INVITATION);
        assertThat(read("برقية تهنئة\n\nتتقدم النقابة بأحر التهاني الى زميلاتها وزملائها بمناسبة العيد.").kind())
                .isEqualTo(Kind.GREETING);
    }

    @Test
    void withoutAHeadingWordTheGenreComesFromWhatTheBodyDoes() {
        assertThat(read("عقد المكتب التنفيذي لاتحاد الشبيبة اجتماعه الاعتيادي في هلسنكي وناقش خطة العمل.").kind())
                .isEqualTo(Kind.MEETING);
        assertThat(read("اختتم المؤتمر الرابع لرابطة المعلمين اعماله في دوسلدورف بانتخاب قيادة جديدة.").kind())
                .isEqualTo(Kind.CONFERENCE);
        assertThat(read("يتشرف المركز الثقافي بدعوتكم لحضور الامسية الموسيقية مساء الجمعة.").kind())
                .isEqualTo(Kind.INVITATION);
        assertThat(read("تنعى منظمة الحزب في هامبورغ الرفيق صالح المهدي.").kind()).isEqualTo(Kind.CONDOLENCE);
        assertThat(read("نتقدم لاعضاء جمعيتنا بأحر التهاني بمناسبة نجاح الانتخابات.").kind()).isEqualTo(Kind.GREETING);
        assertThat(read("ويطالب التجمع باطلاق سراح المعتقلين.").kind()).isEqualTo(Kind.STATEMENT);
        assertThat(read("الطقس اليوم مشمس").kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void aHeadlineWhoseVerbCongratulatesOrConsolesNamesALetter() {
        assertThat(read("نقابة المعلمين تهنئ الطلبة بالعام الدراسي الجديد\n"
                + "بمناسبة بدء العام الدراسي نتمنى لكل الطلبة والمعلمين عاما مليئا بالنجاح والعطاء والتفوق.").kind())
                .isEqualTo(Kind.GREETING);
        assertThat(read("رئيس الرابطة يعزي أسرة الشاعر الراحل\n"
                + "بعث رئيس الرابطة اليوم رسالة الى أسرة الشاعر عبر فيها عن حزنه العميق لفقدان صوت أدبي كبير.").kind())
                .isEqualTo(Kind.CONDOLENCE);
    }

    @Test
    void aProfessionalUnionInTheHeadlineCongratulatesNobody() {
        assertThat(read("المؤتمر الاول لنقابة الصحفيين المهنيين\n"
                + "عقد المؤتمر الاول لنقابة الصحفيين المهنيين في تونس يوم السبت وانتخب هيئة جديدة للنقابة.").kind())
                .isEqualTo(Kind.CONFERENCE);
    }

    @Test
    void aLetterSendingCondolencesWithoutAHeadingIsACondolence() {
        assertThat(read("تقدم رئيس النادي الثقافي بخالص التعازي الى عائلة الفنان الراحل ومحبيه في كل مكان.").kind())
                .isEqualTo(Kind.CONDOLENCE);
    }

    @Test
    void aStatementThatOpensOnOneMeetingReportsThatMeeting() {
        assertThat(read("بلاغ صادر عن اللجنة التنفيذية لرابطة الكتاب\n"
                + "عقدت اللجنة التنفيذية لرابطة الكتاب اجتماعها الدوري يوم الأحد وناقشت برنامج الموسم الثقافي.\n"
                + "وطالبت اللجنة بدعم المكتبات العامة في الأحياء الشعبية.").kind()).isEqualTo(Kind.MEETING);
        assertThat(read("البيان الختامي للدورة العادية لمجلس الرابطة\n"
                + "انعقدت الدورة العادية لمجلس رابطة الكتاب يوم الأحد في مقر الرابطة بحضور أعضائه.\n"
                + "وطالب المجلس بدعم المكتبات العامة في الأحياء الشعبية.").kind()).isEqualTo(Kind.STATEMENT);
    }

    @Test
    void theClosingStatementOfAConferenceHeldIsAConference() {
        assertThat(read("البيان الختامي للمؤتمر العام الخامس لاتحاد العمال المغاربة في فرنسا\n"
                + "اختتم المؤتمر العام الخامس لاتحاد العمال المغاربة في فرنسا أعماله يوم الأحد في باريس.\n"
                + "وطالب المؤتمر بحماية حقوق العمال المهاجرين.").kind()).isEqualTo(Kind.CONFERENCE);
        assertThat(read("البيان الختامي لملتقى الشباب الخليجي الثالث\n"
                + "أصدر منتدى الشباب الخليجي في ختام أعمال ملتقاه الثالث الذي انعقد في الدوحة بياناً طالب فيه "
                + "بدعم المبادرات الشبابية.").kind()).isEqualTo(Kind.CONFERENCE);
        assertThat(read("البيان الختامي\n"
                + "في ختام أعمال مؤتمره الوطني السادس الذي انعقد في الخرطوم، أكد حزب البناء الوطني تمسكه بالسلام.\n"
                + "وطالب المؤتمر بوقف الحرب.").kind()).isNotEqualTo(Kind.CONFERENCE);
    }

    @Test
    void aCallToAttendAddressedToMembersNamedAfterItIsAnInvitation() {
        assertThat(read("يتشرف المكتب المسير لجمعية المهاجرين بدعوة جميع المنخرطين لحضور الجمع العام العادي يوم "
                + "الأحد المقبل بمقر الجمعية.").kind()).isEqualTo(Kind.INVITATION);
        assertThat(read("تتشرف الهيئة الادارية لنادي الجالية بدعوة السادة الأعضاء الى حضور اجتماع الهيئة العامة "
                + "في قاعة النادي.").kind()).isEqualTo(Kind.INVITATION);
        assertThat(read("يسر رابطة الطلبة دعوة أبناء الجالية للمشاركة في أمسيتها الثقافية مساء الجمعة.").kind())
                .isEqualTo(Kind.INVITATION);
    }

    @Test
    void aReportOfElectionResultsIsOfNoOtherGenre() {
        assertThat(read("أعلنت لجنة الانتخابات في نقابة المعلمين النتائج النهائية، فحصلت قائمة الوفاء على 12 مقعداً "
                + "وحصلت قائمة التغيير على 5 مقاعد. وطالبت اللجنة الفائزين بالالتزام بالقانون.").kind())
                .isEqualTo(Kind.OTHER);
        assertThat(read("فازت كتلة العمل الطلابي بـ 9 مقاعد من أصل 15 في انتخابات مجلس الطلبة، بينما نالت الكتلة "
                + "المستقلة 6 مقاعد.").kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void aThirdPersonAnnouncementOfAPublicEventIsAnInvitation() {
        assertThat(read("دعت جمعية الطلبة العرب في برلين أعضاءها الى حضور حفلها السنوي يوم السبت القادم في قاعة الجامعة.")
                .kind()).isEqualTo(Kind.INVITATION);
        assertThat(read("تنظم رابطة المرأة العربية معرضا للكتاب في مقرها من العاشر حتى العشرين من الشهر المقبل.")
                .kind()).isEqualTo(Kind.INVITATION);
        assertThat(read("نظمت رابطة المرأة العربية معرضا للكتاب في مقرها وزاره عدد كبير من أبناء الجالية.")
                .kind()).isNotEqualTo(Kind.INVITATION);
    }

    @Test
    void aLineBelowTheBodyThatActsIsNoSignature() {
        Bulletin b = read("تهنئة\n\nتتقدم الجمعية بأحر التهاني الى رئيسها الجديد بمناسبة انتخابه في المؤتمر الأخير للجمعية.\n"
                + "نعلن استعدادنا الدائم للعمل معه من أجل مستقبل الجمعية\n"
                + "الهيئة الادارية لجمعية الأطباء العرب");
        assertThat(b.resolutions()).extracting(r -> r.kind().name()).contains("PLEDGE");
    }

    @Test
    void aStatementHeadingNamesItsIssuerAndAnOfficeIsTheOrganOfItsBody() {
        Bulletin b = read("بيان مكتب العلاقات الخارجية لحزب العمال\n\n"
                + "يطالب الحزب بالإفراج الفوري عن جميع المعتقلين السياسيين ووقف الملاحقات الأمنية بحق الناشطين.");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("حزب العمال");
            assertThat(o.organ()).isEqualTo("مكتب العلاقات الخارجية");
        });
    }

    @Test
    void youthWingsFederationsAmicalesAndObservatoriesAreBodies() {
        assertThat(read("عقدت شبيبة العمل الديمقراطي اجتماعها الوطني يوم الأحد بالرباط.").issuer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).isEqualTo("شبيبة العمل الديمقراطي"));
        assertThat(read("نظمت الكونفدرالية الديمقراطية للشغل وقفة احتجاجية أمام البرلمان يوم الخميس.").meetings().get(0)
                .organizer()).isInstanceOfSatisfying(Organization.class,
                        o -> assertThat(o.name()).isEqualTo("الكونفدرالية الديمقراطية للشغل"));
        assertThat(read("وطالبت ودادية العمال المغاربيين في ليون السلطات بتسوية أوضاع المهاجرين.").issuer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).startsWith("ودادية العمال"));
        assertThat(read("أكد المرصد العراقي للحريات الصحفية أن الاعتداء على الصحفيين جريمة.").issuer())
                .isInstanceOfSatisfying(Organization.class,
                        o -> assertThat(o.name()).isEqualTo("المرصد العراقي للحريات الصحفية"));
    }

    @Test
    void theBodyThatIssuesAStatementIssuesTheText() {
        Bulletin b = read("أصدرت رابطة الكتاب المستقلين بياناً أكدت فيه رفضها لقانون الرقابة الجديد على النشر.");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة الكتاب المستقلين"));
    }

    @Test
    void weInABodySayWhichBodySpeaks() {
        Bulletin b = read("يسرنا في جمعية الصداقة العربية أن نعلن عن افتتاح مقرنا الجديد في وسط المدينة للأعضاء والأصدقاء.");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية الصداقة العربية"));
    }

    @Test
    void aHeadlineOpeningOnABodyAndItsVerbNamesTheIssuer() {
        Bulletin b = read("جمعية المهندسين تهنئ الشعب بالعيد الوطني\n"
                + "بهذه المناسبة الوطنية الكبيرة نتمنى للوطن وأبنائه دوام الأمن والتقدم والازدهار في السنوات المقبلة.");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية المهندسين"));
    }

    @Test
    void aReportOpeningOnABodyAndItsVerbIsIssuedByThatBody() {
        assertThat(read("رابطة الفنانين التشكيليين في المهجر تنعى الرسام الكبير سليم داود الذي رحل عن عالمنا بعد صراع طويل مع المرض وتستذكر أعماله.\n"
                + "كان الراحل من مؤسسي الرابطة ومن أكثر أعضائها عطاءً.").issuer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).startsWith("رابطة الفنانين التشكيليين"));
        assertThat(read("النقابة العامة لعمال النسيج تطالب الحكومة بصرف الأجور المتأخرة منذ ثلاثة أشهر.").issuer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).isEqualTo("النقابة العامة لعمال النسيج"));
        assertThat(read("اتحاد الطلبة الديمقراطي يدعو الطلاب إلى مقاطعة الامتحانات احتجاجاً على رفع الرسوم.").issuer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).isEqualTo("اتحاد الطلبة الديمقراطي"));
    }

    @Test
    void aHeadlineNamingTheGenreInConstructWithABodyNamesTheIssuer() {
        assertThat(read("تعزية جمعية المهندسين العرب في وفاة الزميل سامر الخطيب\n"
                + "بقلوب مؤمنة بقضاء الله وقدره تلقينا نبأ وفاة الزميل المهندس سامر الخطيب، ونتقدم الى أسرته بأحر التعازي.").issuer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).isEqualTo("جمعية المهندسين العرب"));
        assertThat(read("برقية تعزية نقابة المعلمين بوفاة الأستاذ نبيل يوسف\n"
                + "تلقت الأسرة التربوية ببالغ الحزن نبأ رحيل المربي الفاضل، ونسأل الله له الرحمة.").issuer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).isEqualTo("نقابة المعلمين"));
        assertThat(read("البيان الختامي للدورة الثانية للمجلس الوطني لحركة الشباب الحر\n"
                + "أنهى المجلس أعماله بعد يومين من النقاش، وصادق على التقرير المالي وعلى خطة العمل للعام المقبل.").issuer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).contains("حركة الشباب الحر"));
    }

    @Test
    void aGatheringOfBodiesInThePluralIsNoIssuerOfItsClosingStatement() {
        Bulletin b = read("البيان الختامي للملتقى الأول للنقابات العمالية العربية\n"
                + "اختتم الملتقى الأول للنقابات العمالية العربية الذي نظمه الاتحاد الدولي لنقابات العمال العرب أعماله أمس في عمّان.");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).startsWith("الاتحاد الدولي"));
    }

    @Test
    void aBodyNamedByAPossessedNounPointsBackToTheBodyNamedBeforeIt() {
        assertThat(read("أجرت رابطة الأطباء العرب في برلين انتخابات لهيئتها الإدارية يوم السبت الماضي، وفاز فيها عشرة أعضاء.").issuer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).startsWith("رابطة الأطباء العرب"));
        assertThat(read("عقدت جمعية الصيادلة الشباب اجتماعاً لمجلس إدارتها يوم الأحد في مقرها بالمدينة.").issuer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).startsWith("جمعية الصيادلة"));
        assertThat(read("نظم نادي الخريجين حفلاً لأعضاء هيئته العامة مساء الخميس في قاعة البلدية.").issuer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).startsWith("نادي الخريجين"));
    }

    @Test
    void theIssuerIsNamedByItsFullestMention() {
        Bulletin b = read("نقابة الصحفيين تدعو إلى التظاهر\n"
                + "دعت النقابة الوطنية للصحفيين المستقلين كافة الزملاء إلى المشاركة في الوقفة التي تنظمها نقابة الصحفيين يوم الاثنين أمام البرلمان.");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("النقابة الوطنية للصحفيين المستقلين"));
    }

    @Test
    void aTextWhoseOpeningSentenceSendsCongratulationsOrCondolencesIsOfThatGenre() {
        assertThat(read("تقدمت رابطة المهندسين العرب بأحر التهاني إلى الدكتور سالم العمر بمناسبة انتخابه رئيساً للجامعة. "
                + "وأقامت الرابطة مساء الأحد حفل استقبال في مقرها بحضور أعضائها.").kind()).isEqualTo(Kind.GREETING);
        assertThat(read("هنأ رئيس اتحاد الكتاب الأديبة سعاد الحسن بفوزها بجائزة الرواية العربية، مشيداً بمسيرتها الأدبية. "
                + "وسيقام حفل تكريمها في مهرجان الربيع الثقافي الشهر المقبل.").kind()).isEqualTo(Kind.GREETING);
        assertThat(read("تقدمت نقابة المحامين بخالص التعازي إلى أسرة الزميل المحامي فهد الراشد. "
                + "وشارك وفد من النقابة في مهرجان التأبين الذي أقيم مساء الخميس.").kind()).isEqualTo(Kind.CONDOLENCE);
    }

    @Test
    void aNewsItemAboutOneLetterIsIssuedByItsSender() {
        Bulletin b = read("بعث رئيس نقابة الصحفيين الأستاذ كريم حداد برقية تعزية الى عائلة الكاتب الراحل سمير العلي.");
        assertThat(b.issuer()).isInstanceOfSatisfying(org.nashra.model.Person.class,
                p -> assertThat(p.name()).isEqualTo("كريم حداد"));
    }

    @Test
    void theHeadlineIsTheFirstHeadingLineThatIsATitle() {
        Bulletin b = read("تحت شعار «معاً من اجل المساواة»\nافتتاح المؤتمر الثالث لرابطة المرأة\n\n"
                + "فيينا – افتتح المؤتمر الثالث لرابطة المرأة اعماله بحضور عدد كبير من الضيوف والمندوبات.");
        assertThat(b.title()).isEqualTo("افتتاح المؤتمر الثالث لرابطة المرأة");
    }

    @Test
    void withoutAHeadlineTheTitleIsTheMeetingsName() {
        assertThat(read("انعقد المؤتمر السادس لاتحاد الكتاب العرب في السويد يوم السبت واستمر يومين.").title())
                .isEqualTo("المؤتمر السادس لاتحاد الكتاب العرب في السويد");
    }

    @Test
    void aDatelineAtTheTopGivesItsCityAndDate() {
        Bulletin b = read("مالمو – 12/5/2021\nعقدت الجمعية اجتماعها الشهري في مقرها وناقشت تقرير اللجنة المالية.");
        assertThat(b.dateline().place().city()).isEqualTo("مالمو");
        assertThat(b.dateline().start()).hasToString("2021-05-12");
    }

    @Test
    void aDatelineInTheSignatureBlock() {
        Bulletin b = read("بيان\n\nتطالب اللجنة بوقف الترحيل القسري للاجئين وتدعو المنظمات الانسانية الى التدخل العاجل.\n\n"
                + "اللجنة التنفيذية لجمعية اللاجئين\nبرلين في 3 حزيران 2022");
        assertThat(b.dateline().place().city()).isEqualTo("برلين");
        assertThat(b.dateline().start()).hasToString("2022-06-03");
    }

    @Test
    void theSignatoryIssuesTheText() {
        Bulletin b = read("تحية\n\nتتوجه الهيئة الادارية بالتحية الى جميع المتطوعين في مشروع الترجمة لجهودهم الكبيرة.\n\n"
                + "الهيئة الادارية لمنتدى الحوار العربي");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("منتدى الحوار العربي");
            assertThat(o.organ()).isEqualTo("الهيئة الادارية");
        });
    }

    @Test
    void anOrganAloneSigningIsTheOrganOfTheBodyNamedInTheHeading() {
        Bulletin b = read("بيان صادر عن رابطة الطلبة العرب في بلجيكا\n\n"
                + "تستنكر الرابطة الاعتداء على الطلبة امام الجامعة وتطالب بمحاسبة المعتدين.\n\nالمكتب التنفيذي");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("رابطة الطلبة العرب");
            assertThat(o.organ()).isEqualTo("المكتب التنفيذي");
        });
    }

    @Test
    void aReportIsIssuedByTheOrganizerOfItsMeeting() {
        Bulletin b = read("عقدت جمعية الطلبة السودانيين اجتماعها في القاهرة وقررت تنظيم حملة للتبرع بالدم.");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية الطلبة السودانيين"));
    }

    @Test
    void weDescribingOurselvesIssueTheText() {
        Bulletin b = read("ومن جهتنا كجمعية للمهندسين العراقيين سنعمل على متابعة الملف مع الجهات المعنية.");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية للمهندسين العراقيين"));
    }

    @Test
    void aJointStatementIsIssuedByItsSignersAsAGroup() {
        Bulletin b = read("بيان مشترك\n\nتدين القوى والاحزاب الموقعة ادناه الاعتداء على المتظاهرين وتطالب بمحاسبة الفاعلين.\n\n"
                + "حزب العمل الوطني\nحركة الشباب الديمقراطي");
        assertThat(b.issuer()).isInstanceOfSatisfying(org.nashra.model.Group.class,
                g -> assertThat(g.text()).isEqualTo("القوى والاحزاب الموقعة ادناه"));
    }

    @Test
    void aUnitSigningWithItsBodyIsABranchOfThatBody() {
        Bulletin b = read("تهنئة\n\nتتقدم لجنة كندا في حزب العمال الديمقراطي بأحر التهاني الى الرفاق الفائزين.\n\n"
                + "لجنة كندا – حزب العمال الديمقراطي\nتورونتو في 3/6/2024");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("حزب العمال الديمقراطي");
            assertThat(o.branch()).isEqualTo("لجنة كندا");
        });
    }

    @Test
    void anOfficeSigningForTheBodyThatHeldTheMeetingLeavesTheBodyAsIssuer() {
        Bulletin b = read("عقدت الهيئة الادارية لجمعية الجالية اليمنية اجتماعها الشهري في مدينة شيفيلد.\n\n"
                + "المكتب الاعلامي لجمعية الجالية اليمنية في بريطانيا");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("جمعية الجالية اليمنية");
            assertThat(o.organ()).isEqualTo("الهيئة الادارية");
        });
    }

    @Test
    void signersNamingThemselvesAfterWeAreAGroup() {
        Bulletin b = read("بيان\n\nنحن، الاتحادات والنوادي العربية الموقعة أدناه، نرفض قرار اغلاق المركز الثقافي.\n\n"
                + "- اتحاد الطلبة العرب\n- النادي العربي في برلين");
        assertThat(b.issuer()).isInstanceOfSatisfying(org.nashra.model.Group.class,
                g -> assertThat(g.text()).isEqualTo("الاتحادات والنوادي العربية الموقعة أدناه"));
    }

    @Test
    void anOpeningSubjectThatIsAUnitOfABodyGivesTheBody() {
        Bulletin b = read("تتقدم منسقية ألمانيا في حركة الشباب الديمقراطي بأحر التهاني الى الرفاق الفائزين.");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("حركة الشباب الديمقراطي"));
    }

    @Test
    void aDatelineMaySetTheCityApartWithACommaOrAParenthesis() {
        Bulletin comma = read("بيان\n\nتدين الجمعية قرار اغلاق المدرسة.\n\nالجمعية العربية\nديربورن، ميشيغان في 20/12/2024");
        assertThat(comma.dateline().start()).hasToString("2024-12-20");
        assertThat(comma.dateline().place().city()).isEqualTo("ديربورن");
        assertThat(comma.dateline().place().region()).isEqualTo("ميشيغان");
        Bulletin dated = read("بيان\n\nأوتاوا، ٣ مايو ٢٠٢٤\nتدين الجمعية قرار اغلاق المدرسة.");
        assertThat(dated.dateline().start()).hasToString("2024-05-03");
        Bulletin own = read("مؤتمر الجالية\n\nمدريد (خاص) – عقدت الجمعية العربية مؤتمرها الثاني يوم 4 مايو 2024.");
        assertThat(own.dateline().text()).isEqualTo("مدريد (خاص)");
        assertThat(own.dateline().start()).isNull();
        assertThat(own.meetings().get(0).when().start()).hasToString("2024-05-04");
    }
    @Test
    void aTextOpeningOnABodyIssuingAStatementIsAStatementWhateverMeetingsItRecalls() {
        assertThat(read("أصدرت رابطة الجالية الفلسطينية في السويد بياناً حول قرار الحكومة الأخير، أكدت فيه أن "
                + "هيئتها الإدارية اجتمعت يوم الأحد 3 آذار 2019 ورفضت القرار.").kind()).isEqualTo(Kind.STATEMENT);
        assertThat(read("وزع حزب الوحدة الشعبية بلاغاً على وسائل الإعلام أعلن فيه رفضه للقانون الجديد.").kind())
                .isEqualTo(Kind.STATEMENT);
        assertThat(read("موقف الحزب من الحكومة\nأصدر حزب الوحدة الشعبية بياناً\nحول مشاركته في الحكومة\n"
                + "حيث أكد أن المكتب السياسي للحزب قد اجتمع بتاريخ 20/5/2019\nوقرر عدم المشاركة").kind())
                .isEqualTo(Kind.STATEMENT);
        assertThat(read("أصدر المكتب السياسي لحزب العدالة بياناً في ختام اجتماعه الدوري يوم السبت 5 كانون الثاني "
                + "2019 طالب فيه بالإفراج عن المعتقلين.").kind()).isEqualTo(Kind.MEETING);
    }

    @Test
    void aProtestHeldIsAPublicActionNotAMeeting() {
        assertThat(read("نظمت رابطة أبناء النوبة وقفة احتجاجية أمام السفارة في لندن يوم السبت 4 أيار 2019 للمطالبة "
                + "بوقف الحرب.").kind()).isEqualTo(Kind.OTHER);
        assertThat(read("نفذت لجنة الدفاع عن المعتقلين اعتصاماً أمام البرلمان في بروكسل مساء الخميس.").kind())
                .isEqualTo(Kind.OTHER);
        assertThat(read("شارك المئات في المسيرة التي نظمها اتحاد الطلبة في شوارع باريس يوم الأحد 5 أيار 2019.")
                .kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void aFestivalOrCelebrationHeldIsAPublicEventNotAMeeting() {
        assertThat(read("أقامت الجمعية الثقافية الكردية في مالمو مساء الجمعة 21 آذار 2025 حفلاً بمناسبة عيد نوروز "
                + "حضره جمع غفير من أبناء الجالية.").kind()).isEqualTo(Kind.OTHER);
        assertThat(read("احتفل نادي الطلبة العرب في ليون يوم السبت بالذكرى العاشرة لتأسيسه بمهرجان فني على مسرح "
                + "المدينة.").kind()).isEqualTo(Kind.OTHER);
        assertThat(read("وسط أجواء من الفرح، نظم اتحاد الشباب الديمقراطي أمسية شعرية في قاعة البلدية بمدينة "
                + "هامبورغ يوم الخميس 3 نيسان 2025.").kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void aVerbDescribingAGatheringOrOpeningItIsNoAnnouncement() {
        assertThat(read("انطلقت في مدينة الدار البيضاء يوم الجمعة 6 أيار 2016 فعاليات الملتقى الوطني الثالث للشباب "
                + "الذي تنظمه جمعية الشعلة للتربية والثقافة.").kind()).isEqualTo(Kind.CONFERENCE);
        assertThat(read("اختتمت في تونس أعمال الندوة التي يقيمها المنتدى الاجتماعي حول الهجرة.").kind())
                .isNotEqualTo(Kind.INVITATION);
        assertThat(read("افتتح رئيس البلدية المعرض الذي تنظمه جمعية الفنانين العرب في قاعة المدينة.").kind())
                .isNotEqualTo(Kind.INVITATION);
    }
    @Test
    void aCallAddressedToTheReaderToAttendIsAnInvitation() {
        assertThat(read("تدعوكم رابطة الطلبة لحضور المحاضرة التي يلقيها الباحث نزار كامل مساء الثلاثاء.").kind())
                .isEqualTo(Kind.INVITATION);
        assertThat(read("يدعوكم المنتدى الثقافي، بمناسبة يوم المرأة، الى المشاركة في الامسية الفنية السنوية.").kind())
                .isEqualTo(Kind.INVITATION);
        assertThat(read("ندعوكن يا عضوات الجمعية الى حفل التكريم الذي نقيمه في مقرنا يوم الخميس.").kind())
                .isEqualTo(Kind.INVITATION);
    }

    @Test
    void aBodyMakingKnownThatItWillHoldAGatheringAnnouncesIt() {
        assertThat(read("تعلن الهيئة الادارية لنادي الجالية عن تنظيم سفرة ترفيهية للعائلات يوم الأحد.").kind())
                .isEqualTo(Kind.INVITATION);
        assertThat(read("أعلنت نقابة المهندسين عن إقامة معرضها السنوي للتصاميم في الشهر المقبل.").kind())
                .isEqualTo(Kind.INVITATION);
        assertThat(read("يعلن المكتب التنفيذي، وبالتنسيق مع فروعه، عن عقد مؤتمر صحفي ظهر الغد.").kind())
                .isEqualTo(Kind.INVITATION);
    }

    @Test
    void aTextAboutCongratulationsABodyReceivedIsAGreeting() {
        assertThat(read("تلقت رابطة الكتاب برقيات تهنئة من اتحادات أدبية عديدة بمناسبة ذكرى تأسيسها.").kind())
                .isEqualTo(Kind.GREETING);
        assertThat(read("وصلت الى قيادة الحزب رسائل تهنئة من أحزاب صديقة بمناسبة عيد العمال.").kind())
                .isEqualTo(Kind.GREETING);
        assertThat(read("استلم الاتحاد العام برقية تهنئة من نقابة عمال النفط بمناسبة العيد.").kind())
                .isEqualTo(Kind.GREETING);
    }
    @Test
    void aCommunityIssuingATextIsAGroupOfPeople() {
        assertThat(read("الجالية السودانية في لندن تتضامن مع المعتقلين\nنظمت الجالية السودانية في لندن وقفة احتجاجية.")
                .issuer()).isInstanceOf(org.nashra.model.Group.class);
        assertThat(read("تدعو الجالية الفلسطينية في برلين أبناءها الى المشاركة في المسيرة يوم الأحد.").issuer())
                .isInstanceOf(org.nashra.model.Group.class);
        assertThat(read("دعت الهيئة العامة للجالية اليمنية في ماليزيا الى اجتماع موسع.").issuer())
                .isInstanceOf(Organization.class);
    }

    @Test
    void aSignatureOnBehalfOfAnOrganOfANamedBodyIssuesTheLetter() {
        Bulletin letter = read("الأخوة في الهيئة الإدارية لنادي الشباب العربي في ساو باولو المحترمين\n\n"
                + "يسرنا أن نتقدم إليكم بأحر التهاني بمناسبة انتخابكم لقيادة النادي.\n\n"
                + "عن المكتب التنفيذي للاتحاد العربي البرازيلي\nالأمين العام\nجورج حداد");
        assertThat(letter.issuer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("الاتحاد العربي البرازيلي");
            assertThat(o.organ()).isEqualTo("المكتب التنفيذي");
        });
        Bulletin behalf = read("تهنئة\n\nنهنئ الزملاء في نقابة الصحفيين بنجاح مؤتمرهم العام.\n\n"
                + "نيابة عن الهيئة الإدارية لرابطة الإعلاميين العرب في برلين");
        assertThat(behalf.issuer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة الإعلاميين العرب"));
    }

    @Test
    void aCondolenceWithoutSignatureIsIssuedByTheBodyThatSendsIt() {
        String text = "انتقل إلى رحمة الله تعالى صباح اليوم الحاج محمد عبد الله الشريف. وبهذا المصاب الجلل "
                + "تتقدم الجالية السودانية في الدوحة بأحر التعازي إلى أسرة الفقيد.";
        Bulletin notice = read(text);
        assertThat(notice.kind()).isEqualTo(Kind.CONDOLENCE);
        assertThat(notice.issuer()).isNotNull();
        assertThat(text.substring(notice.issuer().span().start(), notice.issuer().span().end()))
                .startsWith("الجالية السودانية");
        Bulletin reported = read("انتقل إلى رحمة الله الأستاذ سالم علي. وبعث رئيس البلدية السيد خالد منصور "
                + "برقية تعزية إلى أسرة الفقيد.");
        assertThat(reported.issuer()).as("a person sending condolences is reported, not publishing").isNull();
    }

    /** A lawyer congratulates a colleague elected at a general assembly, and signs with his post. */
    private static final String LETTER_OF_CONGRATULATION = "الأستاذ كمال حداد المحترم\n"
            + "نقيب المحامين في بيروت\n\n"
            + "تحية طيبة وبعد،\n\n"
            + "يسعدني أن أتقدم إليكم بأصدق التهاني بمناسبة انتخابكم نقيباً في الجمعية العامة التي انعقدت في بيروت يوم الأحد الماضي، متمنياً لكم التوفيق.\n\n"
            + "مع فائق الاحترام\n\n"
            + "المحامي سامي عيد\n"
            + "رئيس جمعية المحامين العرب في باريس";
    /** A body's secretary general sends condolences to a union that held a congress. */
    private static final String LETTER_OF_CONDOLENCE = "إلى الإخوة في قيادة اتحاد العمال في صنعاء المحترمين\n\n"
            + "السلام عليكم ورحمة الله،\n\n"
            + "تلقينا بحزن بالغ نبأ رحيل المناضل النقابي علي سعيد الذي شارك في أعمال مؤتمركم الأخير، ونتقدم إليكم بخالص العزاء والمواساة.\n\n"
            + "وتفضلوا بقبول فائق التقدير\n"
            + "د. هدى ناصر\n"
            + "الأمينة العامة لرابطة العمال اليمنيين في بريطانيا";
    /** A club's president congratulates a minister on his election at a meeting. */
    private static final String LETTER_TO_A_MINISTER = "معالي الدكتور فؤاد سليمان المحترم\n\n"
            + "أتقدم إليكم بالتهنئة الخالصة باسمي وباسم زملائي بمناسبة انتخابكم رئيساً للمجلس في اجتماع الهيئة العامة الذي عقد يوم الخميس.\n\n"
            + "المهندس رامي خوري\n"
            + "رئيس نادي الخريجين في عمّان";

    @Test
    void aLetterIsWhatItSendsWhateverGatheringItNames() {
        assertThat(read(LETTER_OF_CONGRATULATION).kind()).isEqualTo(Kind.GREETING);
        assertThat(read(LETTER_OF_CONDOLENCE).kind()).isEqualTo(Kind.CONDOLENCE);
        assertThat(read(LETTER_TO_A_MINISTER).kind()).isEqualTo(Kind.GREETING);
    }

    @Test
    void aPersonWhoSignsWithAPostInABodyIssuesTheLetter() {
        assertThat(read(LETTER_OF_CONGRATULATION).issuer()).isInstanceOfSatisfying(Person.class,
                p -> assertThat(p.name()).isEqualTo("سامي عيد"));
        assertThat(read(LETTER_OF_CONDOLENCE).issuer()).isInstanceOfSatisfying(Person.class,
                p -> assertThat(p.name()).isEqualTo("هدى ناصر"));
        assertThat(read(LETTER_TO_A_MINISTER).issuer()).isInstanceOfSatisfying(Person.class,
                p -> assertThat(p.name()).isEqualTo("رامي خوري"));
    }

    @Test
    void aFirstLineThatIsOnlyABodysNameIsTheLetterheadOfWhoPublishes() {
        assertThat(read("جمعية الأطباء العرب في فيينا\n"
                + "١٢ مارس ٢٠٢٦\n\n"
                + "لقاء الأعضاء السنوي\n\n"
                + "عقدت الهيئة الإدارية اجتماعها مساء الجمعة في مقر الجمعية وناقشت برنامج العام.").issuer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية الأطباء العرب"));
        assertThat(read("النقابة الوطنية لأساتذة التعليم العالي\n"
                + "المكتب المحلي بجامعة وهران\n\n"
                + "بيان\n\n"
                + "يدين المكتب المحلي منع الأساتذة من دخول قاعة الاجتماعات ويطالب بفتح تحقيق.").issuer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("النقابة الوطنية لأساتذة التعليم العالي"));
        assertThat(read("رابطة الكتاب السودانيين في القاهرة\n"
                + "الخرطوم في ٣ يناير ٢٠٢٦\n\n"
                + "تدعو الرابطة أعضاءها إلى المشاركة في الوقفة التضامنية أمام مقرها يوم السبت.").issuer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة الكتاب السودانيين"));
    }

    @Test
    void anOfficeSigningForTheBodyByItsBareHeadIsThatBodysOrgan() {
        assertThat(read("تهنئة\n\n"
                + "تتقدم رابطة المهندسين العراقيين في السويد بأحر التهاني إلى المهندس سالم جبار بمناسبة فوزه بجائزة الإبداع.\n\n"
                + "المكتب الإعلامي للرابطة").issuer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("رابطة المهندسين العراقيين");
            assertThat(o.organ()).isEqualTo("المكتب الإعلامي");
        });
        assertThat(read("تستنكر نقابة الصحفيين التونسيين بشدة الاعتداء على الزميلة سنية البكري أثناء تغطيتها للمسيرة.\n\n"
                + "المكتب التنفيذي للنقابة").issuer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("نقابة الصحفيين التونسيين");
            assertThat(o.organ()).isEqualTo("المكتب التنفيذي");
        });
        assertThat(read("بلاغ\n\n"
                + "قرر اتحاد الطلبة العرب في ألمانيا تأجيل ملتقاه الصيفي إلى شهر سبتمبر القادم.\n\n"
                + "الهيئة الإدارية للاتحاد\n"
                + "برلين في 2 يونيو 2026").issuer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).isEqualTo("اتحاد الطلبة العرب");
            assertThat(o.organ()).isEqualTo("الهيئة الإدارية");
        });
    }

    @Test
    void aBodyAfterAVerbTheLexiconDoesNotKnowIssuesTheText() {
        assertThat(read("راقبت الهيئة الإدارية لنقابة الصحفيين بقلق بالغ تصاعد الاعتداءات على المراسلين.").issuer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).isEqualTo("نقابة الصحفيين"));
        assertThat(read("رصدت جمعية حماية المستهلك ارتفاعاً كبيراً في أسعار الخبز.").issuer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).isEqualTo("جمعية حماية المستهلك"));
        assertThat(read("واكبت رابطة المحامين الشباب باهتمام محاكمة النشطاء.").issuer()).isInstanceOfSatisfying(
                Organization.class, o -> assertThat(o.name()).startsWith("رابطة المحامين"));
    }

    @Test
    void greetingsReceivedUnderAHeadlineNamingTheirAddresseeAreIssuedByIt() {
        Bulletin b = read("برقيات تهنئة إلى اتحاد الكتاب العرب بمناسبة مؤتمره\n\nتلقى اتحاد الكتاب العرب برقية تهنئة "
                + "من رابطة الأدباء في تونس، وبرقية من نقابة الصحفيين في الجزائر.");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("اتحاد الكتاب العرب"));
    }

    @Test
    void anOrganAloneSigningIsTheOrganOfTheBodyTheTextNamesItWith() {
        Bulletin b = read("بيان\n\nعلى إثر قرار إغلاق المعمل، فإن المكتب الجهوي لنقابة عمال الغزل والنسيج بصفاقس يعبر عن "
                + "رفضه للقرار ويطالب بإعادة فتحه.\n\nعن المكتب الجهوي\nالكاتب العام\nسامي الهادي");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).startsWith("نقابة عمال الغزل");
            assertThat(o.organ()).isEqualTo("المكتب الجهوي");
        });
        Bulletin signed = read("بيان\n\nتابعت اللجنة السياسية لحزب النهضة الديمقراطي بقلق ارتفاع الأسعار، وتطالب الحكومة "
                + "بالتدخل.\n\nصادر عن اللجنة السياسية\nحلب – 3 آذار 2025");
        assertThat(signed.issuer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).startsWith("حزب النهضة");
            assertThat(o.organ()).isEqualTo("اللجنة السياسية");
        });
        assertThat(read("بيان\n\nيدين المكتب التنفيذي لاتحاد الكتاب العرب الاعتداء على الصحفيين.\n\nالمكتب التنفيذي")
                .issuer()).isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).isEqualTo("اتحاد الكتاب العرب"));
    }

    @Test
    void theOnlyHeadingLineNamingABodyAloneIsWhoPublishes() {
        assertThat(read("رابطة الطلبة السوريين في فيينا\n\nاختتمنا يوم السبت الماضي ملتقانا الثقافي السنوي بمشاركة "
                + "واسعة من الطلبة، ونشكر كل من ساهم في إنجاحه.").issuer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).isEqualTo("رابطة الطلبة السوريين"));
        assertThat(read("جمعية الصداقة العربية – مرسيليا\n\nإلى الأخ العزيز السيد كريم بلعيد\nتلقينا ببالغ الحزن نبأ وفاة "
                + "والدكم، رحمه الله، ونتقدم إليكم بأحر التعازي.").issuer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).isEqualTo("جمعية الصداقة العربية"));
        assertThat(read("الحزب الاشتراكي يدين الاعتداء على المتظاهرين\n\nأدان الحزب الاشتراكي الاعتداء على المتظاهرين.")
                .issuer()).isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).isEqualTo("الحزب الاشتراكي"));
    }

    @Test
    void aLongFirstLineWithoutAStopIsTheHeadlineAboveTheDateline() {
        Bulletin b = read("«الرابطة» في يوم المرأة العالمي: نساؤنا في المهجر يحملن همّ الوطن والعائلة معاً في كل مدينة "
                + "يعملن فيها\nبرلين (خاص)\nدعت رابطة النساء العراقيات في ألمانيا إلى أوسع مشاركة في فعاليات الثامن من "
                + "آذار، وحيّت نضال النساء في الوطن والمهجر.\nوأكدت الرابطة أن المساواة حق لا منّة.");
        assertThat(b.title()).startsWith("«الرابطة» في يوم المرأة العالمي");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).startsWith("رابطة النساء العراقيات"));
    }

    @Test
    void aLongFirstLineOpeningOnAVerbIsTheLeadNotAHeadline() {
        Bulletin b = read("هنأ المكتب التنفيذي لرابطة المهندسين العرب في هولندا الزملاء الخريجين الجدد بمناسبة نيلهم "
                + "شهاداتهم من الجامعات الهولندية\nوتمنى لهم المكتب التوفيق في حياتهم المهنية وخدمة الجالية.");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).startsWith("رابطة المهندسين العرب"));
    }

    @Test
    void aGatheringInThePresentThatTheTextThenTellsAsOpenedIsNoAnnouncement() {
        assertThat(read("تحت شعار: نحو عمل نقابي موحد من أجل الأجور والحريات في كل القطاعات والمدن\n"
                + "اتحاد نقابات العمال الديمقراطي يعقد مؤتمره العام الخامس في عمّان وينهي أعماله بانتخاب قيادته.\n"
                + "وقد افتتح رئيس الاتحاد أعمال المؤتمر بكلمة رحب فيها بالضيوف والوفود.").kind())
                .isNotEqualTo(Kind.INVITATION);
    }

    @Test
    void theBodyAfterAVerbFurtherInTheOpeningSentenceOrWhoseOfficersActIssuesTheText() {
        assertThat(read("تضامناً مع العمال المفصولين الذين يطالبون منذ أشهر بحقوقهم في ضواحي العاصمة وأطرافها الشمالية، "
                + "يدعو اتحاد المزارعين الأحرار الحكومة إلى خفض أسعار الأسمدة وتأجيل أقساط القروض.").issuer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).startsWith("اتحاد المزارعين"));
        assertThat(read("تقدم رئيس وأعضاء الهيئة الإدارية لجمعية المتقاعدين العسكريين بالشكر إلى كل من ساند مطالبهم "
                + "العادلة.").issuer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).startsWith("جمعية المتقاعدين العسكريين"));
        assertThat(read("جدد الأمين العام لحزب الخضر دعوته إلى حماية الغابات من الحرائق.").issuer())
                .isInstanceOfSatisfying(Organization.class, o -> assertThat(o.name()).isEqualTo("حزب الخضر"));
    }

    @Test
    void aBodyCallingPeopleToAttendOrTakePartWithLamAnnouncesAnEvent() {
        assertThat(read("دعا نادي الجالية التونسية في مونتريال أبناء الجالية للمشاركة في الأمسية الثقافية مساء السبت "
                + "القادم بقاعة البلدية.").kind()).isEqualTo(Kind.INVITATION);
        assertThat(read("دعت رابطة المعلمين المتقاعدين أعضاءها لحضور المحاضرة التي يلقيها الدكتور سامي ناصر عن قانون "
                + "التقاعد الجديد.").kind()).isEqualTo(Kind.INVITATION);
    }

    @Test
    void aDeathNamedWithAPronounAttachedIsMournedAsAnyOther() {
        assertThat(read("ببالغ الحزن تودع الجمعية الثقافية العراقية في لاهاي فقيدها الشاعر عادل كريم الذي غيبه الموت بعد "
                + "صراع طويل مع المرض.").kind()).isEqualTo(Kind.CONDOLENCE);
        assertThat(read("بحزن عميق ودعت رابطة الكتاب عضوها الروائي سالم ناصر، وشيعته إلى مثواه الأخير بعد رحيله المفاجئ "
                + "يوم الاثنين.").kind()).isEqualTo(Kind.CONDOLENCE);
    }

    @Test
    void aLetterheadWithItsPlaceAndAnOrganSigningAloneIssueAsTheBodyAndItsOrgan() {
        Bulletin b = read("اتحاد المعلمين والمربين المتقاعدين في البصرة\nبلاغ رقم (٣) لسنة ٢٠٢٦\n\n"
                + "بعد تأخر صرف الرواتب ثلاثة أشهر متتالية، يطالب الاتحاد الجهات المختصة بصرفها دون إبطاء ويحملها "
                + "مسؤولية معاناة المتقاعدين وعائلاتهم.\n\nالهيئة الإدارية\nالبصرة في ٣ / ٤ / ٢٠٢٦");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).startsWith("اتحاد المعلمين").doesNotContain("البصرة");
            assertThat(o.organ()).isEqualTo("الهيئة الإدارية");
        });
        Bulletin latin = read("Union des Étudiants Tunisiens de Lyon\nاتحاد الطلبة التونسيين بليون\nدعوة عامة\n\n"
                + "يدعو الاتحاد كافة الطلبة وأصدقاءهم إلى حضور السهرة الفنية يوم السبت القادم في قاعة البلدية.\n\nالمكتب");
        assertThat(latin.issuer()).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.name()).startsWith("اتحاد الطلبة التونسيين");
            assertThat(o.organ()).isEqualTo("المكتب");
        });
    }

    @Test
    void theOnlyHeadingKeepsTheWordsOfTheNameTheNameReaderLeft() {
        assertThat(read("شبكة صحفيات عربيات من أجل حرية التعبير\n\nاختتمنا يوم السبت الماضي في مدريد لقاءنا السنوي "
                + "الثاني بمشاركة زميلات من ست دول، ونشكر كل من ساهم في إنجاحه.").issuer())
                .isInstanceOfSatisfying(Organization.class,
                        o -> assertThat(o.name()).isEqualTo("شبكة صحفيات عربيات من أجل حرية التعبير"));
    }

    @Test
    void aNamedPersonSigningWhatNoBodySignsIsItsIssuer() {
        assertThat(read("رسالة مفتوحة\n\nأكتب إليكم بصفتي مواطناً يعيش في هذه المدينة منذ عشرين عاماً، وأطالب بإعادة فتح "
                + "المكتبة العامة.\n\nالدكتورة هالة سعيد").issuer())
                .isInstanceOfSatisfying(Person.class, p -> assertThat(p.name()).isEqualTo("هالة سعيد"));
        assertThat(read("بيان\n\nأعلن انسحابي من السباق الانتخابي احتجاجاً على التجاوزات.\n\nالمحامي فراس يونس\n"
                + "المرشح المستقل").issuer())
                .isInstanceOfSatisfying(Person.class, p -> assertThat(p.name()).isEqualTo("فراس يونس"));
        assertThat(read("بيان\n\nتدين الرابطة قرار إغلاق المدرسة.\n\nالهيئة الإدارية لرابطة الأهالي\nالسيد نادر خليل")
                .issuer()).isInstanceOf(Organization.class);
    }

    @Test
    void aTextThatMournsADeathIsACondolence() {
        assertThat(read("رابطة الأدباء تنعى الشاعر الكبير سليم الخوري\nإلى عائلة الفقيد الكريمة\nتحية طيبة،\n"
                + "تلقينا نبأ وفاة الشاعر سليم الخوري، وكان صوتا حرا في زمن صعب.").kind()).isEqualTo(Kind.CONDOLENCE);
        assertThat(read("علمنا ببالغ الحزن والأسى بوفاة الأخ كمال يوسف إثر حادث أليم. لقد عرف الفقيد بنضاله منذ "
                + "شبابه.").kind()).isEqualTo(Kind.CONDOLENCE);
        assertThat(read("انتقل إلى رحمة الله الأستاذ كمال يوسف، وسيشيع جثمانه من مسجد الحي بعد صلاة العصر.").kind())
                .isEqualTo(Kind.CONDOLENCE);
        assertThat(read("يدين الحزب بأشد العبارات اغتيال المناضل سمير داود ويطالب بمحاسبة القتلة.").kind())
                .as("a killing condemned").isEqualTo(Kind.STATEMENT);
    }

    @Test
    void aCallToAProtestStillToComeIsAnInvitation() {
        assertThat(read("دعت رابطة الممرضين في المستشفى الجامعي الى وقفة احتجاجية صباح الاثنين امام مبنى الادارة "
                + "للمطالبة بصرف المستحقات.").kind()).isEqualTo(Kind.INVITATION);
        assertThat(read("دعا اتحاد عمال الموانئ في بيان الى \"المشاركة في الاعتصام\" يوم الخميس المقبل.").kind())
                .isEqualTo(Kind.INVITATION);
        assertThat(read("دعت نقابة الخبازين لإضراب شامل يوم الأحد احتجاجاً على رفع سعر الطحين.").kind())
                .isEqualTo(Kind.INVITATION);
    }

    @Test
    void aPersonWhoSpeaksInTheOpeningSentenceIssuesANewsItemNoBodySigns() {
        assertThat(read("هنأ الاستاذ نبيل فرحات رئيس جمعية المزارعين الفائزين في مسابقة الحصاد السنوية وتمنى لهم "
                + "مواسم أوفر.").issuer())
                .isInstanceOfSatisfying(Person.class, p -> assertThat(p.name()).isEqualTo("نبيل فرحات"));
        assertThat(read("حلب - أشاد المهندس رامي عيسى، رئيس نادي الطيران الشراعي، بحماسة الهواة الشباب في المسابقة "
                + "الأخيرة.").issuer())
                .isInstanceOfSatisfying(Person.class, p -> assertThat(p.name()).isEqualTo("رامي عيسى"));
        assertThat(read("رئيس نادي الشطرنج الاستاذ وليد حمدان يهنئ الفريق الوطني بالفوز\n\n"
                + "انه يوم فرح لكل محبي اللعبة في البلاد بعد سنوات من الانتظار والعمل الدؤوب.").issuer())
                .isInstanceOfSatisfying(Person.class, p -> assertThat(p.name()).isEqualTo("وليد حمدان"));
        assertThat(read("انتخب الاستاذ نبيل فرحات رئيسا لجمعية المزارعين لدورة جديدة.").issuer())
                .as("who is elected speaks for nobody").isNull();
    }

    @Test
    void aTelegramOfCongratulationNamesItsSenderInConstruct() {
        assertThat(read("برقية تهنئة نقابة المهندسين الزراعيين للزميلة منى سليم بمناسبة فوزها بالجائزة\n\n"
                + "يسرنا ان نتقدم اليك بأحر التهاني على هذا الفوز المستحق متمنين لك دوام الابداع.").issuer())
                .isInstanceOfSatisfying(Organization.class,
                        o -> assertThat(o.name()).isEqualTo("نقابة المهندسين الزراعيين"));
    }

    @Test
    void aQuotedVerseAboveTheBodyIsNoPartOfIt() {
        Bulletin b = read("بسم الله الرحمن الرحيم\n\"قال الحكيم يوما ان الصبر مفتاح الفرج لمن صبر\"\n"
                + "ببالغ الحزن تنعى جمعية الصيادين في المدينة الأخ سالم جابر الذي وافته المنية أمس بعد عمر حافل.");
        assertThat(b.kind()).isEqualTo(Kind.CONDOLENCE);
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).startsWith("جمعية الصيادين"));
    }

    @Test
    void aHeadlineSpeakerBeforeAColonOrQuotationMarkIssuesTheText() {
        Bulletin b = read("رابطة المعلمين المتقاعدين في الجنوب: \"لن نقبل بتأخير الرواتب\"\n\n"
                + "نرفض تأخير صرف رواتب المتقاعدين للشهر الثالث على التوالي.");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).startsWith("رابطة المعلمين المتقاعدين"));
    }

    @Test
    void theBodyTheLeadTellsOfIssuesAReportWhoseGatheringAnotherBodyHeldLater() {
        Bulletin b = read("انتخب اتحاد الفنانين التشكيليين، مساء أمس، أمانة عامة جديدة من سبعة أعضاء.\n"
                + "وكانت رابطة المسرحيين قد عقدت اجتماعها السنوي في القاعة نفسها قبل أسبوع وناقشت خطة العمل.");
        assertThat(b.issuer()).isInstanceOfSatisfying(Organization.class,
                o -> {
                    assertThat(o.name()).isEqualTo("اتحاد الفنانين التشكيليين");
                    assertThat(o.organ()).as("the later body is no organ of the issuer").isNull();
                });
    }

    @Test
    void theSenderOfTheOpeningGreetingIssuesItNotTheBodyItIsSentTo() {
        Bulletin b = read("زيباري يهنئ نقابة المعلمين بمؤتمرها\n"
                + "بعث رئيس اتحاد الكتاب آزاد زيباري، اليوم الأحد، رسالة تهنئة إلى رئيس نقابة المعلمين بمناسبة نجاح"
                + " المؤتمر الخامس للنقابة.");
        assertThat(b.kind()).isEqualTo(Kind.GREETING);
        assertThat(b.issuer()).as("the sender, named as the headline names him").isInstanceOfSatisfying(Person.class,
                p -> {
                    assertThat(p.name()).isEqualTo("آزاد زيباري");
                    assertThat(p.role()).isEqualTo("رئيس اتحاد الكتاب");
                });
    }

    @Test
    void aGivenNameThatSpellsAVerbOfHoldingAnnouncesNoEvent() {
        Bulletin b = read("انتخب المهندس يحيى سالم رئيسا لنقابة المهندسين الزراعيين في الانتخابات التي جرت أمس في"
                + " مقر النقابة.");
        assertThat(b.kind()).as("يحيى is a name here, not يحيي (holds an event)").isNotEqualTo(Kind.INVITATION);
    }
}
