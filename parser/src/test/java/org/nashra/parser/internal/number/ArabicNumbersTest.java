package org.nashra.parser.internal.number;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nashra.parser.internal.text.AnalyzedText;

class ArabicNumbersTest {
    private static NumberPhrase read(String text) {
        AnalyzedText t = AnalyzedText.of(text);
        NumberPhrase n = ArabicNumbers.read(t, 0);
        assertThat(n).as("a number in \"%s\"", text).isNotNull();
        return n;
    }

    private static long value(String text) {
        return read(text).value();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "ثلاثة, 3", "ثلاث, 3", "عشرة, 10", "عشر, 10", "اثنان, 2", "إثنان, 2", "اثنتين, 2", "ثماني, 8",
            "عشرين, 20", "تسعون, 90"})
    void cardinalUnitsAndTensInBothGendersAndPressSpellings(String text, long expected) {
        assertThat(value(text)).isEqualTo(expected);
        assertThat(read(text).ordinal()).isFalse();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"أحد عشر, 11", "إحدى عشرة, 11", "اثنا عشر, 12", "اثنتي عشرة, 12", "خمسة عشر, 15", "تسع عشرة, 19"})
    void teensAreAUnitFollowedByTen(String text, long expected) {
        assertThat(value(text)).isEqualTo(expected);
        assertThat(read(text).endToken()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"خمسة وعشرون, 25", "واحد و عشرون, 21", "مئة وخمسون, 150", "مائة وخمسين, 150", "ثلاثمائة, 300",
            "ثلاث مئة, 300", "مئتين, 200", "ألف وتسعمائة وستة وأربعين, 1946", "ألفين وثلاثة عشر, 2013",
            "ثلاثة آلاف وخمسمئة, 3500", "مليون, 1000000"})
    void compoundsJoinedByWa(String text, long expected) {
        assertThat(value(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"الأول, 1", "الاول, 1", "الأولى, 1", "الثانية, 2", "العاشر, 10", "الحادي عشر, 11",
            "الحادية عشرة, 11", "الثاني عشر, 12", "الخامس والعشرون, 25", "الحادي والعشرين, 21",
            "الحادي والثلاثين, 31", "العشرون, 20", "المئة, 100"})
    void ordinalsWithAndWithoutTheArticle(String text, long expected) {
        NumberPhrase n = read(text);
        assertThat(n.value()).isEqualTo(expected);
        assertThat(n.ordinal()).isTrue();
        assertThat(n.definite()).isTrue();
    }

    @Test
    void theFeminineFormIsReported() {
        assertThat(read("الثالثة").feminine()).isTrue();
        assertThat(read("الثالث").feminine()).isFalse();
    }

    @Test
    void aListJoinedByWaIsNotOneNumber() {
        assertThat(read("ثلاثة وأربعة").endToken()).isEqualTo(1);
        assertThat(read("الأول والثاني").endToken()).isEqualTo(1);
    }

    @Test
    void theFirstWordMayCarryPrepositionsLaterWordsOnlyWa() {
        AnalyzedText t = AnalyzedText.of("بالحادي والعشرين ولثلاثة");
        NumberPhrase n = ArabicNumbers.read(t, 0);
        assertThat(n.value()).isEqualTo(21);
        assertThat(n.endToken()).isEqualTo(2);
    }

    @Test
    void oneAsAhadIsReadOnlyInCompounds() {
        assertThat(ArabicNumbers.read(AnalyzedText.of("احد المصارف"), 0)).isNull();
        assertThat(ArabicNumbers.read(AnalyzedText.of("الحادي"), 0)).isNull();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"2013, 2013", "٢٠٢٣, 2023", "۱۹, 19", "١٢٬٥٠٠, 12500", "و17, 17"})
    void digitsInAllThreeScripts(String text, long expected) {
        NumberPhrase n = read(text);
        assertThat(n.value()).isEqualTo(expected);
        assertThat(n.digits()).isTrue();
    }

    @Test
    void decimalsAreNotReadAsWholeNumbers() {
        assertThat(ArabicNumbers.read(AnalyzedText.of("2.5"), 0)).isNull();
    }

    @Test
    void dualsOfAKnownNounCountTwo() {
        AnalyzedText t = AnalyzedText.of("فازت بمقعدين للسنتين الرفيقين");
        assertThat(ArabicNumbers.isDualOf(t.tokens().get(1), "مقعد")).isTrue();
        assertThat(ArabicNumbers.isDualOf(t.tokens().get(2), "سنه")).isTrue();
        assertThat(ArabicNumbers.isDualOf(t.tokens().get(3), "رفيق")).isTrue();
        assertThat(ArabicNumbers.isDualOf(t.tokens().get(0), "فوز")).isFalse();
    }

    @Test
    void allFindsEveryNumberOnce() {
        AnalyzedText t = AnalyzedText.of("حصلت على ثلاثة مقاعد و1200 صوت في المؤتمر الحادي عشر");
        assertThat(ArabicNumbers.all(t)).extracting(NumberPhrase::value).containsExactly(3L, 1200L, 11L);
    }

    /** ICU's spell-out rules cannot parse press spellings, but every spelling they produce must read back. */
    @Test
    void readsBackEverySpellingOfIcuSpellOutUpTo3000() {
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(new ULocale("ar"), RuleBasedNumberFormat.SPELLOUT);
        String[] rules = {"%spellout-cardinal-masculine", "%spellout-cardinal-feminine",
                "%spellout-ordinal-masculine", "%spellout-ordinal-feminine"};
        for (int n = 1; n <= 3000; n++) {
            for (String rule : rules) {
                String spelled = f.format(n, rule);
                AnalyzedText t = AnalyzedText.of(spelled);
                NumberPhrase p = ArabicNumbers.read(t, 0);
                assertThat(p).as("%s (%s)", spelled, rule).isNotNull();
                assertThat(p.value()).as("%s (%s)", spelled, rule).isEqualTo(n);
                assertThat(p.endToken()).as("%s (%s) read whole", spelled, rule).isEqualTo(t.tokens().size());
            }
        }
    }

    @Test
    void dotsAsThousandsSeparators() {
        assertThat(value("4.275 صوتا")).isEqualTo(4275);
        assertThat(value("1.250.000 مشارك")).isEqualTo(1_250_000);
        assertThat(ArabicNumbers.dottedThousands("2.5")).isEqualTo(-1);
        assertThat(ArabicNumbers.dottedThousands("12.2024")).isEqualTo(-1);
        assertThat(ArabicNumbers.dottedThousands("3.4.2024")).isEqualTo(-1);
    }
}
