package org.nashra.parser.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashra.model.Place;
import org.nashra.parser.internal.text.AnalyzedText;

/** What the place tagger understands, one pattern per test; every sentence is written for the test. */
class PlaceTaggerTest {
    private final PlaceTagger tagger = PlaceTagger.standard();

    private List<Place> places(String text) {
        return tagger.places(AnalyzedText.of(text)).stream().map(PlaceMention::place).toList();
    }

    private Place first(String text) {
        return places(text).get(0);
    }

    @Test
    void cityAfterMadinaWithRegionFromDirection() {
        String text = "التقى الوفد في مدينة لوند شمال السويد يوم أمس";
        Place p = first(text);
        assertThat(p.city()).isEqualTo("لوند");
        assertThat(p.region()).isEqualTo("شمال السويد");
        assertThat(p.country()).isEqualTo("SE");
        assertThat(p.countryName()).isEqualTo("السويد");
        assertThat(p.inferred()).isFalse();
        assertThat(p.text()).isEqualTo("مدينة لوند شمال السويد");
        assertThat(p.span().of(text)).isEqualTo(p.text());
    }

    @Test
    void unknownCityAfterMadinaHasNoCountry() {
        Place p = first("انعقد اللقاء في مدينة فالكنبيرغ الساحلية");
        assertThat(p.city()).isEqualTo("فالكنبيرغ");
        assertThat(p.country()).isNull();
        assertThat(p.inferred()).isFalse();
    }

    @Test
    void knownCityAloneGetsItsCountryInferred() {
        Place p = first("وصل الضيوف الى يوتوبوري مساء");
        assertThat(p.city()).isEqualTo("يوتوبوري");
        assertThat(p.country()).isEqualTo("SE");
        assertThat(p.countryName()).isNull();
        assertThat(p.inferred()).isTrue();
    }

    @Test
    void diasporaAndProvincialCitiesAreKnownWithTheirCountry() {
        // a Canadian suburb city, a Moroccan coastal town, a Brazilian city of the Lebanese diaspora, an Egyptian
        // district town: each found without مدينة and given its country, marked inferred
        Place canada = first("اجتمعت الهيئة الادارية للنادي في ميسيساجا بحضور اعضائها");
        assertThat(canada.city()).isEqualTo("ميسيساجا");
        assertThat(canada.country()).isEqualTo("CA");
        assertThat(canada.inferred()).isTrue();
        Place morocco = first("احتضنت بوزنيقة لقاء الشبيبة الصيفي");
        assertThat(morocco.country()).isEqualTo("MA");
        Place brazil = first("نظم النادي اللبناني في كوريتيبا حفلاً لابناء الجالية");
        assertThat(brazil.country()).isEqualTo("BR");
        Place egypt = first("وصل المشاركون الى دمنهور صباح الجمعة");
        assertThat(egypt.country()).isEqualTo("EG");
    }

    @Test
    void aCityWhoseNameFoldsIntoACommonWordIsNotReadAsACity() {
        assertThat(places("جاء ذلك في إطار حملة التضامن التي لعبت دوراً كبيراً")).isEmpty();
    }

    @Test
    void countryNamedInTheTextIsNotInferred() {
        Place p = first("نشاطات الجالية في هنغاريا كثيرة");
        assertThat(p.country()).isEqualTo("HU");
        assertThat(p.countryName()).isEqualTo("هنغاريا");
        assertThat(p.inferred()).isFalse();
    }

    @Test
    void countryGivenOnlyByAnAdjectiveHasNoCountryName() {
        Place p = first("عقدت الندوة في مدينة آرهوس الدنماركية");
        assertThat(p.city()).isEqualTo("آرهوس");
        assertThat(p.country()).isEqualTo("DK");
        assertThat(p.countryName()).isNull();
        assertThat(p.inferred()).isFalse();
    }

    @Test
    void regionAloneInfersItsCountry() {
        Place p = first("تعمل الجمعية في أونتاريو منذ سنوات");
        assertThat(p.region()).isEqualTo("أونتاريو");
        assertThat(p.country()).isEqualTo("CA");
        assertThat(p.inferred()).isTrue();
    }

