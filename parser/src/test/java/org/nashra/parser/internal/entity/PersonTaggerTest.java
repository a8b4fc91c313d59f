package org.nashra.parser.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashra.model.Gender;
import org.nashra.model.Person;
import org.nashra.parser.internal.text.AnalyzedText;

/** What the person tagger understands, one pattern per test; every sentence is written for the test. */
class PersonTaggerTest {
    private final PersonTagger tagger = PersonTagger.standard();

    private Person at(String text, int token) {
        return tagger.personAt(AnalyzedText.of(text), token).orElseThrow().person();
    }

    private List<Person> listAt(String text, int token) {
        return tagger.personsAt(AnalyzedText.of(text), token).stream().map(PersonMention::person).toList();
    }

    @Test
    void honorificAndName() {
        String text = "وحضر الأستاذ كمال حسين الجبوري الجلسة";
        Person p = at(text, 1);
        assertThat(p.honorifics()).containsExactly("الأستاذ");
        assertThat(p.name()).isEqualTo("كمال حسين الجبوري");
        assertThat(p.gender()).isEqualTo(Gender.MALE);
        assertThat(p.span().of(text)).isEqualTo("الأستاذ كمال حسين الجبوري");
    }

    @Test
    void aSlashAfterTheTitleAndTheRespectAfterTheNameAreNotPartOfIt() {
        assertThat(at("الأستاذ/ وليد سامي الحداد المحترم", 0).name()).isEqualTo("وليد سامي الحداد");
        assertThat(at("الدكتورة / نوال عيسى المحترمة", 0).name()).isEqualTo("نوال عيسى");
        assertThat(at("وتحدث السيد/ مازن خليل عن الخطة", 1).name()).isEqualTo("مازن خليل");
    }

    @Test
    void aParticleAfterAPrepositionEndsTheName() {
        assertThat(at("وأكد المهندس ناظم بأن النقابة ماضية في خطتها", 1).name()).isEqualTo("ناظم");
        assertThat(at("وصرح الأستاذ وائل بأنها خطوة أولى", 1).name()).isEqualTo("وائل");
        assertThat(at("واعتذر الدكتور فادي لأنه مسافر", 1).name()).isEqualTo("فادي");
    }

    @Test
    void aGivenNameThatAlsoWritesAPrepositionIsANameAfterATitle() {
        assertThat(at("وحضر السيد باسم نعمان الحلو الاجتماع", 1).name()).isEqualTo("باسم نعمان الحلو");
        assertThat(at("ورحب د. باسم كريم بالضيوف", 1).name()).isEqualTo("باسم كريم");
        assertThat(tagger.personAt(AnalyzedText.of("وتحدث باسم النقابة عضو الهيئة"), 1)).isEmpty();
        assertThat(tagger.personAt(AnalyzedText.of("شكرت الزميلة على دعمها"), 1)).isEmpty();
    }

    @Test
    void aNameInBracketsOrQuotesAfterARoleIsThePersonsName() {
        Person p = at("وأكد رئيس نقابة الصيادلة (عادل منصور الخطيب) أن الموعد ثابت", 1);
        assertThat(p.name()).isEqualTo("عادل منصور الخطيب");
        assertThat(p.role()).isEqualTo("رئيس نقابة الصيادلة");
        assertThat(at("وتحدث عضو مجلس الإدارة “سمير ناصر” عن الخطة", 1).name()).isEqualTo("سمير ناصر");
        assertThat(at("وحضر رئيس اللجنة (سابقا) الجلسة", 1).name()).isNull();
    }

    @Test
    void severalHonorificsInARow() {
        Person p = at("الرفيق المناضل الدكتور هاشم العلي", 0);
        assertThat(p.honorifics()).containsExactly("الرفيق", "المناضل", "الدكتور");
        assertThat(p.name()).isEqualTo("هاشم العلي");
    }

