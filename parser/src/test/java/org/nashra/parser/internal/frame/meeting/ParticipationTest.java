package org.nashra.parser.internal.frame.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashra.model.Delegation;
import org.nashra.model.Meeting;
import org.nashra.model.Organization;
import org.nashra.model.Person;
import org.nashra.model.Topic;
import org.nashra.parser.BulletinParser;

/** What the parser reads as who took part in a meeting, who could not, and what it discussed. */
class ParticipationTest {

    private static Meeting read(String text) {
        return BulletinParser.parse(text).meetings().get(0);
    }

    @Test
    void attendeesWithTheirTitlesAndRolesOnePerPerson() {
        Meeting m = read("عقدت رابطة الشباب العربي اجتماعها العام في لندن، بحضور الدكتور فؤاد الحكيم رئيس الرابطة، "
                + "والرفيقين سمير عادل عضو الهيئة الادارية، ونبيل جواد عضو لجنة الاعلام. "
                + "وقدم الدكتور الحكيم تقريراً عن نشاطات العام.");
        assertThat(m.attendees()).extracting(Person::name).containsExactly("فؤاد الحكيم", "سمير عادل", "نبيل جواد");
        assertThat(m.attendees().get(1).honorifics()).containsExactly("الرفيقين");
        assertThat(m.attendees().get(2).role()).isEqualTo("عضو لجنة الاعلام");
    }

    @Test
    void aBodyRunTogetherWithItsAdjectiveIsTheOrganAndANameOnAbdStaysOneName() {
        Meeting m = read("عقدت الهيئةالادارية لجمعية الطلبة اجتماعها برئاسة السيد عبدالرحمن سالم "
                + "يوم السبت 6 نيسان 2019.");
        assertThat(m.organizer()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية الطلبة"));
        assertThat(m.attendees()).extracting(Person::name).containsExactly("عبدالرحمن سالم");
    }

    @Test
    void aConjunctOrAnAdjectiveAfterARoleIsNoName() {
        Meeting m = read("عقدت نقابة الأطباء مؤتمرها السنوي في عمّان بحضور الدكتور سامي خليل نقيب الأطباء، "
                + "وناقش المؤتمر حقوق الطبيب وتحسين ظروف عمله، كما رحب بالعميد الجديد لكلية الطب.");
        assertThat(m.attendees()).extracting(Person::name).containsExactly("سامي خليل");
    }

    @Test
    void aBareRoleSpokenOfIsNoAttendeeUnlessListedAsPresent() {
        Meeting m = read("عقدت جمعية الخريجين اجتماعها السنوي في بيروت يوم السبت 6 مارس 2021 بحضور القنصل العام، "
                + "وقدم عريف الحفل الضيوف. وقال رئيس الجمهورية في تصريح إن الجمعية تقوم بدور مهم.");
        assertThat(m.attendees()).extracting(Person::role).containsExactly("القنصل العام", "عريف الحفل");
    }

    @Test
    void delegatesOfBodiesOfAKindNoneNamedAreOneDelegation() {
        Meeting m = read("عقد اتحاد الكتاب العرب مؤتمره العام الخامس في عمّان، وشارك فيه ممثلون عن اتحادات أدبية "
                + "عربية وأجنبية، إلى جانب الدكتور وائل حداد.");
        assertThat(m.delegations()).hasSize(1);
        assertThat(m.delegations().get(0).text()).isEqualTo("اتحادات أدبية عربية وأجنبية");
    }

    @Test
    void whoADelegateStandsInForIsNoAttendee() {
        Meeting m = read("عقد نادي الجالية العربية اجتماعه السنوي في سيدني بحضور المهندس رامز عطية ممثلاً رئيس "
                + "البلدية السيد كارل بيترز، والسيدة نهى يوسف، ممثلةً عن الوزيرة الدكتورة سارة ميلر، "
                + "والأستاذ فادي نجم نيابةً عن رئيس الاتحاد الدكتور حسان عيد.");
        assertThat(m.attendees()).extracting(Person::name).containsExactly("رامز عطية", "نهى يوسف", "فادي نجم");
    }

    @Test
    void attendeesWhoShareAFirstAndAFamilyNameStayThreePersons() {
        Meeting m = read("عقدت اللجنة اجتماعها يوم السبت بحضور الرفيق علي جبار البصري والرفيق علي كاظم البصري "
                + "والرفيق علي عبد الله البصري. وتحدث الرفيق علي البصري عن نشاط الفرع.");
        assertThat(m.attendees()).extracting(Person::name)
                .containsExactly("علي جبار البصري", "علي كاظم البصري", "علي عبد الله البصري");
    }

    @Test
    void aLaterMentionWithSomeOfTheWordsOfANameIsThatPerson() {
        Meeting m = read("عقدت اللجنة اجتماعها بحضور الرفيق علي جبار البصري. وقدم الرفيق علي البصري تقريرا.");
        assertThat(m.attendees()).extracting(Person::name).containsExactly("علي جبار البصري");
    }

    @Test
    void personsGreetedThankedOrElectedAreNoAttendees() {
        Meeting m = read("عقد النادي الثقافي اجتماعه برئاسة الاستاذ كريم حسون. "
                + "ووجه المجتمعون رسالة تهنئة الى الشاعرة ليلى عباس. وجرى انتخاب السيد احمد راضي اميناً للصندوق.");
        assertThat(m.attendees()).extracting(Person::name).containsExactly("كريم حسون");
    }

    @Test
    void aListOfCountriesIsOneDelegationPerCommaItem() {
        Meeting m = read("عقد مجلس الجاليات اجتماعه في بروكسل بمشاركة وفود تمثل فروع المجلس في فرنسا، "
                + "النمسا والمانيا، وايطاليا.");
        assertThat(m.delegations()).extracting(Delegation::countries)
                .containsExactly(List.of("FR"), List.of("AT", "DE"), List.of("IT"));
    }

    @Test
    void representativesOfBodiesAreOneDelegationPerBody() {
        Meeting m = read("عقد التجمع اجتماعه الموسع وشارك فيه ممثلو جمعية النور في اوبسالا، والنادي الرياضي العربي في مالمو.");
        assertThat(m.delegations()).extracting(d -> ((Organization) d.represents()).name())
                .containsExactly("جمعية النور", "النادي الرياضي العربي");
        assertThat(m.delegations()).allSatisfy(d -> assertThat(d.countries()).isEmpty());
    }

    @Test
    void representativesOfBodiesTheNameReaderDoesNotKnowAreOneDelegationEach() {
        Meeting repeated = read("نظم نادي الطلبة ندوة حول البطالة يوم الاثنين، وعرفت الندوة مشاركة ممثلين عن "
                + "الوكالة الوطنية للتشغيل وعن غرفة التجارة والصناعة.");
        assertThat(repeated.delegations()).extracting(Delegation::text)
                .containsExactly("الوكالة الوطنية للتشغيل", "غرفة التجارة والصناعة");
        Meeting known = read("عقدت جمعية المزارعين اجتماعها السنوي بحضور مندوبين عن نقابة المعلمين ومن اتحاد الحرفيين.");
        assertThat(known.delegations()).extracting(Delegation::text)
                .containsExactly("نقابة المعلمين", "اتحاد الحرفيين");
        Meeting one = read("اختتمت ورشة العمل التي نظمتها الرابطة في صفاقس بمشاركة ممثلين عن مصلحة الصحة المدرسية.");
        assertThat(one.delegations()).extracting(Delegation::text).containsExactly("مصلحة الصحة المدرسية");
    }

    @Test
    void aBranchIsABranchOfTheOrganizer() {
        Meeting m = read("عقدت منسقية اوروبا لحركة التضامن اجتماعها في باريس، وشارك ممثل عن فرع اسبانيا عبر الانترنت.");
        Delegation d = m.delegations().get(0);
        assertThat(d.countries()).containsExactly("ES");
        assertThat(d.represents()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.branch()).isEqualTo("فرع اسبانيا"));
    }

    @Test
    void thoseWhoCouldNotComeAreAbsentees() {
        Meeting m = read("عقدت الهيئة التنسيقية اجتماعها في ستوكهولم، فيما تعذر حضور وفد فرع النرويج لاسباب صحية، "
                + "واعتذرت جمعية الطلبة عن الحضور.");
        assertThat(m.absentees()).hasSize(2);
        assertThat(m.absentees().get(0).countries()).containsExactly("NO");
    }

    @Test
    void whatTheMeetingDiscussedOneItemEach() {
        Meeting m = read("عقد المجلس اجتماعه الدوري، وناقش الوضع المالي للجمعية وتطوراته، وخطة النشاطات الصيفية، "
                + "والعلاقة مع البلدية.");
        assertThat(m.topics()).extracting(Topic::text)
                .containsExactly("الوضع المالي للجمعية وتطوراته", "خطة النشاطات الصيفية", "العلاقة مع البلدية");
    }