    @Test
    void venueOnQaaKeepsTheDistrictAndTakesTheCityAfterBa() {
        String text = "اقيم الحفل على قاعة نادي الرافدين في حي روزنغارد بمالمو، بحضور جمهور";
        Place p = first(text);
        assertThat(p.venue()).isEqualTo("قاعة نادي الرافدين في حي روزنغارد");
        assertThat(p.city()).isEqualTo("مالمو");
        assertThat(p.country()).isEqualTo("SE");
        assertThat(p.inferred()).isTrue();
        assertThat(p.text()).isEqualTo("قاعة نادي الرافدين في حي روزنغارد بمالمو");
    }

    @Test
    void hotelWithAQuotedName() {
        Place p = first("في فندق «النخيل» بالدوحة");
        assertThat(p.venue()).isEqualTo("فندق «النخيل»");
        assertThat(p.city()).isEqualTo("الدوحة");
        assertThat(p.country()).isEqualTo("QA");
    }

    @Test
    void seatAfterBaStartsAfterThePreposition() {
        String text = "اجتمعت اللجنة بمقر الاتحاد في مدينة ديترويت";
        Place p = first(text);
        assertThat(p.venue()).isEqualTo("مقر الاتحاد");
        assertThat(p.city()).isEqualTo("ديترويت");
        assertThat(p.country()).isEqualTo("US");
        assertThat(p.text()).isEqualTo("مقر الاتحاد في مدينة ديترويت");
        assertThat(p.span().of(text)).isEqualTo(p.text());
    }

    @Test
    void venueRegionFromDirectionAfterIt() {
        Place p = first("في قاعة البلدية شرق ملبورن");
        assertThat(p.venue()).isEqualTo("قاعة البلدية");
        assertThat(p.region()).isEqualTo("شرق ملبورن");
        assertThat(p.city()).isEqualTo("ملبورن");
        assertThat(p.country()).isEqualTo("AU");
    }

    @Test
    void amamStaysInTheTextOfASpatialPlace() {
        Place p = first("وقفة احتجاجية امام القنصلية التركية في هامبورغ");
        assertThat(p.text()).isEqualTo("امام القنصلية التركية في هامبورغ");
        assertThat(p.venue()).isEqualTo("القنصلية التركية");
        assertThat(p.city()).isEqualTo("هامبورغ");
    }

    @Test
    void knownCityInsideAVenueLocatesIt() {
        Place p = first("يقام التأبين في مقبرة أوسلو الشمالية");
        assertThat(p.venue()).isEqualTo("مقبرة أوسلو الشمالية");
        assertThat(p.city()).isEqualTo("أوسلو");
        assertThat(p.country()).isEqualTo("NO");
    }

    @Test
    void datelineCityBeforeADash() {
        AnalyzedText t = AnalyzedText.of("ديربورن – اقامت الجمعية امسية");
        Place p = tagger.datelineAt(t, 0).orElseThrow().place();
        assertThat(p.city()).isEqualTo("ديربورن");
        assertThat(p.country()).isEqualTo("US");
    }

    @Test
    void datelineCityBeforeASlashColonOrDate() {
        assertThat(tagger.datelineAt(AnalyzedText.of("القاهرة/ اعلنت النقابة"), 0)).isPresent();
        assertThat(tagger.datelineAt(AnalyzedText.of("عمان: اختتمت الدورة"), 0)).isPresent();
        assertThat(tagger.datelineAt(AnalyzedText.of("نص\nاربيل 3/5/2022"), 1).orElseThrow().place().country())
                .isEqualTo("IQ");
        assertThat(tagger.datelineAt(AnalyzedText.of("بغداد عاصمة"), 0)).isEmpty();
    }

    @Test
    void datelineCityBeforeADateWrittenWithAMonthName() {
        Place p = tagger.datelineAt(AnalyzedText.of("الموصل 14 نيسان 2021\nعقدت الجمعية"), 0).orElseThrow().place();
        assertThat(p.city()).isEqualTo("الموصل");
        assertThat(p.country()).isEqualTo("IQ");
    }

    @Test
    void aCountryAdjectiveOpeningALineIsNoDateline() {
        assertThat(tagger.datelineAt(AnalyzedText.of("السوري: تحدث الضيف"), 0)).isEmpty();
        assertThat(tagger.datelineAt(AnalyzedText.of("الفرنسية في 12/3/2020"), 0)).isEmpty();
        assertThat(places("العراقي: عقد اجتماع")).isEmpty();
    }