    @Test
    void femaleFormsMarkTheGender() {
        assertThat(at("الزميلة سحر عباس", 0).gender()).isEqualTo(Gender.FEMALE);
        assertThat(at("وحضرت الحاجة ام علي", 1).gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void abbreviatedTitle() {
        Person p = at("د. جوان يوسف", 0);
        assertThat(p.honorifics()).containsExactly("د.");
        assertThat(p.name()).isEqualTo("جوان يوسف");
        assertThat(p.gender()).isNull();
    }

    @Test
    void kunyaInBrackets() {
        Person p = at("الرفيق حميد مجيد (ابو ياسر)، ثم", 0);
        assertThat(p.name()).isEqualTo("حميد مجيد");
        assertThat(p.alias()).isEqualTo("ابو ياسر");
    }

    @Test
    void kunyaAfterADash() {
        Person p = at("النصير صادق جعفر – أبو سعد", 0);
        assertThat(p.name()).isEqualTo("صادق جعفر");
        assertThat(p.alias()).isEqualTo("أبو سعد");
    }

    @Test
    void personKnownOnlyByAKunya() {
        Person p = at("الرفيقة أم نضال تحدثت", 0);
        assertThat(p.name()).isNull();
        assertThat(p.alias()).isEqualTo("أم نضال");
        assertThat(p.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void abuInsideANameIsPartOfTheName() {
        assertThat(at("الدكتور خالد ابو زيد", 0).name()).isEqualTo("خالد ابو زيد");
    }

    @Test
    void roleAfterTheNameWithOrWithoutAComma() {
        String text = "بحضور السيد رياض ناصر، رئيس اتحاد الجاليات العربية في السويد، والسيدة";
        Person p = at(text, 1);
        assertThat(p.name()).isEqualTo("رياض ناصر");
        assertThat(p.role()).isEqualTo("رئيس اتحاد الجاليات العربية في السويد");
        assertThat(p.span().of(text)).isEqualTo("السيد رياض ناصر، رئيس اتحاد الجاليات العربية في السويد");
        assertThat(at("الدكتورة هند سالم مديرة المركز الثقافي", 0).role()).isEqualTo("مديرة المركز الثقافي");
    }

    @Test
    void roleTakesOnBehalfOfAndBranch() {
        assertThat(at("السيد كريم داود ممثلا عن نقابة الصحفيين – فرع السويد", 0).role())
                .isEqualTo("ممثلا عن نقابة الصحفيين – فرع السويد");
    }

    @Test
    void roleStopsAtAGatheringAfterFi() {
        assertThat(at("الأستاذ وليد جاسم عضو الهيئة في الاجتماع", 0).role()).isEqualTo("عضو الهيئة");
    }

    @Test
    void roleBeforeATitle() {
        String text = "وافتتح الندوة رئيس المنتدى الدكتور سالم الكعبي";
        Person p = at(text, 2);
        assertThat(p.role()).isEqualTo("رئيس المنتدى");
        assertThat(p.honorifics()).containsExactly("الدكتور");
        assertThat(p.name()).isEqualTo("سالم الكعبي");
        assertThat(p.span().of(text)).isEqualTo("رئيس المنتدى الدكتور سالم الكعبي");
    }

    @Test
    void roleWithAPronounBeforeATitle() {
        assertThat(at("وقدمها سكرتيرها الرفيق جمال", 1).role()).isEqualTo("سكرتيرها");
    }

    @Test
    void professionBeforeANameIsItsRole() {
        Person p = at("قصائد للشاعر عدنان الصائغ", 1);
        assertThat(p.role()).isEqualTo("الشاعر");
        assertThat(p.name()).isEqualTo("عدنان الصائغ");
        assertThat(p.honorifics()).isEmpty();
        assertThat(at("الكاتبة والمترجمة الدكتورة ليلى سعيد", 0).role()).isEqualTo("الكاتبة والمترجمة");
    }

    @Test
    void titleAfterLiGetsItsArticleBack() {
        String text = "رسالة للرفيق فؤاد سلمان";
        Person p = at(text, 1);
        assertThat(p.honorifics()).containsExactly("الرفيق");
        assertThat(p.span().of(text)).isEqualTo("لرفيق فؤاد سلمان");
    }

    @Test
    void dualTitleGovernsTwoPersonsEachWithItsOwnRole() {
        List<Person> two = listAt("والرفيقين حسن عباس عضو المكتب السياسي، وجاسم محمد عضو اللجنة المركزية، والسيد", 0);
        assertThat(two).extracting(Person::name).containsExactly("حسن عباس", "جاسم محمد");
        assertThat(two).extracting(Person::role).containsExactly("عضو المكتب السياسي", "عضو اللجنة المركزية");
        assertThat(two).allSatisfy(p -> assertThat(p.honorifics()).containsExactly("الرفيقين"));
    }

    @Test
    void femaleDualTitle() {
        List<Person> two = listAt("الرفيقتين سهام علي وبشرى جواد", 0);
        assertThat(two).extracting(Person::name).containsExactly("سهام علي", "بشرى جواد");
        assertThat(two).allSatisfy(p -> assertThat(p.gender()).isEqualTo(Gender.FEMALE));
    }

    @Test
    void dualTitleWithRolesOnly() {
        List<Person> two = listAt("والرفيقين مسؤولي لجنة الاعلام ومكتب العلاقات الخارجية", 0);
        assertThat(two).extracting(Person::name).containsOnlyNulls();
        assertThat(two).extracting(Person::role).containsExactly("مسؤولي لجنة الاعلام", "مكتب العلاقات الخارجية");
    }

    @Test
    void pluralTitleListSharesATrailingPluralRoleAndGendersByName() {
        List<Person> four = listAt("والسادة: سمير جابر، هدى كريم، وليد حسن، ومها عادل اعضاءً.", 0);
        assertThat(four).extracting(Person::name).containsExactly("سمير جابر", "هدى كريم", "وليد حسن", "مها عادل");
        assertThat(four).allSatisfy(p -> assertThat(p.role()).isEqualTo("اعضاءً"));
        assertThat(four).allSatisfy(p -> assertThat(p.honorifics()).containsExactly("السادة"));
        assertThat(four).extracting(Person::gender)
                .containsExactly(Gender.MALE, Gender.FEMALE, Gender.MALE, Gender.FEMALE);
    }

    @Test
    void pluralTitleOverKunyas() {
        List<Person> two = listAt("الرفاق الانصار ابو حيدر وابو زينب عن الرابطة", 0);
        assertThat(two).extracting(Person::alias).containsExactly("ابو حيدر", "ابو زينب");
        assertThat(two).allSatisfy(p -> assertThat(p.honorifics()).containsExactly("الرفاق", "الانصار"));
        assertThat(two.get(0).role()).isNull();
    }

    @Test
    void bareNamesSharingADualRole() {
        List<Person> two = tagger.personsAt(AnalyzedText.of("نهى فاضل وسلمى داود نائبتين للرئيسة"), 0, true)
                .stream().map(PersonMention::person).toList();
        assertThat(two).extracting(Person::name).containsExactly("نهى فاضل", "سلمى داود");
        assertThat(two).allSatisfy(p -> assertThat(p.role()).isEqualTo("نائبتين للرئيسة"));
    }

    @Test
    void bareNameOnlyWhereTheCallerAsks() {
        AnalyzedText t = AnalyzedText.of("سعاد كامل رئيسةً");
        assertThat(tagger.personAt(t, 0)).isEmpty();
        Person p = tagger.personAt(t, 0, true).orElseThrow().person();
        assertThat(p.name()).isEqualTo("سعاد كامل");
        assertThat(p.role()).isEqualTo("رئيسةً");
        assertThat(p.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aBareNameThatBeginsWithBaStartsItsSpanWithTheBa() {
        String text = "بولس يوسف رئيسا، ووليد فؤاد نائبا";
        List<Person> two = tagger.personsAt(AnalyzedText.of(text), 0, true).stream().map(PersonMention::person).toList();
        assertThat(two.get(0).name()).isEqualTo("بولس يوسف");
        assertThat(two.get(0).span().of(text)).isEqualTo("بولس يوسف رئيسا");
    }

    @Test
    void nameEndsAtAPrepositionOrAnObject() {
        assertThat(at("الدكتور عماد الحكيم في كلمته", 0).name()).isEqualTo("عماد الحكيم");
        assertThat(at("حيا الرفيق ماجد العبيدي المؤتمرين", 1).name()).isEqualTo("ماجد العبيدي");
        assertThat(at("الرفيقة سناء بمناسبة", 0).name()).isEqualTo("سناء");
    }

    @Test
    void aPluralTitleUsedAsANounIsNoPerson() {
        assertThat(tagger.personAt(AnalyzedText.of("الانصار الشيوعيين العراقيين"), 0)).isEmpty();
        assertThat(tagger.personAt(AnalyzedText.of("الرفاق الذين حضروا"), 0)).isEmpty();
    }

    @Test
    void personsOfATextInOrder() {
        AnalyzedText t = AnalyzedText.of("بحضور الرفيق سامي كاظم والرفيقة نادية علي، والشاعر حسن مطلك");
        assertThat(tagger.persons(t).stream().map(m -> m.person().name()))
                .containsExactly("سامي كاظم", "نادية علي", "حسن مطلك");
    }

    @Test
    void aDefiniteGivenNameWithItsNasabIsOneName() {
        Person p = at("ألقى السيد الطاهر بن جمعة كلمة الترحيب", 1);
        assertThat(p.name()).isEqualTo("الطاهر بن جمعة");
        assertThat(at("ألقت السيدة زينب بنت شعبان الحسني كلمتها", 1).name()).isEqualTo("زينب بنت شعبان الحسني");
    }

    @Test
    void monthAndWeekdayWordsInsideANameStayInIt() {
        assertThat(at("وصل السيد عمر خميس رمضان الى القاعة", 1).name()).isEqualTo("عمر خميس رمضان");
    }

    @Test
    void aForeignFamilyNameStartingWithAPrepositionLetterEndsBeforeAPreposition() {
        Person p = at("تحدث السيد جيرار لوبران عن تجربة الجمعية", 1);
        assertThat(p.name()).isEqualTo("جيرار لوبران");
        assertThat(at("قدم الفنان كريم ببعض الاغاني", 1).name()).isEqualTo("كريم");
    }

    @Test
    void aPluralNounWithItsAdjectiveOrComplementIsNoPartOfAName() {
        assertThat(at("وقدم المذيع سردار كريم فقرات ممتعة", 1).name()).isEqualTo("سردار كريم");
        assertThat(at("وقدم المذيع سردار كريم فقرات البرنامج", 1).name()).isEqualTo("سردار كريم");
    }

    @Test
    void kurdishAndPersianLettersAreFoldedForMatchingButKeptInTheName() {
        Person p = at("غنت الفنانة ڤیان ژیلۆ اغنية", 1);
        assertThat(p.name()).isEqualTo("ڤیان ژیلۆ");
        assertThat(p.role()).isEqualTo("الفنانة");
    }

    @Test
    void anAdjectiveAfterATitleBeforeAnotherTitleMakesTheTitleARole() {
        Person p = at("تحاضر الباحثة الاجتماعية د. سهى النعيمي", 1);
        assertThat(p.name()).isEqualTo("سهى النعيمي");
        assertThat(p.role()).isEqualTo("الباحثة الاجتماعية");
        assertThat(p.honorifics()).containsExactly("د.");
    }

    @Test
    void aLeadingDualProfessionIsSharedByBothNames() {
        List<Person> two = listAt("الشاعران ماهر الصافي ونزار عيسى", 0);
        assertThat(two).extracting(Person::name).containsExactly("ماهر الصافي", "نزار عيسى");
        assertThat(two).extracting(Person::role).containsExactly("الشاعران", "الشاعران");
    }

    @Test
    void feminineDualRolesInConstructAfterTheNames() {
        List<Person> two = listAt("السيدتين هالة منصور وريما داود عضوتي اللجنة", 0);
        assertThat(two).extracting(Person::name).containsExactly("هالة منصور", "ريما داود");
        assertThat(two).extracting(Person::role).containsExactly("عضوتي اللجنة", "عضوتي اللجنة");
        assertThat(listAt("الزميلتين الطبيبتين سلوى حداد ومنى سليم", 0)).hasSize(2);
    }

    @Test
    void theRoleAfterTheCommaOfALeadingDualRoleIsTheNextItemOfTheList() {
        List<Person> two = listAt("العضوين المؤسسين وديع حنا والياس عيد، أمين الصندوق ناجي فرح", 0);
        assertThat(two).extracting(Person::name).containsExactly("وديع حنا", "الياس عيد");
        assertThat(two).extracting(Person::role).containsExactly("العضوين المؤسسين", "العضوين المؤسسين");
        // السابقين: the dual of a listed adjective goes on with the role
        List<Person> former = listAt("الأمينين السابقين وديع حنا وناجي فرح، أمين الصندوق", 0);
        assertThat(former).extracting(Person::name).containsExactly("وديع حنا", "ناجي فرح");
        assertThat(former).extracting(Person::role).containsExactly("الأمينين السابقين", "الأمينين السابقين");
    }

    @Test
    void aTitleClosingANameIsAWordOfIt() {
        assertThat(at("وحضر الدكتور ماهر السيد العطيفي، مدير المستشفى", 1).name()).isEqualTo("ماهر السيد العطيفي");
        assertThat(at("والمهندسة رنا الحاج، عضو اللجنة", 0).name()).isEqualTo("رنا الحاج");
        assertThat(at("الدكتور ماهر السيد وزير الصحة", 0).name()).isEqualTo("ماهر");
    }

    @Test
    void aFeminineRoleWithAPronounSuffix() {
        Person p = at("وحضرت نائبته الدكتورة ليلى حمدان", 1);
        assertThat(p.role()).isEqualTo("نائبته");
        assertThat(p.name()).isEqualTo("ليلى حمدان");
    }

    @Test
    void aKunyaInBracketsWhoseWordStartsWithWaw() {
        Person p = at("الحاج سالم يوسف (أبو وليد)", 0);
        assertThat(p.name()).isEqualTo("سالم يوسف");
        assertThat(p.alias()).isEqualTo("أبو وليد");
    }

    @Test
    void aRoleAfterTheNameKeepsWhereThePostIsHeld() {
        Person p = at("تحدث الدكتور سامر حداد استاذ علم الاجتماع بجامعة أوتاوا عن الهجرة", 1);
        assertThat(p.role()).isEqualTo("استاذ علم الاجتماع بجامعة أوتاوا");
        assertThat(at("وحضرت الآنسة سعاد الكبير منسقة لجنة الطلبة بمدينة غنت", 1).role())
                .isEqualTo("منسقة لجنة الطلبة بمدينة غنت");
        assertThat(at("وصل السيد كمال بدران بالطائرة", 1).role()).isNull();
    }

    @Test
    void aDefiniteProfessionWithItsAdjectiveBeforeAName() {
        Person p = at("وأحيا الحفل المطرب الشعبي آزاد برزنجي بأغانيه", 2);
        assertThat(p.role()).isEqualTo("المطرب الشعبي");
        assertThat(p.name()).isEqualTo("آزاد برزنجي");
    }

    @Test
    void foreignNamesTransliteratedIntoArabic() {
        assertThat(at("استقبل السيد جان ميشيل دوفال، رئيس البلدية، الوفد", 1).name()).isEqualTo("جان ميشيل دوفال");
    }

    @Test
    void aWordGoverningAPrepositionWithAPronounIsNoPartOfAName() {
        assertThat(at("وصلت رسالة من الشاعر نوزاد رفعت شكر فيها المنظمين", 3).name()).isEqualTo("نوزاد رفعت");
    }

    @Test
    void aReportVerbAfterANameEndsIt() {
        assertThat(at("السيد رافد ناجي اعتذر عن الحضور", 0).name()).isEqualTo("رافد ناجي");
    }

    private List<Person> persons(String text) {
        return tagger.persons(AnalyzedText.of(text)).stream().map(PersonMention::person).toList();
    }

    @Test
    void aTitleAfterAStreetDayOrMosqueNounIsPartOfAFixedExpression() {
        assertThat(persons("أقيم الحفل في مطعم على شارع الشيخ خليفة في أبوظبي")).isEmpty();
        assertThat(persons("احتفلت النقابة بيوم الطبيب في قاعتها")).isEmpty();
        assertThat(persons("تجمع المصلون امام مسجد الإمام علي بعد الصلاة")).isEmpty();
        assertThat(persons("أقيم القداس في قاعة رعية مار يوسف في الضاحية")).isEmpty();
        assertThat(persons("وحضر الشيخ ماجد الراشد الحفل")).extracting(Person::name).containsExactly("ماجد الراشد");
    }

    @Test
    void aRoleBetweenTwoTitlesBelongsToOnePerson() {
        Person p = at("وحضر سعادة سفير جمهورية تونس لدى كندا السيد منير الباجي الحفل", 1);
        assertThat(p.honorifics()).containsExactly("سعادة", "السيد");
        assertThat(p.role()).isEqualTo("سفير جمهورية تونس لدى كندا");
        assertThat(p.name()).isEqualTo("منير الباجي");
        assertThat(persons("وحضر سعادة القنصل العام لجمهورية مصر في ميلانو السيد حسام عبد الرحيم"))
                .extracting(Person::name).containsExactly("حسام عبد الرحيم");
    }

    @Test
    void maarIsASyriacTitleBeforeAName() {
        Person p = at("برعاية نيافة المطران مار يعقوب شمعون راعي الأبرشية", 1);
        assertThat(p.honorifics()).containsExactly("نيافة", "المطران", "مار");
        assertThat(p.name()).isEqualTo("يعقوب شمعون");
        assertThat(p.role()).isEqualTo("راعي الأبرشية");
    }

    @Test
    void aStudentTitleLeadsAName() {
        Person p = at("وتحدثت الطالبة سلمى الحداد عن تجربتها", 1);
        assertThat(p.honorifics()).containsExactly("الطالبة");
        assertThat(p.name()).isEqualTo("سلمى الحداد");
        assertThat(p.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aCommonReportNounAfterANameEndsIt() {
        assertThat(at("وأمتع المطرب كريم ناصر الحضور بأغانيه", 1).name()).isEqualTo("كريم ناصر");
        assertThat(at("ونقل السيد باسل عوض رسائل تضامن من الجالية", 1).name()).isEqualTo("باسل عوض");
    }

    @Test
    void aPriestOrPatronRoleFollowsTheName() {
        Person p = at("وبحضور الأب جورج حنا كاهن الرعية", 1);
        assertThat(p.name()).isEqualTo("جورج حنا");
        assertThat(p.role()).isEqualTo("كاهن الرعية");
        assertThat(at("وحضر القس سمير داود راعي كنيسة القديس جرجس", 1).role()).isEqualTo("راعي كنيسة القديس جرجس");
    }

    @Test
    void sundayIsNoQuantifierRole() {
        assertThat(tagger.personAt(AnalyzedText.of("بعد انعقاد المؤتمر يومي السبت والأحد الماضيين"), 1)).isEmpty();
        assertThat(tagger.personAt(AnalyzedText.of("انعقاد الأحد الماضي"), 0)).isEmpty();
    }

    @Test
    void aWordOfANameAfterATitleIsNoVerb() {
        AnalyzedText named = AnalyzedText.of("وألقت السيدة دانة الخطيب كلمة الجمعية");
        assertThat(tagger.inTitledName(named, 2)).isTrue();
        assertThat(tagger.inTitledName(named, 3)).isTrue();
        assertThat(tagger.inTitledName(named, 4)).isFalse();
        assertThat(tagger.inTitledName(AnalyzedText.of("دان المجلس الاعتداء على المتظاهرين"), 0)).isFalse();
    }

    @Test
    void aProfessionWithTwoAdjectivesLeadsAName() {
        Person p = at("وألقى الشاعر العراقي الشاب سامر الكبيسي قصيدتين", 1);
        assertThat(p.name()).isEqualTo("سامر الكبيسي");
        assertThat(p.role()).isEqualTo("الشاعر العراقي الشاب");
    }

    @Test
    void aWordWithTanweenEndsTheName() {
        assertThat(at("وانتخب المؤتمر الاستاذ سمير كامل نائباً للرئيس", 2).name()).isEqualTo("سمير كامل");
    }

    @Test
    void aNameInBracketsOrQuotesAfterATitle() {
        assertThat(at("ألقاها السيد (سامي حسن علي ) رئيس النقابة", 1).name()).isEqualTo("سامي حسن علي");
        Person p = at("وتحدث الرفيق «كريم جبار» عضو المكتب عن الانتخابات", 1);
        assertThat(p.name()).isEqualTo("كريم جبار");
        assertThat(p.role()).isEqualTo("عضو المكتب");
        assertThat(at("قدمت الأستاذة \"هالة يوسف\" عرضا موجزا", 1).name()).isEqualTo("هالة يوسف");
    }

    @Test
    void aNameSetOffByCommasAfterItsRole() {
        Person p = at("يلقي الأمين العام للنقابة، سامي كريم، كلمة بالمناسبة", 1);
        assertThat(p.name()).isEqualTo("سامي كريم");
        assertThat(p.role()).isEqualTo("الأمين العام للنقابة");
        assertThat(at("وأكد رئيس الجمعية، فارس عبد الله، أن العمل مستمر", 1).name()).isEqualTo("فارس عبد الله");
        assertThat(at("ورحبت رئيسة اللجنة، منى سالم الحسن. ثم بدأ العرض", 1).name()).isEqualTo("منى سالم الحسن");
    }

    @Test
    void oneWordBetweenCommasAfterARoleIsNoName() {
        assertThat(at("وتحدث رئيس الجمعية، ثم قدم التقرير", 1).name()).isNull();
        assertThat(at("وألقى رئيس الجمعية، كلمة قصيرة، رحب فيها بالحضور", 1).name()).isNull();
    }

    @Test
    void aPronounAfterAPluralRoleIsNoName() {
        // عدداً من الأعضاء منهم …: "of them" opens the list, it names no one
        assertThat(tagger.persons(AnalyzedText.of("وضم الوفد عددا من الأعضاء منهم السفير أحمد سعيد")))
                .extracting(m -> m.person().name()).containsExactly("أحمد سعيد");
        assertThat(tagger.persons(AnalyzedText.of("وصل الوفود والممثلون معهم")))
                .extracting(m -> m.person().name()).doesNotContain("معهم");
    }

    @Test
    void anAbbreviatedTitleAfterAndStartsTheNextPerson() {
        assertThat(tagger.persons(AnalyzedText.of("السفيران أحمد سعيد ود. مازن علي عضوا المجلس")))
                .extracting(m -> m.person().name()).containsExactly("أحمد سعيد", "مازن علي");
        assertThat(tagger.persons(AnalyzedText.of("وحضر الرفيقان سعاد حسن ود. هدى كامل الندوة")))
                .extracting(m -> m.person().name()).containsExactly("سعاد حسن", "هدى كامل");
        assertThat(tagger.persons(AnalyzedText.of("تحدث فيه الأستاذ كمال يوسف ود. رامي خليل عن التجربة")))
                .extracting(m -> m.person().name()).containsExactly("كمال يوسف", "رامي خليل");
    }

    @Test
    void anAndWrittenApartEndsTheName() {
        assertThat(tagger.persons(AnalyzedText.of("وحضر الجلسة أ. سمير داود و م. خالد يوسف و د. نادر سليم")))
                .extracting(m -> m.person().name()).containsExactly("سمير داود", "خالد يوسف", "نادر سليم");
        assertThat(at("وتحدث الدكتور هاني عيسى و الأستاذة ريم", 1).name()).isEqualTo("هاني عيسى");
        assertThat(at("وشكر السيد مروان خليل و أعضاء اللجنة", 1).name()).isEqualTo("مروان خليل");
    }

    @Test
    void aTitleWordJoinedToADefiniteNounIsNoPerson() {
        assertThat(tagger.persons(AnalyzedText.of("وسادت النقاش روح الأخوة والانسجام والمسؤولية، وانتهى المجلس")))
                .isEmpty();
        assertThat(tagger.persons(AnalyzedText.of("تجمعنا قيم الرفاق والتضامن بين الشعوب"))).isEmpty();
        assertThat(tagger.persons(AnalyzedText.of("وحضر الإخوة والأخوات أعضاء الهيئة العامة")))
                .extracting(m -> m.person().name()).containsOnlyNulls();
    }

    @Test
    void aTitleBeforeAnAccusativePostNamesNoOne() {
        assertThat(tagger.persons(AnalyzedText.of("واختير فارس الشيخ رئيساً للجنة"))).extracting(m -> m.person().role())
                .doesNotContain("رئيساً للجنة");
        assertThat(tagger.persons(AnalyzedText.of("وسمي نبيل الشيخ نائبا للرئيس"))).extracting(m -> m.person().role())
                .doesNotContain("نائبا للرئيس");
        assertThat(at("وحضر الشيخ رئيس المجلس البلدي", 1).role()).isEqualTo("رئيس المجلس البلدي");
    }

    private List<String> names(String text) {
        return tagger.persons(AnalyzedText.of(text)).stream().map(m -> m.person().name()).toList();
    }

    @Test
    void anAdjectiveOfAddressIsNoName() {
        assertThat(names("الرفاق الأعزاء في قيادة الحزب")).allMatch(n -> n == null);
        assertThat(names("ندعو السادة الأعضاء الكرام الى الحضور")).allMatch(n -> n == null);
        assertThat(names("رحل المناضل الكبير بعد مرض")).allMatch(n -> n == null);
    }

    @Test
    void aVerbalNounWithAPossessiveOrAVerbWithAnObjectIsNoName() {
        assertThat(names("الملتقى المقرر إقامته في الربيع")).allMatch(n -> n == null);
        assertThat(names("ويتولى الأمين العام للحزب يعاونه عدد من الأعضاء")).allMatch(n -> n == null);
    }

    @Test
    void aPluralWithItsAdjectiveOrAnObjectNounIsNoName() {
        assertThat(names("بحضور رؤساء اتحادات طلابية عديدة")).doesNotContain("اتحادات طلابية");
        assertThat(names("وقرأت المنسقة رسالة تضامن من الرابطة")).allMatch(n -> n == null);
    }

    @Test
    void baWithAKnownPlaceEndsTheName() {
        assertThat(at("ألقى الشيخ منصور بطرابلس كلمة", 1).name()).isEqualTo("منصور");
    }

    @Test
    void aNameInLatinLettersAfterATitleOrARole() {
        Person p = at("وشارك السيد Peter Larsen رئيس البلدية", 1);
        assertThat(p.name()).isEqualTo("Peter Larsen");
        assertThat(p.role()).isEqualTo("رئيس البلدية");
        assertThat(at("وحضرت الناشطة السويدية Anna-Lena Berg اللقاء", 1).name()).isEqualTo("Anna-Lena Berg");
        // an acronym is no name
        assertThat(names("وحضر السيد UNICEF")).allMatch(n -> n == null);
    }

    @Test
    void aDeputyAfterTheNameIsItsRole() {
        Person p = at("وتحدثت الدكتورة هالة سعيد وكيلة الوزارة عن", 1);
        assertThat(p.name()).isEqualTo("هالة سعيد");
        assertThat(p.role()).isEqualTo("وكيلة الوزارة");
    }

    @Test
    void aTitledNameWhoseFirstWordReadsAsAPrepositionAndANoun() {
        Person p = at("ترأس الجلسة الدكتور بشارة الأيوبي", 2);
        assertThat(p.name()).isEqualTo("بشارة الأيوبي");
        assertThat(at("وحضر السيد بلقاسم بن يوسف", 1).name()).isEqualTo("بلقاسم بن يوسف");
        assertThat(at("وحضر السيد باولو مرقص", 1).name()).isEqualTo("باولو مرقص");
        // what the title's person did with ب is no name
        assertThat(names("وشارك الدكتور بمداخلة قصيرة")).allMatch(n -> n == null);
        assertThat(names("وشارك الأستاذ بورقة عمل")).allMatch(n -> n == null);
        assertThat(names("ورحبت الأستاذة بالحاضرين")).allMatch(n -> n == null);
    }

    @Test
    void aTitleClosingAPhraseWithNoNameNamesNoOne() {
        // الست is an Iraqi title before a woman's name, and the number six after a plural
        assertThat(at("وحضرت الست نجلاء كريم الموسوي", 1).name()).isEqualTo("نجلاء كريم الموسوي");
        assertThat(tagger.persons(AnalyzedText.of("وشارك مندوبو الفروع الست، وممثل عن النقابة")))
                .noneMatch(m -> m.person().honorifics().contains("الست"));
    }
}