    @Test
    void aDelegationCueRepeatedBeforeEachCountryIsOneDelegationEach() {
        Meeting joined = read("عقد اتحاد المعلمين العرب اجتماعه السنوي في عمّان، بمشاركة وفد من سوريا ووفد من العراق "
                + "ووفد من تونس.");
        assertThat(joined.delegations()).extracting(Delegation::countries)
                .containsExactly(List.of("SY"), List.of("IQ"), List.of("TN"));
        Meeting wire = read("عقد اتحاد المعلمين في القرن الأفريقي اجتماعه الدوري في جيبوتي بمشاركة وفد من الصومال "
                + "ووفد من جزر القمر.");
        assertThat(wire.delegations()).extracting(Delegation::countries)
                .containsExactly(List.of("SO"), List.of("KM"));
        Meeting absent = read("انعقد المؤتمر العام للرابطة في برلين بحضور وفد الجمعية العربية في هولندا، ووفد من "
                + "النمسا، فيما اعتذر عن الحضور وفد النادي العربي في بولندا.");
        assertThat(absent.delegations()).hasSize(2);
        assertThat(absent.absentees()).hasSize(1);
    }

    @Test
    void aTroupeTakesPartInTheEventOfItsProgramme() {
        Meeting m = BulletinParser.parse("دعوة\n\nيسر النادي ان يدعوكم لحضور الحفل الفني الذي يقيمه مساء السبت، "
                + "وتحيي الحفل فرقة «الاندلس» للموسيقى العربية.").meetings().get(0);
        assertThat(m.delegations()).extracting(Delegation::text).containsExactly("فرقة «الاندلس» للموسيقى العربية");
    }

    @Test
    void citiesListedAreOneDelegationWithoutCountries() {
        Meeting m = read("عقدت الجمعية مؤتمرها العام، وشاركت فيه وفود من فروعها في ليون ومرسيليا، وفي تولوز.");
        assertThat(m.delegations()).hasSize(2).allSatisfy(d -> assertThat(d.countries()).isEmpty());
    }

    @Test
    void thoseReportedAbsentAfterTheVerbAreAbsentees() {
        Meeting m = read("عقد المجلس اجتماعه السنوي في ميونخ، فيما تغيب ممثلو فرع النمسا.");
        assertThat(m.absentees()).singleElement().satisfies(d -> assertThat(d.countries()).containsExactly("AT"));
    }

    @Test
    void placesJoinedByWaAloneAreOneDelegationEach() {
        Meeting m = read("عقد اتحاد الطلبة المغاربة مؤتمره الثالث في مدريد بمشاركة مندوبين يمثلون فروع الاتحاد "
                + "في مدريد وضواحيها وبرشلونة وفالنسيا.");
        assertThat(m.delegations()).extracting(Delegation::text)
                .containsExactly("مدريد وضواحيها", "برشلونة", "فالنسيا");
    }

    @Test
    void delegationsFromCountriesAreOnePerCountry() {
        Meeting m = read("عقد مجلس الجالية اجتماعه السنوي في فيينا، الى جانب وفود من هولندا والدنمارك والنرويج.");
        assertThat(m.delegations()).extracting(Delegation::countries)
                .containsExactly(List.of("NL"), List.of("DK"), List.of("NO"));
    }

    @Test
    void branchesListedAfterAColonAreOneDelegationEach() {
        Meeting m = read("عقدت جمعية الأطباء العرب ملتقاها السنوي في شيكاغو بمشاركة وفود من فروع الجمعية: "
                + "فرع ميشيغان، فرع أوهايو وإنديانا، وفرع كندا.");
        assertThat(m.delegations()).hasSize(3);
        assertThat(m.delegations().get(1).text()).isEqualTo("فرع أوهايو وإنديانا");
        assertThat(m.delegations().get(2).countries()).containsExactly("CA");
    }

    @Test
    void bodiesListedAfterRepresentativesKeepTheirPlacesAndTheLaterOnesUnknownByName() {
        Meeting m = read("عقدت رابطة السوريين اجتماعها في عمان. وشارك في الاجتماع ممثلون عن جمعية النور الخيرية "
                + "في إربد، وملتقى الشباب العربي في الزرقاء، ولجنة المرأة. وحضر الاجتماع ممثلو فرع السلط وفرع مادبا.");
        assertThat(m.delegations()).extracting(Delegation::text).containsExactly("جمعية النور الخيرية في إربد",
                "ملتقى الشباب العربي في الزرقاء", "لجنة المرأة", "فرع السلط", "فرع مادبا");
        assertThat(m.delegations().get(4).represents()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة السوريين"));
    }

    @Test
    void aCoOrganiserTakesPartInTheGatheringItsSentenceNames() {
        Meeting m = read("عقد النادي العربي في ليون، بالتعاون مع رابطة الطلبة المغاربة، ندوة عن الهجرة "
                + "يوم السبت 7 ديسمبر 2024.");
        assertThat(m.type()).isEqualTo(Meeting.Type.SEMINAR);
        assertThat(m.delegations()).extracting(Delegation::text).containsExactly("رابطة الطلبة المغاربة");
    }

    @Test
    void aCoOrganiserNamedWhereAnAnnouncedGatheringIsNamedAgainTakesPartInIt() {
        Meeting m = read("يدعو المركز الثقافي العربي في مرسيليا أبناء الجالية إلى ندوة عن تعليم اللغة العربية "
                + "يوم الجمعة 13 ديسمبر 2024. وتقام الندوة في قاعة البلدية بالتعاون مع جمعية الأساتذة المغاربيين.");
        assertThat(m.type()).isEqualTo(Meeting.Type.SEMINAR);
        assertThat(m.delegations()).extracting(Delegation::text).containsExactly("جمعية الأساتذة المغاربيين");
        // a reported meeting named again speaks of other things: the partner of the trip it decides is not its guest
        Meeting held = read("عقدت رابطة المتقاعدين اجتماعها الشهري يوم الأحد 8 ديسمبر 2024 في مقرها. وناقش "
                + "الاجتماع برنامج الشتاء، وقرر تنظيم رحلة إلى الجبال بالتعاون مع نادي هواة المشي.");
        assertThat(held.delegations()).isEmpty();
    }

    @Test
    void whoSpeaksNowOfAnAnnouncedGatheringIsNotYetTakingPartInIt() {
        Meeting announced = read("يعقد حزب الغد الديمقراطي مؤتمره العام يوم الجمعة 20 ديسمبر 2024 في قاعة الشعب "
                + "بعمّان. وقال الأستاذ ناصر الهاشمي رئيس الحزب إن المؤتمر سيناقش تقرير المرحلة الماضية. ويلقي "
                + "الدكتور سمير العبيدي كلمة في جلسة الافتتاح.");
        assertThat(announced.attendees()).extracting(Person::name).containsExactly("سمير العبيدي");
        // a gathering held: who speaks of it spoke at it
        Meeting held = read("عقد حزب الغد الديمقراطي مؤتمره العام يوم الجمعة 20 ديسمبر 2024 في قاعة الشعب "
                + "بعمّان. وقال الأستاذ ناصر الهاشمي رئيس الحزب إن المؤتمر ناقش تقرير المرحلة الماضية.");
        assertThat(held.attendees()).extracting(Person::name).containsExactly("ناصر الهاشمي");
    }

    @Test
    void aPersonWhoSentAnExcuseIsAnAbsenteeNotAnAttendee() {
        Meeting m = read("عقدت جمعية الجالية اجتماعها في ليل بحضور السيد كريم بناني، فيما اعتذر عن الحضور "
                + "أمين المال السيد رشيد العلوي لظروف عائلية.");
        assertThat(m.attendees()).extracting(Person::name).containsExactly("كريم بناني");
        assertThat(m.absentees()).extracting(Delegation::represents)
                .singleElement().isInstanceOfSatisfying(Person.class, p -> assertThat(p.name()).isEqualTo("رشيد العلوي"));
        Meeting letter = read("عقدت جمعية الجالية اجتماعها في ليل بحضور السيد كريم بناني، وبعثت الدكتورة سعاد "
                + "المراكشي رسالة اعتذرت فيها عن الحضور.");
        assertThat(letter.attendees()).extracting(Person::name).containsExactly("كريم بناني");
        assertThat(letter.absentees()).hasSize(1);
    }

    @Test
    void representativesOfBodiesJoinedByWaAreOneDelegationPerBody() {
        Meeting m = read("عقدت رابطة السوريين اجتماعها في عمان. وشارك في الاجتماع ممثلون عن جمعية النور الخيرية "
                + "واتحاد الطلبة السوريين ونادي الشباب العربي.");
        assertThat(m.delegations()).extracting(Delegation::text)
                .containsExactly("جمعية النور الخيرية", "اتحاد الطلبة السوريين", "نادي الشباب العربي");
    }

    @Test
    void oneDelegationFromTwoCountriesStaysOne() {
        Meeting m = read("عقد مجلس الجالية اجتماعه السنوي في فيينا، بمشاركة وفد من هولندا والدنمارك.");
        assertThat(m.delegations()).singleElement()
                .satisfies(d -> assertThat(d.countries()).containsExactly("NL", "DK"));
    }

    @Test
    void aListedBodyKeepsAPlaceTheGazetteerDoesNotKnow() {
        Meeting m = read("عقدت رابطة السوريين اجتماعها في عمان. وشارك في الاجتماع ممثلون عن جمعية الأمل الخيرية "
                + "في الهاشمي الشمالي، ونادي الشباب العربي في حي النزهة، ولجنة المرأة.");
        assertThat(m.delegations()).extracting(Delegation::text).containsExactly(
                "جمعية الأمل الخيرية في الهاشمي الشمالي", "نادي الشباب العربي في حي النزهة", "لجنة المرأة");
    }

    @Test
    void aListOfPlacesGoesOnWithAPlaceTheGazetteerDoesNotKnow() {
        Meeting m = read("عقدت جمعية الأطباء العرب اجتماعها السنوي في مسقط، وشارك فيه مندوبو فروع الجمعية في "
                + "الدوحة والمنامة والعين، وناقش المجتمعون خطة العمل.");
        assertThat(m.delegations()).extracting(Delegation::text).containsExactly("الدوحة", "المنامة", "العين");
    }

    @Test
    void aBodyReportedAbsentFromTheGatheringIsAnAbsenteeWhateverTheOrder() {
        Meeting after = read("عقد اتحاد الكتاب العرب اجتماعه في عمان، وغاب عنه ممثل فرع الزرقاء بسبب السفر.");
        assertThat(after.absentees()).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo("فرع الزرقاء"));
        assertThat(after.delegations()).isEmpty();
        Meeting excuse = read("عقد اتحاد الكتاب العرب اجتماعه في عمان، واعتذر عن الحضور وفد جمعية المترجمين العرب.");
        assertThat(excuse.absentees()).singleElement()
                .satisfies(d -> assertThat(d.text()).contains("جمعية المترجمين العرب"));
        assertThat(excuse.delegations()).isEmpty();
    }