    @Test
    void unknownDatelineCityIsTakenBeforeADashOnly() {
        assertThat(tagger.datelineAt(AnalyzedText.of("فيكشو – عقدت"), 0).orElseThrow().place().city()).isEqualTo("فيكشو");
        assertThat(tagger.datelineAt(AnalyzedText.of("ملاحظة: عقدت"), 0)).isEmpty();
    }

    @Test
    void bareCountriesOfAListAreEachAPlace() {
        assertThat(places("وفود من النرويج، فنلندا، النمسا وسويسرا").stream().map(Place::country))
                .containsExactly("NO", "FI", "AT", "CH");
    }

    @Test
    void aVenueWordWithoutAPrepositionIsNoPlace() {
        assertThat(places("شكر المجتمعون ادارة القاعة على تعاونها")).isEmpty();
    }

    @Test
    void datelineCityWithABracketedSourceBeforeTheDash() {
        AnalyzedText t = AnalyzedText.of("مدريد (مراسلنا) – احتفلت الجالية");
        PlaceMention m = tagger.datelineAt(t, 0).orElseThrow();
        assertThat(m.place().city()).isEqualTo("مدريد");
        assertThat(m.place().text()).isEqualTo("مدريد");
        assertThat(m.endToken()).isEqualTo(4);
    }

    @Test
    void datelineCityWithACommaBeforeItsDate() {
        Place p = tagger.datelineAt(AnalyzedText.of("مونتريال، 3 آذار 2024"), 0).orElseThrow().place();
        assertThat(p.city()).isEqualTo("مونتريال");
        assertThat(p.country()).isEqualTo("CA");
        assertThat(tagger.datelineAt(AnalyzedText.of("مونتريال، مدينة جميلة"), 0)).isEmpty();
    }

    @Test
    void datelineUnknownCityWithItsStateAfterAComma() {
        Place p = tagger.datelineAt(AnalyzedText.of("بولدر، كولورادو في 2/3/2024"), 0).orElseThrow().place();
        assertThat(p.city()).isEqualTo("بولدر");
        assertThat(p.region()).isEqualTo("كولورادو");
        assertThat(p.country()).isEqualTo("US");
        assertThat(p.inferred()).isTrue();
        assertThat(p.text()).isEqualTo("بولدر، كولورادو");
    }

    @Test
    void aCityWithItsStateAfterBiOrFi() {
        Place p = first("عقد الملتقى في فندق «النجمة» في مدينة دالاس بولاية تكساس");
        assertThat(p.city()).isEqualTo("دالاس");
        assertThat(p.region()).isEqualTo("ولاية تكساس");
        assertThat(p.venue()).isEqualTo("فندق «النجمة»");
        assertThat(p.country()).isEqualTo("US");
    }

    @Test
    void inFrontOfAnIndefiniteVenueHeadingAConstruct() {
        Place p = first("اعتصم المحتجون أمام مبنى وزارة الخارجية في برلين");
        assertThat(p.venue()).isEqualTo("مبنى وزارة الخارجية");
        assertThat(p.city()).isEqualTo("برلين");
        assertThat(p.text()).startsWith("أمام");
    }

    @Test
    void aDayPartAfterAStreetNameEndsTheVenue() {
        Place p = first("تجمع المتظاهرون في شارع كوينز مساء السبت");
        assertThat(p.venue()).isEqualTo("شارع كوينز");
    }

    @Test
    void aStreetNamedAfterATitledPersonStaysInTheVenueAndACityWithBiFollows() {
        Place p = first("عقد اللقاء في قاعة الندى بفندق النخيل في شارع الشيخ راشد بالشارقة مساء أمس");
        assertThat(p.venue()).isEqualTo("قاعة الندى بفندق النخيل في شارع الشيخ راشد");
        assertThat(p.city()).isEqualTo("الشارقة");
        assertThat(p.country()).isEqualTo("AE");
    }

    @Test
    void aChurchNamedAfterASaintKeepsItsTitleInTheVenue() {
        Place p = first("أقيم القداس في كنيسة مار توما في مدينة فرانكفورت");
        assertThat(p.venue()).isEqualTo("كنيسة مار توما");
        assertThat(p.city()).isEqualTo("فرانكفورت");
    }

