package org.nashra.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nashra.model.Bulletin;
import org.nashra.model.IsoDate;
import org.nashra.model.Span;
import org.nashra.model.When;
import org.nashra.parser.internal.text.AnalyzedText;
import org.nashra.parser.internal.text.Sentence;
import org.nashra.parser.internal.text.Token;

/**
 * Random and adversarial input: the parser returns a sane bulletin for any text without an unpaired
 * surrogate (the one documented exception), and every span lies inside the text and cuts out the text it
 * claims. Speed is measured by the JMH benchmark in {@code benchmarks/}, not here.
 */
class AdversarialInputTest {
    /** Pieces that exercise the date grammar when shuffled: word salad of temporal vocabulary. */
    private static final String[] VOCABULARY = {
        "يوم", "يومي", "أيام", "الساعة", "تمام", "في", "وفي", "من", "الى", "حتى", "و", "الموافق", "ل", "عام",
        "العام", "سنة", "شهر", "الشهر", "المقبل", "الماضي", "الجاري", "هذا", "أمس", "الأول", "اليوم", "غداً", "بعد",
        "غد", "مساء", "صباحاً", "ظهراً", "بعد الظهر", "منتصف", "الليل", "ليلة", "السبت", "الأحد", "الاثنين",
        "والسبت", "آذار", "تشرين", "الثاني", "كانون", "نوفمبر", "/", "نيسان/أبريل", "شوال", "ذي", "الحجة",
        "رمضان", "غرة", "هـ", "م", "1434هـ", "2024", "٢٠٢٣", "۱۹", "16", "و17", "31", "0", "99999999999999999999",
        "1/9/2013", "٢٨ /٦ /٢٠٢٠", "19 . 12 . 2017", "13-يونيو-2013", "8/24/2024", "31/2/2020", "18:30",
        "99:99", "20-21", "–", "-", ".", "،", "؛", "؟", "!", "(", ")", "«", "»", "\n", "\n\n", " ", "الحادي",
        "والعشرين", "الخامسة", "والنصف", "الا", "ربعا", "ألف", "وتسعمائة", "مئة", "ثلاث", "عشرة", "بتوقيت",
        "القدس", "د.", "ـــ", "\u064B", "\u0651", "\u202B", "\u202C", "\u200F", "\u200D", "\uFEFF", "ﻻ", "🌹",
        "e\u0301", "ABC", "x", "\t", "\u00A0", "مطلع", "أواخر", "الأسبوع", "صلاة", "الجمعة", "الجاري", "ما",
        "بين", "السادسة", "والثامنة", "شتنبر", "ماي", "ليل", "الليلة", "2024م", "الـ", "ل15", "والنصف", "دقائق",
        "وعشر", "الحالي", "غرة", "للخامس", "أيام", "3،", "الماضية", "الساعة الـ10", "اليوم", "الأول"
    };

    @Test
    void randomWordSaladOfTemporalVocabularyParsesWithSpansInsideTheText() {
        Random random = new Random(20240510L);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int words = 1 + random.nextInt(40);
            for (int w = 0; w < words; w++) {
                sb.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
                if (random.nextInt(4) > 0) {
                    sb.append(' ');
                }
            }
            checkSane(sb.toString());
        }
    }

    @Test
    void randomCodePointsParseWithSpansInsideTheText() {
        Random random = new Random(7L);
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(200);
            while (sb.length() < length) {
                int cp = switch (random.nextInt(5)) {
                    case 0 -> 0x0600 + random.nextInt(0x100);
                    case 1 -> 0x0020 + random.nextInt(0x60);
                    case 2 -> 0xFB50 + random.nextInt(0x4B0);
                    case 3 -> 0x2000 + random.nextInt(0x70);
                    default -> random.nextInt(0x30000);
                };
                if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                    sb.appendCodePoint(cp);
                }
            }
            checkSane(sb.toString());
        }
    }

    @Test
    void longRunsOfOneCharacterParse() {
        checkSane("ا".repeat(100_000));
        checkSane("1/".repeat(50_000));
        checkSane("و".repeat(100_000));
        checkSane(".".repeat(100_000));
        checkSane("١".repeat(100_000));
        checkSane("يوم ".repeat(25_000));
        checkSane("الساعة ".repeat(15_000));
    }

    @Test
    void longRunsOfOneCueWordParse() {
        // each of these words makes a frame look at the words after it; a run must not make it look again and again
        for (String word : List.of("تم ", "جرى ", "وتم ", "عقد ", "اجتماع ", "وفد ", "بحضور ", "انتخب ", "هنأ ",
                "أكد ", "طالب ", "رئيس ", "السيد ", "في ", "من ")) {
            checkSane(word.repeat(5_000));
        }
    }

    @Test
    void loneCombiningMarksAndBidiControlsParse() {
        checkSane("\u064B\u064C\u064D\u0651\u0670");
        checkSane("\u202B\u202E\u2066\u2069\u200F\u200E");
        checkSane("\u0651 15 \u202Bآذار\u202C 2024 \u0651");
        checkSane("ـ".repeat(1000));
    }

    @Test
    void aDateAtTheEdgeOfTheCalendarFollowedByARelativeDayParses() {
        checkSane("1/1/0001 أمس");
        checkSane("31/12/9999 غداً");
        assertThat(BulletinParser.parse("كتب في 1/1/0001 وقال أمس").dates()).extracting(When::start)
                .containsExactly(IsoDate.parse("0001-01-01"), null);
    }

    @Test
    void anUnpairedSurrogateIsTheOneDocumentedException() {
        assertThatThrownBy(() -> BulletinParser.parse("يوم 5 آذار\uD800"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired surrogate");
    }

    private static void checkSane(String text) {
        Bulletin b = BulletinParser.parse(text);
        for (When w : b.dates()) {
            assertInside(w.span(), text);
            assertThat(w.text()).isEqualTo(w.span().of(text));
        }
        AnalyzedText t = AnalyzedText.of(text);
        int covered = 0;
        for (Sentence s : t.sentences()) {
            assertThat(s.firstToken()).isEqualTo(covered);
            covered = s.endToken();
            assertInside(s.span(), text);
        }
        assertThat(covered).isEqualTo(t.tokens().size());
        for (Token k : t.tokens()) {
            assertInside(k.span(), text);
            assertInside(t.stemSpan(k, k.reading()), text);
            assertThat(k.span().contains(t.stemSpan(k, k.reading()))).isTrue();
        }
    }

    private static void assertInside(Span span, String text) {
        assertThat(span.end()).as("span %s in a text of length %d", span, text.length()).isLessThanOrEqualTo(text.length());
    }
}