    @Test
    void delegationsOfCommunitiesOfPlacesAreOnePerPlace() {
        Meeting m = read("أقامت الجمعية الثقافية المغربية في بلجيكا حفلها السنوي في بروكسل، وشاركت فيه وفود من جاليات "
                + "أنتويرب ولييج وخنت، وألقى رئيس الجمعية كلمة.");
        assertThat(m.delegations()).extracting(Delegation::text).containsExactly("أنتويرب", "لييج", "خنت");
    }

    @Test
    void aQualifiedDelegationFromTwoCountriesIsOneDelegation() {
        Meeting m = read("عقد اتحاد الطلبة العرب مؤتمره السنوي في برلين بمشاركة وفد الاتحاد في فرنسا، "
                + "ووفد مشترك من السويد وفنلندا.");
        assertThat(m.delegations()).extracting(Delegation::text).contains("السويد وفنلندا");
        assertThat(m.delegations()).filteredOn(d -> d.text().equals("السويد وفنلندا")).singleElement()
                .satisfies(d -> assertThat(d.countries()).containsExactly("SE", "FI"));
    }

    @Test
    void aListAfterTakingPartGivesEveryRoleAndBareName() {
        Meeting m = read("عقد مجلس الجالية اجتماعه الدوري في ملبورن، حضره كل من رئيس المجلس سليم حداد، "
                + "وامين الصندوق كميل نصر، رؤساء اللجان.");
        assertThat(m.attendees()).extracting(Person::name).containsExactly("سليم حداد", "كميل نصر");
        assertThat(m.attendees().get(1).role()).isEqualTo("امين الصندوق");
    }

    @Test
    void aPluralOfBodiesBeforeAColonListsOneDelegationPerItem() {
        Meeting m = read("عقد مجلس الجالية اجتماعه الدوري في ملبورن، حضره كل من رئيس المجلس سليم حداد، "
                + "واللجان: (الطلبة، المراة، الادب والفن في كندا).");
        assertThat(m.delegations()).extracting(Delegation::text).containsExactly("الطلبة", "المراة", "الادب والفن في كندا");
        assertThat(m.delegations().get(2).countries()).containsExactly("CA");
    }

    @Test
    void aSpeakerBroughtOnByAProcedureIsAnAttendee() {
        Meeting m = read("عقدت الرابطة مؤتمرها السنوي في برلين. وافتتح المؤتمر رئيس الرابطة نزار عبود بكلمة ترحيبية.");
        assertThat(m.attendees()).extracting(Person::name).containsExactly("نزار عبود");
        assertThat(m.attendees().get(0).role()).isEqualTo("رئيس الرابطة");
    }

    @Test
    void aPluralRoleWithoutANameIsNoAttendee() {
        Meeting m = read("عقد الاتحاد اجتماعه الشهري بحضور السيد كمال ناصر رئيس الاتحاد، والسادة أعضاء الهيئة الادارية.");
        assertThat(m.attendees()).extracting(Person::name).containsExactly("كمال ناصر");
    }

    @Test
    void thePredecessorOfAnElectedIsNoAttendee() {
        Meeting m = read("عقدت النقابة اجتماعها العام برئاسة السيد وليد عاصي، وانتخب السيد حسام نوري اميناً للسر، "
                + "بعد استقالته من اللجنة، خلفاً للسيد مازن جابر.");
        assertThat(m.attendees()).extracting(Person::name).containsExactly("وليد عاصي");
    }