    @Test
    void aVenueTakesTheCityItIsTiedToByALinkADistrictOrItsOwner() {
        Place seat = first("اجتمعت الهيئة في مقر الرابطة الكائن في حي النخيل بمدينة الرياض مساء الخميس");
        assertThat(seat.venue()).isEqualTo("مقر الرابطة");
        assertThat(seat.city()).isEqualTo("الرياض");
        assertThat(seat.country()).isEqualTo("SA");
        Place hall = first("أقيمت الأمسية بقاعة المحاضرات التابعة لبلدية أوسلو بحضور جمهور كبير");
        assertThat(hall.city()).isEqualTo("أوسلو");
        assertThat(hall.country()).isEqualTo("NO");
        Place council = first("انعقد اللقاء في قاعة الاجتماعات التابعة للمجلس البلدي لصفاقس صباح السبت");
        assertThat(council.city()).isEqualTo("صفاقس");
        assertThat(council.inferred()).isTrue();
    }

    @Test
    void aCapitalNamedWithItsCountryAdjectiveIsThatCountrysCity() {
        Place vienna = first("انعقد المؤتمر في فندق الريتز بالعاصمة النمساوية فيينا");
        assertThat(vienna.city()).isEqualTo("فيينا");
        assertThat(vienna.country()).isEqualTo("AT");
        assertThat(vienna.inferred()).isFalse();
        Place town = first("نظمت الجمعية وقفة في مدينة ليون وسط الحي القديم");
        assertThat(town.city()).isEqualTo("ليون");
        Place capital = first("وصل الوفد الى العاصمة الأردنية عمان صباح اليوم");
        assertThat(capital.city()).isEqualTo("عمان");
        assertThat(capital.country()).isEqualTo("JO");
    }

    @Test
    void aVenueNamedInQuotesOfAnyKindReachesTheCityAfterItsDistrict() {
        Place straight = first("أقيم الحفل في نادي \"الأرز\" بحي الميناء في طرابلس مساء الجمعة");
        assertThat(straight.venue()).isEqualTo("نادي \"الأرز\" بحي الميناء");
        assertThat(straight.city()).isEqualTo("طرابلس");
        Place curly = first("انعقدت الندوة في قاعة “ابن رشد” بمدينة قرطبة بحضور الباحثين");
        assertThat(curly.venue()).isEqualTo("قاعة “ابن رشد”");
        assertThat(curly.city()).isEqualTo("قرطبة");
        Place district = first("تجمع المحتجون أمام مبنى البلدية بحي السلام في الإسكندرية ظهر الأحد");
        assertThat(district.city()).isEqualTo("الإسكندرية");
        assertThat(district.country()).isEqualTo("EG");
    }

    @Test
    void aDirectionAfterAVenueBeforeANamedSettlementGivesTheCityAndTheRegion() {
        Place seat = first("اجتمعت الهيئة في مقر الرابطة الكائن في حي سولنا شمال العاصمة السويدية ستوكهولم");
        assertThat(seat.city()).isEqualTo("ستوكهولم");
        assertThat(seat.region()).isEqualTo("شمال العاصمة السويدية ستوكهولم");
        Place square = first("أقيم المهرجان في ساحة البلدية جنوب مدينة ليون يوم الأحد");
        assertThat(square.city()).isEqualTo("ليون");
        assertThat(square.venue()).isEqualTo("ساحة البلدية");
        Place alone = first("جرت الوقفة يوم الأحد وسط مدينة تورنتو");
        assertThat(alone.city()).as("a direction opening a place is no venue's").isEqualTo("تورنتو");
        assertThat(alone.region()).isNull();
    }

    @Test
    void unknownCityWithTheArticleAfterMadina() {
        Place p = first("اجتمعت اللجنة في مدينة الخابورة مساء أمس");
        assertThat(p.city()).isEqualTo("الخابورة");
        assertThat(p.country()).isNull();
        // a definite word after it in construct makes a venue's or a project's name, not a city
        assertThat(places("زار الوفد مدينة الألعاب الرياضية")).allMatch(q -> q.city() == null);
    }

    @Test
    void venueNamedAfterAPerson() {
        Place p = first("عقد اللقاء بدار الشباب ابن خلدون بسوسة يوم السبت");
        assertThat(p.venue()).isEqualTo("دار الشباب ابن خلدون");
        assertThat(p.city()).isEqualTo("سوسة");
        assertThat(first("أقيم الحفل في قاعة الشهيد سالم في كربلاء").venue()).isEqualTo("قاعة الشهيد سالم");
    }

