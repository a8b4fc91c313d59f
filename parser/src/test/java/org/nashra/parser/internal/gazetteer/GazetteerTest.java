package org.nashra.parser.internal.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nashra.model.Gender;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.standard();

    private PlaceName country(String phrase) {
        return g.countries().longest(PhraseIndex.tokens(phrase), 0).orElseThrow().value();
    }

    private PlaceName city(String phrase) {
        return g.cities().longest(PhraseIndex.tokens(phrase), 0).orElseThrow().value();
    }

    @Test
    void everyArabicNameIcuGivesAnIsoRegionIsInTheWordList() {
        List<LocaleDisplayNames> arabic = java.util.Arrays.stream(ULocale.getAvailableLocales())
                .filter(l -> l.getLanguage().equals("ar")).map(LocaleDisplayNames::getInstance).toList();
        for (String code : ULocale.getISOCountries()) {
            for (LocaleDisplayNames display : arabic) {
                String name = display.regionDisplayName(code);
                if (name.equals(code)) {
                    continue;
                }
                PlaceName country = new PlaceName(PlaceName.Kind.COUNTRY, code);
                assertThat(g.countries().get(name)).as(code + " " + name).contains(country);
                int paren = name.indexOf('(');
                if (paren > 0) {
                    assertThat(g.countries().get(name.substring(0, paren).trim())).as(code + " " + name).contains(country);
                }
            }
        }
    }

    @Test
    void pressSpellingsOfCountriesAreKnown() {
        assertThat(country("بريطانيا").country()).isEqualTo("GB");
        assertThat(country("انكلترا").country()).isEqualTo("GB");
        assertThat(country("المجر").country()).isEqualTo("HU");
        assertThat(country("هنغاريا").country()).isEqualTo("HU");
        assertThat(country("امريكا").country()).isEqualTo("US");
        assertThat(country("الدنمارك").country()).isEqualTo("DK");
        assertThat(country("هولندا").country()).isEqualTo("NL");
        assertThat(country("المانيا").country()).as("folded: ألمانيا").isEqualTo("DE");
    }

    @Test
    void demonymsInEveryInflectionNameTheirCountry() {
        for (String form : List.of("العراقي", "العراقية", "العراقيين", "العراقيون", "العراقيات", "عراقية")) {
            assertThat(country(form)).as(form).isEqualTo(new PlaceName(PlaceName.Kind.COUNTRY_ADJECTIVE, "IQ"));
        }
        assertThat(country("السويدية").country()).isEqualTo("SE");
        assertThat(country("الألمان").country()).isEqualTo("DE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"غوتنبرغ", "غوتنبرج", "يوتوبوري", "غوتنبورغ", "غونتبرغ", "مالمو", "أوبسالا", "اوبسالا"})
    void swedishCitiesInTheirSpellingVariants(String spelling) {
        assertThat(city(spelling)).isEqualTo(new PlaceName(PlaceName.Kind.CITY, "SE"));
    }

    @Test
    void diasporaAndArabCitiesCarryTheirCountry() {
        assertThat(city("لاهاي").country()).isEqualTo("NL");
        assertThat(city("ديترويت").country()).isEqualTo("US");
        assertThat(city("سدني").country()).isEqualTo("AU");
        assertThat(city("سيدني").country()).isEqualTo("AU");
        assertThat(city("مونتريال").country()).isEqualTo("CA");
        assertThat(city("البصرة").country()).isEqualTo("IQ");
        assertThat(city("الدار البيضاء").country()).isEqualTo("MA");
        assertThat(city("طرابلس").country()).as("Lebanon or Libya").isNull();
    }

    @Test
    void multiWordCitiesMatchLongest() {
        assertThat(g.cities().longest(List.of("لوس", "انجلوس", "في"), 0))
                .contains(new PhraseIndex.Match<>(2, new PlaceName(PlaceName.Kind.CITY, "US")));
    }

    @Test
    void atLeastThreeHundredCities() {
        assertThat(g.cities().size()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void honorificsMarkGenderAndNumber() {
        assertThat(g.honorifics().get("الرفيقين")).contains(new Title(Title.Kind.HONORIFIC, Gender.MALE, GrammaticalNumber.DUAL));
        assertThat(g.honorifics().get("الرفيقتين")).contains(new Title(Title.Kind.HONORIFIC, Gender.FEMALE, GrammaticalNumber.DUAL));
        assertThat(g.honorifics().get("الدكاترة")).contains(new Title(Title.Kind.HONORIFIC, Gender.MALE, GrammaticalNumber.PLURAL));
        assertThat(g.honorifics().get("الاستاذة")).as("folded: الأستاذة")
                .contains(new Title(Title.Kind.HONORIFIC, Gender.FEMALE, GrammaticalNumber.SINGULAR));
        assertThat(g.honorifics().longest(PhraseIndex.tokens("د. علي"), 0).orElseThrow().length()).isEqualTo(2);
    }

    @Test
    void roleHeadsAndProfessions() {
        assertThat(g.roles().get("مسوولي").orElseThrow().number()).as("مسؤولي, folded").isEqualTo(GrammaticalNumber.DUAL);
        assertThat(g.roles().get("نائبه").orElseThrow().gender()).as("نائبة, folded").isEqualTo(Gender.FEMALE);
        assertThat(g.roles().get("شاعره").orElseThrow().kind()).isEqualTo(Title.Kind.PROFESSION);
    }

    @Test
    void organisationHeadsOrgansAndBranches() {
        assertThat(g.organisations().get("رابطه").orElseThrow().kind()).isEqualTo(OrgHead.Kind.ORGANIZATION);
        assertThat(g.organisations().longest(PhraseIndex.tokens("الهيئة الادارية لجمعية"), 0).orElseThrow())
                .isEqualTo(new PhraseIndex.Match<>(2, new OrgHead(OrgHead.Kind.ORGAN)));
        assertThat(g.organisations().get("فرع").orElseThrow().kind()).isEqualTo(OrgHead.Kind.BRANCH);
    }

    @Test
    void givenNamesKnowTheirGender() {
        assertThat(g.givenNameGender("مني")).as("منى, folded").contains(Gender.FEMALE);
        assertThat(g.isGivenName("وليد")).isTrue();
        assertThat(g.givenNameGender("كفاح")).as("unisex").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"countries.tsv", "cities.tsv", "regions.tsv", "honorifics.tsv", "roles.tsv",
            "organisations.tsv", "given-names.tsv", "function-words.tsv", "place-words.tsv", "adjectives.tsv"})
    void everyResourceIsDocumentedAtItsTop(String file) throws IOException {
        try (InputStream in = Gazetteer.class.getResourceAsStream(file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text.lines().limit(3)).allMatch(l -> l.startsWith("#"));
            assertThat(text).contains("Columns");
        }
    }

    @Test
    void headsTellWhichListsAWordCanBeginAPhraseOf() {
        assertThat(g.heads("لندن")).isEqualTo(Gazetteer.CITIES);
        assertThat(g.heads("رفيق") & Gazetteer.HONORIFICS).isNotZero(); // الرفيق: the article is left out
        assertThat(g.heads("مدينه") & Gazetteer.PLACE_WORDS).isNotZero();
        assertThat(g.heads("اجتمع")).isZero();
    }

    @Test
    void headsOfATokenJoinThoseOfItsReadings() {
        org.nashra.parser.internal.text.AnalyzedText t =
                org.nashra.parser.internal.text.AnalyzedText.of("اجتمع رئيس الجمعية بالرفيق في لندن.");
        assertThat(g.heads(t, 0)).isZero();
        assertThat(g.heads(t, 1) & Gazetteer.ROLES).isNotZero();
        assertThat(g.heads(t, 2) & Gazetteer.ORGANISATIONS).isNotZero();
        assertThat(g.heads(t, 3) & Gazetteer.HONORIFICS).isNotZero(); // ب + ال + رفيق
        assertThat(g.heads(t, 5)).isEqualTo(Gazetteer.CITIES);
        assertThat(g.heads(t, 6)).isZero(); // the full stop is no word
    }

    @Test
    void aWordWithoutAListsBitBeginsNoPhraseOfIt() {
        org.nashra.parser.internal.text.AnalyzedText t = org.nashra.parser.internal.text.AnalyzedText.of(
                "وصل الرفيق رئيس اللجنة إلى مدينة غوتنبرج في السويد وزار مقر جمعية الصداقة.");
        List<String> texts = t.tokens().stream().map(org.nashra.parser.internal.text.Token::text).toList();
        List<PhraseIndex<?>> lists = List.of(g.countries(), g.cities(), g.regions(), g.honorifics(), g.roles(),
                g.organisations(), g.functionWords(), g.placeWords());
        for (int i = 0; i < t.tokens().size(); i++) {
            for (var r : t.tokens().get(i).readings()) {
                for (int k = 0; k < lists.size(); k++) {
                    boolean begins = lists.get(k).longest(r.stem(), texts, i + 1).isPresent()
                            || lists.get(k).longestDefinite(r.stem(), texts, i + 1).isPresent();
                    if (begins) {
                        assertThat(g.heads(t, i) & (1 << k)).as(texts.get(i) + " in list " + k).isNotZero();
                    }
                }
            }
        }
    }
}