    @Test
    void aRoleEndingAtAPlaceThenABareNameIsOnePerson() {
        Meeting m = read("عقدت الرابطة اجتماعها السنوي في سيدني. ثم رحب رئيس فرع الرابطة في بيرث كريم سلامة بالحضور.");
        assertThat(m.attendees()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("كريم سلامة");
            assertThat(p.role()).isEqualTo("رئيس فرع الرابطة في بيرث");
        });
    }

    @Test
    void kindsOfBodiesNamedInThePluralAreNoDelegations() {
        Meeting m = read("عقد المنتدى ندوته الثانية في مالمو بحضور ممثلي منظمات المجتمع المدني وجمهور من المهتمين.");
        assertThat(m.delegations()).isEmpty();
    }

    private static java.util.List<String> bodies(Meeting m) {
        return m.delegations().stream().map(d -> ((Organization) d.represents()).name()).toList();
    }

    @Test
    void bodiesListedAfterACueOfTakingPartAreOneDelegationEach() {
        assertThat(bodies(read("عقدت الرابطة ندوتها الشهرية في لندن، بمشاركة كل من:\n- جمعية الطلبة العرب\n"
                + "- نادي الرافدين الثقافي\n- منظمة حقوق الانسان\n")))
                .containsExactly("جمعية الطلبة العرب", "نادي الرافدين الثقافي", "منظمة حقوق الانسان");
        assertThat(bodies(read("نظمت الجمعية أمسية ثقافية في باريس، وشارك فيها اتحاد الكتاب العرب ونقابة الصحفيين.")))
                .containsExactly("اتحاد الكتاب العرب", "نقابة الصحفيين");
        assertThat(bodies(read("انطلقت أعمال المؤتمر السنوي للاتحاد في الرباط بحضور نقابة المعلمين، "
                + "ورابطة الكتاب في فاس، والنادي الثقافي الأمازيغي.")))
                .containsExactly("نقابة المعلمين", "رابطة الكتاب", "النادي الثقافي الأمازيغي");
    }

    @Test
    void countriesListedAfterACueOfTakingPartAreOneDelegationEach() {
        Meeting m = read("عقد الاتحاد اجتماعه الدوري في تونس، وحضر الاجتماع ممثلون عن السودان، اليمن، وليبيا.");
        assertThat(m.delegations()).extracting(Delegation::countries)
                .containsExactly(List.of("SD"), List.of("YE"), List.of("LY"));
        Meeting n = read("افتتح الاتحاد مؤتمره السنوي في القاهرة، وشاركت فيه وفود تمثل نقابات الأردن ولبنان والعراق.");
        assertThat(n.delegations()).extracting(Delegation::countries)
                .containsExactly(List.of("JO"), List.of("LB"), List.of("IQ"));
        Meeting o = read("اختتمت الندوة الإقليمية أعمالها في بيروت، وشارك فيها ممثلو اتحادات العمال في سوريا والعراق.");
        assertThat(o.delegations()).extracting(Delegation::countries)
                .containsExactly(List.of("SY"), List.of("IQ"));
    }

    @Test
    void theOrganizerAndKindsOfBodiesTakeNoPartInTheirOwnGathering() {
        Meeting m = read("نظمت جمعية الطلبة العرب ندوة في لندن شاركت فيها جمعية الطلبة العرب، والجاليات، والفروع.");
        assertThat(m.delegations()).isEmpty();
    }

    @Test
    void personsListedAmongAGroupAreAttendeesWithTheirRolesOrBareNames() {
        Meeting m = read("عقد الوفد لقاء مع الجالية في برلين. وضم الوفد عددا من الأعضاء منهم السفيران أحمد سعيد "
                + "ود. مازن علي، وقنصل لبنان في برلين جميل حداد وكمال يوسف.");
        assertThat(m.attendees()).extracting(Person::name)
                .containsExactly("أحمد سعيد", "مازن علي", "جميل حداد", "كمال يوسف");
        assertThat(m.attendees().get(2).role()).isEqualTo("قنصل لبنان في برلين");
        Meeting n = read("أقامت الجمعية حفلا تكريميا في عمان حضره عدد من الشخصيات بينهم رئيس البلدية خالد منصور، "
                + "والكاتب سعيد حمدان ونادر حسن.");
        assertThat(n.attendees()).extracting(Person::name).contains("خالد منصور", "نادر حسن");
        Meeting o = read("عقدت النقابة اجتماعها الموسع بحضور الدكتور سامي العلي، ورامي يوسف، وهدى ناصر.");
        assertThat(o.attendees()).extracting(Person::name).containsExactly("سامي العلي", "رامي يوسف", "هدى ناصر");
    }

    @Test
    void speakersSetOffByBracketsOrCommasAreAttendees() {
        assertThat(read("عقدت الجمعية مؤتمرها السنوي في بيروت، وألقى كلمتها السيد (كريم جبار) رئيس الجمعية.")
                .attendees()).extracting(Person::name).containsExactly("كريم جبار");
        assertThat(read("تنظم الجمعية مهرجانا خطابيا يوم الجمعة المقبل، يلقي فيه الأمين العام للجمعية، سامي كريم، "
                + "كلمة بالمناسبة.").attendees()).extracting(Person::name).containsExactly("سامي كريم");
        assertThat(read("افتتح المؤتمر أعماله في عمان، وتحدث فيه رئيس الاتحاد، فارس عبد الله، عن التحديات.")
                .attendees()).extracting(Person::name).containsExactly("فارس عبد الله");
    }

    @Test
    void representativesOfABareHeadNameNoDelegation() {
        assertThat(read("عقدت النقابة ندوتها في عمان، وشارك فيها ممثلو الحركة.").delegations()).isEmpty();
        assertThat(read("عقد المجلس اجتماعه في بيروت بحضور ممثلين عن الأحزاب.").delegations()).isEmpty();
        assertThat(read("عقدت الرابطة مؤتمرها في باريس، وشارك فيه ممثلو فرع الرابطة في ليون.").delegations())
                .hasSize(1);
    }

    @Test
    void theChairAndThoseAnAudienceNounOrAPresenceVerbNamesWithARoleAreAttendees() {
        assertThat(read("عقد الفرع اجتماعه برئاسة رئيس الفرع يوسف منصور.").attendees())
                .extracting(Person::name).containsExactly("يوسف منصور");
        assertThat(read("نظم النادي أمسية شعرية في سيدني حضرها رئيس البلدية جون سميث.").attendees())
                .extracting(Person::name).containsExactly("جون سميث");
        assertThat(read("أقامت الجمعية حفلها السنوي في تورنتو، وكان من بين الحضور النائب سامي عيسى "
                + "ورئيس البلدية جون بطرس.").attendees()).extracting(Person::name)
                .containsExactly("سامي عيسى", "جون بطرس");
    }

    @Test
    void aRoleAndANameJoinedByWaGoOnTheListOfPersons() {
        assertThat(read("عقد الفرع اجتماعه برئاسة رئيس الفرع يوسف منصور وحضور أمين الصندوق عادل صبري "
                + "ومقرر اللجنة جون بطرس.").attendees()).extracting(Person::name)
                .containsExactly("يوسف منصور", "عادل صبري", "جون بطرس");
        assertThat(read("نظم النادي أمسية في سيدني حضرها رئيس الجمعية الخيرية طوني حنا ونائبه جورج عطية "
                + "وعدد من أبناء الجالية.").attendees()).extracting(Person::name)
                .containsExactly("طوني حنا", "جورج عطية");
        assertThat(read("أقامت الجالية احتفالا في ملبورن حضره كل من رئيس الجمعية محمد علي ونائب الرئيس أحمد حسن "
                + "وأمين الصندوق خالد عمر.").attendees()).extracting(Person::name)
                .containsExactly("محمد علي", "أحمد حسن", "خالد عمر");
    }

    @Test
    void aRoleWordIsNoPartOfAName() {
        assertThat(read("التأم المجلس في دورته العادية برئاسة عضو المكتب السياسي مفوض شؤون الشباب الدكتور سامر نعيم.")
                .attendees()).extracting(Person::name).containsExactly("سامر نعيم");
        assertThat(read("عقدت اللجنة اجتماعها وترأسه عضو المجلس مفوض الإعلام نزار حمدي.").attendees())
                .extracting(Person::name).doesNotContain("مفوض الإعلام");
        assertThat(read("أقامت الجمعية حفلها وقدمه عريف الحفل سمير داود.").attendees())
                .extracting(Person::name).doesNotContain("عريف الحفل");
    }

    @Test
    void aDelegationDescribedByAnAdjectiveIsOneDelegationWhateverVerbHoldsIt() {
        assertThat(read("عقد المجلس المركزي اجتماعه في بغداد وشارك فيه الوفد الأردني والوفد السوري.").delegations())
                .extracting(Delegation::text).containsExactly("الوفد الأردني", "الوفد السوري");
        assertThat(read("افتتح المؤتمر أعماله بحضور الوفود العربية، ومنها الوفد التونسي. وألقى رئيس الوفد التونسي "
                + "كلمة، ثم رحب الأمين العام بالوفد التونسي.").delegations())
                .extracting(Delegation::text).containsExactly("الوفد التونسي");
        assertThat(read("عقدت الجمعية اجتماعها السنوي في لندن. واستقبل المجتمعون وفدا عراقيا ووفد سوري.").delegations())
                .extracting(Delegation::text).containsExactly("وفدا عراقيا", "وفد سوري");
    }

    @Test
    void delegationsDescribedThenComingFromPlacesAreOnePerPlace() {
        assertThat(read("عقد الحزب مؤتمره العام في عمان. ورحب رئيس المؤتمر بالوفود المشاركة من الكويت والبحرين وقطر.")
                .delegations()).extracting(Delegation::countries)
                .containsExactly(List.of("KW"), List.of("BH"), List.of("QA"));
        assertThat(read("عقد الحزب مؤتمره العام في عمان بحضور وفود عربية من ليبيا والسودان.").delegations())
                .extracting(Delegation::text).containsExactly("ليبيا", "السودان");
        assertThat(read("عقد الاتحاد اجتماعه في القاهرة، وضم وفودا عربية من اليمن وتونس.").delegations())
                .extracting(Delegation::text).containsExactly("اليمن", "تونس");
    }

    @Test
    void theDelegationOfAnotherGatheringIsNoneOfThisOne() {
        assertThat(read("عقد المكتب التنفيذي اجتماعه الدوري، وقرر تسمية الوفد المشارك في الملتقى النقابي الدولي.")
                .delegations()).isEmpty();
        assertThat(read("عقد المجلس اجتماعه وناقش سفر الوفد الزائر في الربيع إلى برلين.").delegations()).isEmpty();
        assertThat(read("عقد المجلس اجتماعه الأول بحضور الوفد الزائر.").delegations()).hasSize(1);
    }

    @Test
    void aPluralOfBodiesInPlacesGivesOneDelegationPerPlace() {
        assertThat(read("عقدت الرابطة مؤتمرها الخامس في سيدني بمشاركة فروعها في ملبورن وأدلايد وبرزبن.").delegations())
                .extracting(Delegation::text).containsExactly("ملبورن", "أدلايد", "برزبن");
        assertThat(read("عقد الحزب مؤتمره العام في عمان. وشاركت في المؤتمر فروع الحزب في البصرة والموصل.")
                .delegations()).extracting(Delegation::text).containsExactly("البصرة", "الموصل");
        assertThat(read("عقدت الجمعية اجتماعها السنوي في لندن، وشاركت فيه جمعيات من برمنغهام وليدز.").delegations())
                .extracting(Delegation::text).containsExactly("برمنغهام", "ليدز");
    }

    @Test
    void countriesJoinedByWaAloneAfterACueAreOneDelegationEach() {
        assertThat(read("عقد اتحاد المعلمين العرب مؤتمره العام في عمان بمشاركة الأردن وفلسطين ولبنان.").delegations())
                .extracting(Delegation::countries).containsExactly(List.of("JO"), List.of("PS"),
                        List.of("LB"));
        assertThat(read("انطلقت أعمال الملتقى النقابي العربي، وشاركت فيه كل من تونس والجزائر.").delegations())
                .hasSize(2);
        assertThat(read("عقد المجلس دورته في الرباط، وحضرها المغرب وموريتانيا وليبيا.").delegations()).hasSize(3);
    }

    @Test
    void bodiesNamedAsGivingASpeechTakePartButTheOrganizersOrgansDoNot() {
        assertThat(read("عقد حزب العمال مؤتمره في عدن، وألقى كلمة الحزب الاشتراكي الفلسطيني الرفيق أحمد سعيد.")
                .delegations()).extracting(Delegation::text).containsExactly("الحزب الاشتراكي الفلسطيني");
        assertThat(read("عقدت نقابة الأطباء مؤتمرها العام في الخرطوم، وألقيت كلمات باسم نقابة المحامين، "
                + "واتحاد المرأة.").delegations()).extracting(Delegation::text)
                .containsExactly("نقابة المحامين", "اتحاد المرأة");
        assertThat(read("عقدت الجمعية العراقية الكندية مؤتمرها في تورنتو، وفي كلمة الهيئة الادارية للجمعية العراقية "
                + "رحبت الرئيسة بالحضور.").delegations()).isEmpty();
    }

    @Test
    void representativesOfAPluralOfBodiesThenOneBodyPerLineAreOneDelegationEach() {
        assertThat(read("عقد المجلس اجتماعه في لندن بمشاركة مندوبين عن الروابط التالية:\n- رابطة الطلبة في برمنغهام\n"
                + "- نادي الجالية في ليدز").delegations()).extracting(Delegation::text)
                .containsExactly("رابطة الطلبة في برمنغهام", "نادي الجالية في ليدز");
        assertThat(read("عقد الاتحاد مؤتمره في باريس، وحضره ممثلو الجمعيات الآتية:\n- جمعية الأمل\n- جمعية النور\n"
                + "- نادي الشباب").delegations()).hasSize(3);
        assertThat(read("عقدت الهيئة اجتماعها في برلين، وشارك فيه وفود عن النقابات التالية:\n- نقابة المعلمين\n"
                + "- نقابة الأطباء").delegations()).extracting(Delegation::text)
                .containsExactly("نقابة المعلمين", "نقابة الأطباء");
    }
    @Test
    void whoeverSpeaksAtTheGatheringIsPresentEvenWhenTheSpeechGreets() {
        String opening = "عقدت رابطة الجالية العربية في السويد مؤتمرها السنوي في مدينة مالمو يوم السبت الماضي. ";
        assertThat(read(opening + "وألقى السيد خالد منصور كلمة حيا فيها المؤتمر.").attendees())
                .extracting(Person::name).containsExactly("خالد منصور");
        assertThat(read(opening + "وألقى كلمة الجمعية رئيسها الدكتور عمر الفاسي، حيا فيها الحضور.").attendees())
                .extracting(Person::name).containsExactly("عمر الفاسي");
        assertThat(read(opening + "وتحدث باسم الاتحاد العام السيدة منى الحسن فحيت المؤتمرين وأكدت دعمها.").attendees())
                .extracting(Person::name).containsExactly("منى الحسن");
    }

    @Test
    void representativesOfAPluralOfBodiesFromPlacesAreOneDelegationPerPlace() {
        String opening = "عقدت رابطة الجالية العربية في السويد مؤتمرها السنوي في مدينة مالمو يوم السبت الماضي. ";
        assertThat(read(opening + "وجرت أعمال المؤتمر بمشاركة ممثلين عن أحزاب من فرنسا وبلجيكا وهولندا.").delegations())
                .extracting(Delegation::countries).containsExactly(List.of("FR"), List.of("BE"),
                        List.of("NL"));
        assertThat(read(opening + "وشارك فيه مندوبون عن نقابات من تونس والمغرب.").delegations())
                .extracting(Delegation::text).containsExactly("تونس", "المغرب");
        assertThat(read(opening + "وحضره ممثلو أندية من ستوكهولم ولوند.").delegations())
                .extracting(Delegation::text).containsExactly("ستوكهولم", "لوند");
    }

    @Test
    void aCountryWhoseNameHoldsAnotherIsOneCountry() {
        String opening = "عقدت رابطة الجالية العربية في السويد مؤتمرها السنوي في مدينة مالمو يوم السبت الماضي. ";
        assertThat(read(opening + "وشاركت في المؤتمر وفود من مصر وجنوب السودان وإثيوبيا.").delegations())
                .extracting(Delegation::countries).containsExactly(List.of("EG"), List.of("SS"),
                        List.of("ET"));
        assertThat(read(opening + "وشارك في المؤتمر وفد مشترك من جنوب السودان والسودان.").delegations())
                .extracting(Delegation::countries).containsExactly(List.of("SS", "SD"));
        assertThat(read(opening + "وحضر المؤتمر ممثلو منظمة الحزب في جنوب افريقيا.").delegations())
                .extracting(Delegation::countries).containsExactly(List.of("ZA"));
    }

    @Test
    void aDelegationDescribedByACountryAdjectiveComesFromThatCountry() {
        String opening = "عقد الاتحاد العربي للمحامين ملتقاه السنوي في عمّان يوم الخميس. ";
        assertThat(read(opening + "وألقى الوفد المصري كلمة، كما تحدث رئيس الوفد اليمني.").delegations())
                .extracting(Delegation::countries).containsExactly(List.of("EG"), List.of("YE"));
        assertThat(read(opening + "وشارك في الملتقى وفد سوداني برئاسة الأستاذ كمال الطيب.").delegations())
                .extracting(Delegation::countries).containsExactly(List.of("SD"));
        assertThat(read(opening + "ورحب رئيس الاتحاد بالوفد العراقي الذي وصل صباح اليوم.").delegations())
                .extracting(Delegation::countries).containsExactly(List.of("IQ"));
    }

    @Test
    void delegatesOfBranchesInPlacesAreOneDelegationPerPlaceHoweverThePlacesAreIntroduced() {
        String opening = "عقدت جمعية الطلبة المغاربيين في كندا مؤتمرها العام الرابع في مونتريال يوم السبت. ";
        assertThat(read(opening + "وشارك فيه 40 مندوباً عن فروع الجمعية في تورونتو وأوتاوا وكيبيك.").delegations())
                .extracting(Delegation::text).containsExactly("تورونتو", "أوتاوا", "كيبيك");
        assertThat(read(opening + "وحضر أشغاله مندوبو فروع الجمعية بتورونتو وأوتاوا.").delegations())
                .extracting(Delegation::text).containsExactly("تورونتو", "أوتاوا");
        assertThat(read(opening + "وشارك فيه مندوبون ومندوبات يمثلون الجالية في كل من فرنسا وبلجيكا.").delegations())
                .extracting(Delegation::countries).containsExactly(List.of("FR"), List.of("BE"));
    }

    @Test
    void guestsComingFromCountriesAreOneDelegationPerCountry() {
        String opening = "نظم نادي الجالية العربية في برلين مهرجانه الثقافي السنوي يوم الأحد. ";
        assertThat(read(opening + "وشارك في المهرجان ضيوف من تونس والأردن ولبنان.").delegations())
                .extracting(Delegation::countries).containsExactly(List.of("TN"), List.of("JO"), List.of("LB"));
        assertThat(read(opening + "وحضره ضيوف من كل من النمسا وسويسرا.").delegations())
                .extracting(Delegation::countries).containsExactly(List.of("AT"), List.of("CH"));
        assertThat(read(opening + "وحلّ على المهرجان ضيوف من المغرب، وموريتانيا.").delegations())
                .extracting(Delegation::countries).containsExactly(List.of("MA"), List.of("MR"));
    }

    @Test
    void aPlaceOfTwoWordsTheGazetteerDoesNotKnowIsOneItemOfTheList() {
        String opening = "عقدت رابطة الطلبة اليمنيين في روسيا مؤتمرها العام في موسكو يوم الأحد. ";
        assertThat(read(opening + "وشارك فيه مندوبون عن فروع الرابطة في موسكو وسانت بطرسبورغ وقازان.").delegations())
                .extracting(Delegation::text).containsExactly("موسكو", "سانت بطرسبورغ", "قازان");
        assertThat(read(opening + "وحضره 30 مندوباً يمثلون فروعها في قازان ونيجني نوفغورود.").delegations())
                .extracting(Delegation::text).containsExactly("قازان", "نيجني نوفغورود");
        Meeting m = read(opening + "وحضر المؤتمر ممثلو فروع الرابطة في قازان وسانت بطرسبورغ وموسكو.");
        assertThat(m.attendees()).isEmpty();
        assertThat(m.delegations()).extracting(Delegation::text).containsExactly("قازان", "سانت بطرسبورغ", "موسكو");
    }

    @Test
    void theDelegationOfOneBranchIsOneDelegationFromWhereTheBranchIs() {
        String opening = "عقد اتحاد الطلبة العرب في أوروبا مؤتمره العام في براغ يوم السبت. ";
        assertThat(read(opening + "وشارك في المؤتمر وفد فرع الاتحاد في بولندا.").delegations())
                .extracting(Delegation::countries).containsExactly(List.of("PL"));
        assertThat(read(opening + "وحضر الجلسة الختامية وفد فرع كراكوف في بولندا.").delegations())
                .extracting(Delegation::countries).containsExactly(List.of("PL"));
        assertThat(read(opening + "كما شارك وفد عن منظمة الاتحاد في المجر.").delegations())
                .extracting(Delegation::countries).containsExactly(List.of("HU"));
    }

    @Test
    void personsNamedAsDeadAreRememberedNotPresent() {
        assertThat(read("أقام النادي أمسيته الشعرية بحضور الأستاذ نادر سليم، وتحدث المشاركون عن ديوان الشاعر "
                + "الراحل فؤاد منصور.").attendees()).extracting(Person::name).containsExactly("نادر سليم");
        assertThat(read("عقدت النقابة مؤتمرها برئاسة النقيب هاني رزق، وأطلقت على دورته اسم الشهيد الصحفي عماد حلمي.")
                .attendees()).extracting(Person::name).containsExactly("هاني رزق");
        assertThat(read("نظمت الجمعية ندوة عن أعمال المرحومة الدكتورة سعاد نجم بحضور السيدة ليلى داود.").attendees())
                .extracting(Person::name).containsExactly("ليلى داود");
    }

    @Test
    void aTroupeNamedInQuotesPerformingAtAnEventIsOneOfItsDelegations() {
        assertThat(read("تنظم جمعية الثقافة الأمازيغية في ليون يوم السبت حفلا فنيا في ساحة بيلكور، تحييه مجموعة "
                + "\"أحواش تافراوت\" وفرقة \"الشباب\" للطرب الأندلسي.").delegations()).extracting(Delegation::text)
                .containsExactly("مجموعة \"أحواش تافراوت\"", "فرقة \"الشباب\" للطرب الأندلسي");
        assertThat(read("أقامت الجمعية الثقافية حفلها السنوي في القاهرة بمشاركة فرقة «أمان» للتراث النوبي، وجوقة "
                + "\"الفرح\" الشعبية.").delegations()).extracting(Delegation::text)
                .containsExactly("فرقة «أمان» للتراث النوبي", "جوقة \"الفرح\" الشعبية");
        assertThat(read("نظم البيت الثقافي العربي في مدريد أمسية فنية يوم الجمعة، أحيتها فرقة \"زرياب\" للموسيقى "
                + "العربية بحضور جمهور غفير.").delegations()).extracting(Delegation::text)
                .containsExactly("فرقة \"زرياب\" للموسيقى العربية");
    }

    @Test
    void aRoleAndABareNameIsAnAttendeeWhateverVerbOrNounHoldsIt() {
        String opening = "عقد المجلس الإداري لنادي الجالية في مدينة ليدز يوم الأحد اجتماعه الفصلي. ";
        assertThat(read(opening + "وكانت الكلمة الأولى لرئيس النادي مهند الربيعي، ثم فتح باب النقاش.").attendees())
                .extracting(Person::name).containsExactly("مهند الربيعي");
        assertThat(read(opening + "ثم دعي عضو الهيئة الإدارية كنان السعدي لعرض خطة الصيف.").attendees())
                .extracting(Person::name).containsExactly("كنان السعدي");
        assertThat(read(opening + "وتخلل الاجتماع عرض قدمه أمين الصندوق جلال الموسوي عن الميزانية.").attendees())
                .extracting(Person::name).containsExactly("جلال الموسوي");
    }

    @Test
    void aPersonKnownOnlyByAnOfficeIsAnAttendeeWhereTheReportHasThemAct() {
        String opening = "نظمت رابطة الطلبة العرب في بودابست مساء الجمعة أمسيتها الثقافية السنوية. ";
        assertThat(read(opening + "وافتتحت الأمسية بكلمة ترحيبية، ثم قرأ عريف الأمسية نبذة عن تاريخ الرابطة.").attendees())
                .extracting(Person::role).containsExactly("عريف الأمسية");
        assertThat(read(opening + "وتلتها كلمة القنصل العام للجمهورية عن واقع الطلبة.").attendees())
                .extracting(Person::role).containsExactly("القنصل العام للجمهورية");
        assertThat(read(opening + "وذلك بحضور الملحق الثقافي للسفارة.").attendees())
                .extracting(Person::role).containsExactly("الملحق الثقافي للسفارة");
    }

    @Test
    void anOfficeNamedAgainOrAProfessionAloneIsNoFurtherAttendee() {
        String opening = "عقدت جمعية المهندسين في مدينة صفاقس يوم السبت جلستها العامة. ";
        assertThat(read(opening + "وترأس الجلسة رئيس الجمعية منذر القاسمي، وأكد رئيس الجمعية أهمية التكوين.")
                .attendees()).extracting(Person::name).containsExactly("منذر القاسمي");
        assertThat(read(opening + "وأشار رئيس الجمعية إلى المشاريع، ثم تحدث رئيس الجمعية منذر القاسمي عن التمويل.")
                .attendees()).extracting(Person::name).containsExactly("منذر القاسمي");
        assertThat(read(opening + "وفي الختام تحدث الشاعر عن المدينة.").attendees()).isEmpty();
        assertThat(read(opening + "وحضرها عدد من الضيوف يتقدمهم نائب الوالي المكلف بالشؤون الاجتماعية السيد كمال الزواري.")
                .attendees()).extracting(Person::name).containsExactly("كمال الزواري");
    }

    @Test
    void aParticipantGoesToTheGatheringItsOwnSentenceNames() {
        String text = "عقدت جمعية الصداقة في مدينة نانت يوم الأحد 4 أيار 2025 اجتماعها العام بحضور السيد رامي "
                + "فرحات. وبمناسبة عيد الاستقلال، تنظم الجمعية يوم السبت 17 أيار حفلا فنيا في قاعة البلدية، وذلك بحضور "
                + "السيدة سلوى زيدان رئيسة البلدية.";
        List<Meeting> meetings = BulletinParser.parse(text).meetings();
        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(0).attendees()).extracting(Person::name).containsExactly("رامي فرحات");
        assertThat(meetings.get(1).attendees()).extracting(Person::name).containsExactly("سلوى زيدان");
    }

    @Test
    void bodiesListedAfterTheGatheringTheyAttendedAreDelegations() {
        String opening = "أقامت الجالية العربية في مدينة بيرث مساء السبت حفلها السنوي في قاعة البلدية. ";
        assertThat(read(opening + "كما حضر الحفل: جمعية الزيتون، نادي الأصدقاء الرياضي، رابطة الأمهات العربيات.")
                .delegations()).extracting(Delegation::text)
                .containsExactly("جمعية الزيتون", "نادي الأصدقاء الرياضي", "رابطة الأمهات العربيات");
        assertThat(read(opening + "وشارك في إحياء المناسبة كل من جمعية الزيتون ونادي الأصدقاء الرياضي.")
                .delegations()).extracting(Delegation::text).containsExactly("جمعية الزيتون", "نادي الأصدقاء الرياضي");
        assertThat(read(opening + "وحضر الحفل:\n- جمعية الزيتون\n- نادي الأصدقاء الرياضي\nوتخلل الحفل عرض للأزياء.")
                .delegations()).extracting(Delegation::text).containsExactly("جمعية الزيتون", "نادي الأصدقاء الرياضي");
    }

    @Test
    void aPluralOfBodiesBeforeAColonHeadsTheListOfDelegationsOnce() {
        String opening = "عقد اتحاد الجمعيات المغاربية في مدينة ميلانو يوم الأحد مؤتمره السنوي. ";
        assertThat(read(opening + "وحضر المؤتمر رؤساء وأعضاء الجمعيات والروابط التالية: جمعية الأطلس، ورابطة "
                + "الوفاء.").delegations()).extracting(Delegation::text).containsExactly("جمعية الأطلس", "رابطة الوفاء");
        assertThat(read(opening + "وحضره جمع من أبناء الجالية وممثلو الأحزاب والجمعيات: جمعية الأطلس، رابطة الوفاء.")
                .delegations()).extracting(Delegation::text).containsExactly("جمعية الأطلس", "رابطة الوفاء");
        assertThat(read(opening + "وحضره ممثلون عن الجمعيات التالية: جمعية الأطلس، ورابطة الوفاء، ونادي الهلال.")
                .delegations()).extracting(Delegation::text)
                .containsExactly("جمعية الأطلس", "رابطة الوفاء", "نادي الهلال");
    }

    @Test
    void delegationsNamedAsAKindThenOneByOneAreOnePerNamedPlaceOrBody() {
        String opening = "افتتح اتحاد المحامين العرب صباح الاثنين في عمّان مؤتمره العام. ";
        assertThat(read(opening + "بمشاركة وفود من 9 دول عربية، بينها مصر وتونس والمغرب.").delegations())
                .extracting(Delegation::countries).containsExactly(List.of("EG"), List.of("TN"), List.of("MA"));
        assertThat(read(opening + "وشاركت في أعمال المؤتمر وفود الدول الأعضاء: الكويت، قطر، البحرين.").delegations())
                .extracting(Delegation::countries).containsExactly(List.of("KW"), List.of("QA"), List.of("BH"));
        assertThat(read(opening + "وشاركت في المؤتمر وفود عربية وأجنبية من لبنان وسوريا وفرنسا.").delegations())
                .extracting(Delegation::countries).containsExactly(List.of("LB"), List.of("SY"), List.of("FR"));
    }

    @Test
    void bodiesAPluralOfBodiesNamesOneByOneAreDelegations() {
        String opening = "نظمت الجالية التونسية في مدينة ليل يوم الأحد وقفة تضامنية أمام البلدية. ";
        assertThat(read(opening + "وشاركت في الوقفة منظمات فرنسية، منها رابطة حقوق الإنسان.").delegations())
                .extracting(Delegation::text).containsExactly("رابطة حقوق الإنسان");
        assertThat(read(opening + "وحضرها ممثلون عن جمعيات عديدة، بينها جمعية الهجرة والتنمية.").delegations())
                .extracting(Delegation::text).containsExactly("جمعية الهجرة والتنمية");
        assertThat(read(opening + "ورفع المشاركون شعارات عديدة، منها الحرية للمعتقلين.").delegations()).isEmpty();
    }

    @Test
    void thePersonWhoActsOrThanksAtTheGatheringIsPresentButNotThoseTheActNames() {
        Meeting m = read("عقدت جمعية المزارعين اجتماعها الشهري في مقرها بمدينة حماة يوم الاثنين. ودعا رئيس الجمعية "
                + "المهندس سليم عواد وزير الزراعة السيد كامل نعمان إلى زيارة القرى المتضررة.");
        assertThat(m.attendees()).extracting(Person::name).containsExactly("سليم عواد");
        Meeting thanked = read("عقد نادي الشباب اجتماعه السنوي في مدينة صيدا يوم الأحد. ووجه رئيس النادي الأستاذ "
                + "مروان شحادة الشكر إلى الدكتور هاني سليم على دعمه.");
        assertThat(thanked.attendees()).extracting(Person::name).containsExactly("مروان شحادة");
        Meeting byRole = read("عقدت الرابطة اجتماعها في مدينة إربد يوم الخميس بحضور الدكتورة سعاد حمدان رئيسة الرابطة. "
                + "وأكدت الرئيسة أن العمل مستمر.");
        assertThat(byRole.attendees()).extracting(Person::name).containsExactly("سعاد حمدان");
    }

    @Test
    void representativesThenAColonAreOneDelegationPerLine() {
        Meeting m = read("عقد اتحاد الطلبة مؤتمره السنوي في مدينة عمان يوم الجمعة. وشارك في المؤتمر ممثلون عن:\n"
                + "- نقابة المعلمين\n- رابطة الكتاب\n- جمعية المهندسين");
        assertThat(m.delegations()).extracting(Delegation::text)
                .containsExactly("نقابة المعلمين", "رابطة الكتاب", "جمعية المهندسين");
        Meeting delegates = read("عقدت الجمعية مؤتمرها الثاني في مدينة الزرقاء يوم السبت، وحضره مندوبون عن:\n"
                + "• نادي الفيصلي الثقافي\n• جمعية المرأة العاملة");
        assertThat(delegates.delegations()).hasSize(2);
        Meeting persons = read("عقدت الجمعية مؤتمرها الثاني في مدينة الزرقاء يوم السبت، وحضره ممثلون عن:\n"
                + "- السيد نادر خليل\n- جمعية المرأة العاملة");
        assertThat(persons.delegations()).extracting(Delegation::text).containsExactly("جمعية المرأة العاملة");
    }

    @Test
    void representativesOfBodiesOfAKindSingledOutByAnAdjectiveAreOneDelegation() {
        assertThat(read("عقدت رابطة المزارعين اجتماعها الموسع في مدينة درعا يوم الثلاثاء، وشارك فيه ممثلو الجمعيات "
                + "الزراعية المحلية، وممثل عن بنك التسليف.").delegations()).extracting(Delegation::text)
                .containsExactly("الجمعيات الزراعية المحلية", "بنك التسليف");
        assertThat(read("نظم اتحاد العمال ندوة في مدينة صفاقس يوم الأحد، بحضور عدد من ممثلي النقابات المغاربية الشقيقة.")
                .delegations()).extracting(Delegation::text).containsExactly("النقابات المغاربية الشقيقة");
        assertThat(read("أقام النادي حفله السنوي في مدينة برلين يوم الجمعة، بحضور ممثلي الأحزاب ومنظمات المجتمع المدني.")
                .delegations()).isEmpty();
    }

    @Test
    void oneDelegationFromBranchesInSeveralCountriesStaysOne() {
        Meeting m = read("عقدت الشبكة لقاءها السنوي في باريس، بمشاركة وفد مشترك من فرعي الشبكة في النمسا وسويسرا، "
                + "ووفد فرع السويد برئاسة السيدة هند كرم.");
        assertThat(m.delegations()).extracting(Delegation::countries)
                .containsExactly(List.of("AT", "CH"), List.of("SE"));
        assertThat(read("عقد الاتحاد مؤتمره في روما، بمشاركة وفد من فروع الاتحاد في فرنسا وألمانيا.").delegations())
                .singleElement().satisfies(d -> assertThat(d.countries()).containsExactly("FR", "DE"));
        assertThat(read("عقد الاتحاد مؤتمره في روما، بمشاركة وفود من فروع الاتحاد في فرنسا وألمانيا.").delegations())
                .hasSize(2);
    }

    @Test
    void placesWhoseNamesTheGazetteerDoesNotKnowAfterWhoTakesPartAreOneDelegationEach() {
        assertThat(read("عقدت نقابة المعلمين اجتماعها الموسع في مدينة كركوك يوم السبت، وحضره ممثلون عن لجان المعلمين "
                + "في الرشاد وتازة والدبس، إضافة الى وفد من جمعية الخريجين.").delegations()).extracting(Delegation::text)
                .containsExactlyInAnyOrder("الرشاد", "تازة", "الدبس", "جمعية الخريجين");
        // after a noun of places, with place names that begin with a head read as a kunya or as a verb
        assertThat(read("عقد الاتحاد لقاء تشاوريا في مدينة البصرة يوم الجمعة، ضم ممثلين عن الجمعيات التعاونية "
                + "للصيادين في أبي الخصيب والزبير وشط العرب.").delegations()).extracting(Delegation::text)
                .containsExactly("أبي الخصيب", "الزبير", "شط العرب");
        assertThat(read("عقدت الرابطة اجتماعها في مدينة المنصورة يوم الأربعاء، حضره عدد من أصحاب المحلات من مراكز "
                + "بلقاس وشربين ونبروه، وذلك لبحث الأزمة.").delegations()).hasSize(3);
        // after a verb of coming
        Meeting came = read("نظم النادي ندوة في مدينة قسنطينة يوم الأحد. وعرفت الندوة مشاركة أساتذة وطلبة قدموا من "
                + "الخروب وعين مليلة وميلة.");
        assertThat(came.delegations()).extracting(Delegation::text).containsExactly("الخروب", "عين مليلة", "ميلة");
        // the place of the gathering itself is no one's origin
        assertThat(read("نظم النادي وقفة في مدينة قسنطينة يوم الأحد، وشارك في الوقفة في الخروب وميلة عدد من الأهالي.")
                .delegations()).isEmpty();
    }

    @Test
    void theBodyRightAfterAVerbOfTakingPartInAGatheringIsADelegationEvenWhenItWrites() {
        assertThat(read("شاركت رابطة الشباب العربي في الوقفة التضامنية التي نظمتها مجموعة من منظمات المجتمع المدني في "
                + "برلين، يوم السبت أمام البرلمان.").delegations()).extracting(Delegation::text)
                .containsExactly("رابطة الشباب العربي");
    }

    @Test
    void guestsFromBodiesAreOneDelegationPerBody() {
        assertThat(read("عقد المجلس الاستشاري لنقابة المحامين اجتماعه الأول في بغداد يوم الخميس. ورحب النقيب بالضيوف من "
                + "نقابة محامي الإقليم واتحاد الحقوقيين، مشيدا بجهودهم.").delegations()).extracting(Delegation::text)
                .containsExactly("نقابة محامي الإقليم", "اتحاد الحقوقيين");
    }

    @Test
    void aPersonPresentWhoComesFromABodyBringsItAsADelegation() {
        Meeting m = read("عقدت جمعية الفنون اجتماعها السنوي في مدينة سوسة يوم السبت، وحضر الاجتماع السيد كمال الورتاني "
                + "مدير دار الشباب، والسيدة منى العلوي من جمعية النساء الديمقراطيات بتونس.");
        assertThat(m.delegations()).singleElement().satisfies(d -> {
            assertThat(((Organization) d.represents()).name()).isEqualTo("جمعية النساء الديمقراطيات");
            assertThat(d.countries()).containsExactly("TN");
        });
        assertThat(m.attendees()).extracting(Person::name).containsExactly("كمال الورتاني", "منى العلوي");
    }

    @Test
    void aBodyNamedAgainInALaterSentenceIsTheSameDelegation() {
        Meeting m = read("عقد الاتحاد الوطني اجتماعه الموسع في مدينة أربيل يوم الأحد بمشاركة وفد من حزب العمال "
                + "الديمقراطي. وضم وفد حزب العمال كلا من سامر علي وكريم حسن.");
        assertThat(m.delegations()).hasSize(1);
        // in one list, two bodies the name reader cuts alike stay two
        assertThat(read("عقد الاتحاد الولائي اجتماعه في وهران يوم الأحد، بحضور ممثلين عن الاتحاد المحلي لأرزيو "
                + "والاتحاد المحلي لبئر الجير.").delegations()).hasSize(2);
    }

    @Test
    void bareNamesListedAfterKullMinAreAttendees() {
        Meeting m = read("عقد الاتحاد الوطني اجتماعه الموسع في مدينة أربيل يوم الأحد بمشاركة وفد من حزب العمال "
                + "الديمقراطي. وضم وفد حزب العمال كلا من سامر يونس وكريم حسن وعلي جواد وجاسم محمد الربيعي.");
        // علي reads as a preposition too: on a list of names it is a name
        assertThat(m.attendees()).extracting(Person::name)
                .containsExactly("سامر يونس", "كريم حسن", "علي جواد", "جاسم محمد الربيعي");
        // after a preposition the list is of places
        assertThat(read("عقد الاتحاد اجتماعه في أربيل يوم الأحد بحضور فروعه في كل من دهوك وزاخو.").attendees()).isEmpty();
    }

    @Test
    void aRoleThenATitledNameInAppositionIsOnePerson() {
        Meeting m = read("عقدت نقابة المهندسين اجتماعها الأول يوم الخميس، برئاسة نقيب المهندسين، المهندس سالم حميد "
                + "الكعبي، وبحضور أمين السر المهندس علي كاظم الموسوي.");
        assertThat(m.attendees()).extracting(Person::name).containsExactly("سالم حميد الكعبي", "علي كاظم الموسوي");
    }

    @Test
    void aVerbalNounWithItsPronounAfterARoleIsNoPerson() {
        assertThat(read("وعقدت الجمعيات الثلاث اجتماعا تنسيقيا يوم الأحد للتحضير للملتقى المقرر إقامته في الربيع.")
                .attendees()).isEmpty();
    }

    @Test
    void aDelegationWhoseOriginIsNoBodyOrPlaceTheReadersKnowIsStillOne() {
        assertThat(read("افتتح اتحاد المزارعين مؤتمره الأول في مدينة أريحا يوم الخميس، بمشاركة وفد من جمعيات وادي "
                + "الأردن شارك عبر الاتصال المرئي.").delegations()).extracting(Delegation::text)
                .containsExactly("جمعيات وادي الأردن");
    }

    @Test
    void aNumberOfBodiesOrOfPlacesAfterACueOfRepresentingIsOneDelegation() {
        assertThat(read("اختتم الاتحاد مؤتمره الوطني في مدينة قسنطينة يوم الجمعة، بمشاركة 150 مندوبا يمثلون 30 مكتبا "
                + "ولائيا.").delegations()).extracting(Delegation::text).containsExactly("30 مكتبا ولائيا");
        assertThat(read("عقدت الرابطة مؤتمرها العام في مدينة عدن يوم الأربعاء، بمشاركة 90 مندوبة يمثلن فروع الرابطة "
                + "في سبع محافظات.").delegations()).hasSize(1);
    }

    @Test
    void thePartiesOfAJointGatheringAreOneDelegationEach() {
        assertThat(read("عقد الحزب الوطني الاتحادي وحزب البعث العربي الاشتراكي (الأصل) اجتماعاً بدار الحزب بالخرطوم يوم "
                + "الخميس ناقشا فيه علاقة الحزبين.").delegations()).extracting(Delegation::text)
                .containsExactly("الحزب الوطني الاتحادي", "حزب البعث العربي الاشتراكي (الأصل)");
        assertThat(read("عقدت الجمعيات الثلاث وهي جمعية المرأة العاملة وجمعية النهضة ورابطة النساء اجتماعا تنسيقيا يوم "
                + "الأحد.").delegations()).hasSize(3);
        assertThat(read("عقدت نقابة المهندسين اجتماعا مشتركا بين نقابة مهندسي الإقليم واتحاد المهندسين في محافظة دهوك "
                + "يوم الأحد.").delegations()).extracting(Delegation::text)
                .containsExactly("نقابة مهندسي الإقليم", "اتحاد المهندسين");
    }

    @Test
    void aNameAndARoleSetApartByACommaOrADashAreOnePerson() {
        Meeting m = read("عقدت الجالية اجتماعها السنوي في مدينة صنعاء يوم الجمعة. واستعرض رئيس الجالية، أحمد يوسف، أبرز "
                + "التحديات. وحضر الاجتماع سامر يونس، نائب رئيس الجالية، وعدد من الأعضاء. واستعرضت هدى الطيب - "
                + "السكرتير العام، إنجازات النادي.");
        assertThat(m.attendees()).extracting(Person::name).containsExactly("أحمد يوسف", "سامر يونس", "هدى الطيب");
        assertThat(m.attendees()).extracting(Person::role)
                .containsExactly("رئيس الجالية", "نائب رئيس الجالية", "السكرتير العام");
    }

    @Test
    void aBodyAfterACueOfPresenceThatIsTheSubjectOfAVerbIsNoDelegation() {
        assertThat(read("برعاية وحضور القنصل العام السيد سامي حداد، اتحاد الطلبة يعقد مؤتمره الأول في مدينة بيروت يوم "
                + "الأحد.").delegations()).isEmpty();
    }

    @Test
    void aCountryInsideABodysNameIsNoCountryOfItsDelegation() {
        Meeting m = read("عقد مجلس الطلبة مؤتمره الأول في مدينة رام الله يوم السبت، بمشاركة جامعة «فلسطين التقنية» "
                + "وجامعة «الخليل».");
        assertThat(m.delegations()).extracting(Delegation::text).contains("جامعة «فلسطين التقنية»");
        assertThat(m.delegations()).allSatisfy(d -> assertThat(d.countries()).isEmpty());
    }

    @Test
    void guestsFromAKindOfBodiesNamedOneByOneAfterAlaGhirarAreDelegations() {
        assertThat(read("عقد اتحاد العمال مؤتمره الوطني صباح الخميس في مدينة وهران بحضور ضيوف من نقابات شقيقة، على غرار "
                + "الاتحاد العام للشغل.").delegations()).extracting(Delegation::text).containsExactly("الاتحاد العام للشغل");
    }

    @Test
    void theNamedPersonInAppositionToASpeakersRoleIsPresent() {
        Meeting m = read("أقامت جمعية الصداقة حفل تعارف في مقرها مساء الجمعة. وقالت رئيسة الجمعية، السيدة هدى ناصر الربيعي، "
                + "إن اللقاء فرصة للتعارف بين الأسر.");
        assertThat(m.attendees()).extracting(Person::name).containsExactly("هدى ناصر الربيعي");
    }

    @Test
    void officeHoldersKnownByRoleAloneWhereverTheyArePresent() {
        Meeting subject = read("افتتحت نقابة المهندسين مؤتمرها السنوي صباح الأحد. وحضر المؤتمر محافظ نابلس.");
        assertThat(subject.attendees()).extracting(Person::role).containsExactly("محافظ نابلس");
        Meeting patron = read("نظمت الجمعية ندوة حول التعليم برعاية وزيرة شؤون الأسرة.");
        assertThat(patron.attendees()).extracting(Person::role).containsExactly("وزيرة شؤون الأسرة");
        Meeting listed = read("عقد النادي اجتماعه الشهري يوم الخميس بحضور السيد رامي خليل، والقنصل الأردني لدى البرازيل.");
        assertThat(listed.attendees()).extracting(Person::role).containsExactly(null, "القنصل الأردني");
        // a member of some committee names no one office holder
        assertThat(read("عقد النادي اجتماعه الشهري بحضور عضو لجنة.").attendees()).isEmpty();
    }

    @Test
    void aBareNameAndItsRoleOnAListOfThosePresent() {
        Meeting m = read("عقدت الرابطة اجتماعها الدوري بحضور عبد الكريم سعد الدين أمين السر ومازن سعد أمين الصندوق.");
        assertThat(m.attendees()).extracting(Person::name).containsExactly("عبد الكريم سعد الدين", "مازن سعد");
        assertThat(m.attendees()).extracting(Person::role).containsExactly("أمين السر", "أمين الصندوق");
    }

    @Test
    void aPresenceJoinedToThePatronAndAProfessionSharedByAList() {
        Meeting joined = read("أقامت الجمعية أمسية ثقافية برعاية وزير الثقافة وحضور محافظ العاصمة.");
        assertThat(joined.attendees()).extracting(Person::role).containsExactly("وزير الثقافة", "محافظ العاصمة");
        Meeting shared = read("نظم البيت الثقافي أمسية شعرية مساء الجمعة بمشاركة الشاعرات سلوى حداد ونوال الخطيب.");
        assertThat(shared.attendees()).extracting(Person::name).containsExactly("سلوى حداد", "نوال الخطيب");
        // a plural of a profession in a body's name leads no list
        assertThat(read("عقدت جمعية الصحفيين العراقيين اجتماعها الدوري يوم الأحد.").attendees()).isEmpty();
    }

    @Test
    void theHeadOfANamedPersonsOfficeAloneIsThatPersonAgain() {
        Meeting m = read("افتتحت الندوة منسقة الملتقى الأستاذة ريم سالم الحداد بكلمة ترحيب. ثم قرأت المنسقة برقية تضامن.");
        assertThat(m.attendees()).extracting(Person::name).containsExactly("ريم سالم الحداد");
    }

    @Test
    void aDefiniteBodyWithAdjectivesOfItsOwnAfterADelegateCue() {
        Meeting m = read("عقد المنتدى اجتماعه السنوي يوم السبت، وحضر الاجتماع ممثلوا الجمعية الهندسية العربية، "
                + "والنادي الرياضي السوري.");
        assertThat(m.delegations()).extracting(Delegation::text)
                .containsExactly("الجمعية الهندسية العربية", "النادي الرياضي السوري");
        // a bare head is the report's own body, no delegation
        assertThat(read("عقد المنتدى اجتماعه السنوي يوم السبت، وحضر الاجتماع ممثلو الجمعية.").delegations()).isEmpty();
    }

    @Test
    void branchesListedAfterAColonByTheirCountries() {
        Meeting m = read("عقد الاتحاد مؤتمره الرابع في بروكسل بحضور فروع الاتحاد في: النمسا، فرنسا، إيطاليا.");
        assertThat(m.delegations()).extracting(Delegation::countries)
                .containsExactly(List.of("AT"), List.of("FR"), List.of("IT"));
    }

    @Test
    void whoOpensTheGatheringInsideAnActIsPresent() {
        Meeting m = read("اختتمت أعمال الملتقى التربوي الثاني في عمّان يوم الخميس. وطالب المشاركون في ختام الملتقى الذي "
                + "افتتحه معالي الدكتور سامر العدوان بزيادة دعم المدارس.");
        assertThat(m.attendees()).extracting(Person::name).containsExactly("سامر العدوان");
    }

    @Test
    void groupsOfBodiesAmongThosePresentAreOneDelegationEach() {
        Meeting m = read("أقامت رابطة المهندسين العرب حفلها السنوي في مدينة ليون، بحضور عدد كبير من قيادات الأحزاب "
                + "الوطنية، ورؤساء النقابات المهنية وأعضاء من المجلس البلدي، وحشد من أبناء الجالية المغربية. "
                + "وألقى رئيس الرابطة كلمة.");
        assertThat(m.delegations()).extracting(Delegation::text).containsExactly(
                "عدد كبير من قيادات الأحزاب الوطنية", "رؤساء النقابات المهنية", "أعضاء من المجلس البلدي",
                "حشد من أبناء الجالية المغربية");
    }

    @Test
    void theOrganizersOwnPeopleAndGuestsWithoutABodyAreNoDelegations() {
        Meeting m = read("عقدت جمعية الأطباء السوريين مؤتمرها الثالث في برلين بحضور أعضاء الجمعية ومندوبي جميع "
                + "الفروع، وعدد من الضيوف العرب. وشهد المؤتمر حضوراً واسعاً لقيادات منظمات المجتمع المدني.");
        assertThat(m.delegations()).extracting(Delegation::text).containsExactly("قيادات منظمات المجتمع المدني");
    }
}