    @Test
    void cityAfterMinAndASettlementWord() {
        Place p = first("أقيم الحفل في قاعة الجمعية في الحي الثالث من العاصمة الفرنسية باريس ، وألقى");
        assertThat(p.venue()).isEqualTo("قاعة الجمعية في الحي الثالث");
        assertThat(p.city()).isEqualTo("باريس");
        assertThat(p.country()).isEqualTo("FR");
    }

    @Test
    void districtNameWhoseFirstLetterLooksLikeBa() {
        Place p = first("أقيم اللقاء في مبنى البلدية الواقع في منطقة بلاكتاون في سيدني");
        assertThat(p.city()).isEqualTo("سيدني");
        assertThat(p.country()).isEqualTo("AU");
    }

    @Test
    void aCampOrADistrictNamesNoCity() {
        assertThat(places("استقبل الوفد في مكتبه بمخيم الرشيدية")).allMatch(q -> q.city() == null);
        assertThat(first("عقد الاجتماع في قاعة النادي بمديرية المعلا").venue()).isEqualTo("قاعة النادي بمديرية المعلا");
    }

    @Test
    void theMonthAabIsNoCity() {
        assertThat(places("يعقد المؤتمر في الأول من آب المقبل")).isEmpty();
    }

    @Test
    void moreVenueWords() {
        Place p = first("وتقبل التعازي في حسينية الزهراء في كربلاء");
        assertThat(p.venue()).isEqualTo("حسينية الزهراء");
        assertThat(p.city()).isEqualTo("كربلاء");
        assertThat(first("انعقد الملتقى بفضاء المركب الثقافي بسوسة").venue()).isEqualTo("فضاء المركب الثقافي");
    }

    @Test
    void anUnknownCityTakesTheCountryOfTheAdjectiveAfterIt() {
        Place p = first("اختتمت الدورة التدريبية في مدينة القلعة المغربية مساء السبت");
        assertThat(p.city()).isEqualTo("القلعة");
        assertThat(p.country()).isEqualTo("MA");
    }

    @Test
    void theCapitalThatBearsItsCountrysNameIsACity() {
        Place p = first("عقد المجلس دورته العادية بالكويت العاصمة أمس");
        assertThat(p.city()).isEqualTo("الكويت العاصمة");
        assertThat(p.country()).isEqualTo("KW");
        assertThat(first("سافر الوفد الى الكويت أمس").city()).isNull();
    }

    @Test
    void aProvinceNamedAfterItsCityIsARegionInThatCitysCountry() {
        Place p = first("اجتمع المكتب في قاعة البلدية بمحافظة البصرة صباح الخميس");
        assertThat(p.region()).isEqualTo("محافظة البصرة");
        assertThat(p.city()).isNull();
        assertThat(p.country()).isEqualTo("IQ");
        assertThat(p.inferred()).isTrue();
    }

    @Test
    void aVigilsRoundaboutOrPrisonGateIsAVenueAfterIndaOrAmam() {
        Place roundabout = first("تنظم النقابة وقفة عند دوار الشهداء في مدينة جنين ظهر الأحد");
        assertThat(roundabout.venue()).isEqualTo("دوار الشهداء");
        assertThat(roundabout.city()).isEqualTo("جنين");
        Place prison = first("اعتصم الأهالي أمام سجن المدينة بنابلس");
        assertThat(prison.venue()).isEqualTo("سجن المدينة");
        assertThat(prison.city()).isEqualTo("نابلس");
    }

    @Test
    void anIndefiniteCapitalIsTheCapitalOfWhatFollowsNotACityOfThatName() {
        Place country = first("انعقد المؤتمر في عاصمة الأردن عمان يوم الجمعة");
        assertThat(country.city()).isEqualTo("عمان");
        assertThat(country.country()).isEqualTo("JO");
        Place province = first("انعقد المؤتمر بعاصمة السهول ولاية سطيف يوم الجمعة");
        assertThat(province.city()).isNull();
        assertThat(province.region()).isEqualTo("ولاية سطيف");
        assertThat(province.country()).isEqualTo("DZ");
    }
}
