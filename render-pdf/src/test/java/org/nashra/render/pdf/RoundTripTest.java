package org.nashra.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.model.Bulletin;

/**
 * Text copied out of the PDF (PDFBox {@code PDFTextStripper}) gives back the
 * source words in order, after NFKC and white-space normalisation, whether the
 * stripper sorts by position or not, and whether it takes spaces from the space
 * glyphs only or also guesses them from gaps (its default settings). Body text
 * is kashida-justified (the default); the inserted tatweels copy as U+0640
 * (dropped before words are compared). The file is PDF/UA-1 and PDF/A-2a
 * ({@link ConformanceTest}): every code maps to text and is as wide as what it
 * draws in the font program.
 */
class RoundTripTest {

    private static PdfRenderer renderer;
    private static PdfRenderer interWord;

    @BeforeAll
    static void renderer() {
        renderer = PdfRenderer.builder().build();
        interWord = PdfRenderer.builder().justification(Justification.INTER_WORD).build();
    }

    static Stream<Path> corpus() {
        return DevelopmentCorpus.texts().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusTextCopiesBackWordForWord(Path file) throws IOException {
        String text = Files.readString(file);

        String copied = PdfProbe.text(pdf(null, text));

        assertSameWords(file.getFileName().toString(), words(text), words(withoutPageNumbers(copied)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void kashidaJustifiedCorpusTextCopiesBackWordForWordWithPdfBoxAsItComes(Path file) throws IOException {
        String text = Files.readString(file);
        byte[] pdf = pdf(renderer, null, text);
        byte[] spaced = pdf(interWord, null, text);
        assertThat(tatweels(pdf)).as("inserted tatweels, copying as U+0640").isGreaterThanOrEqualTo(tatweels(spaced));

        String name = file.getFileName().toString();
        assertSameWords(name, words(text), words(withoutPageNumbers(PdfProbe.textWithDefaultSpacing(pdf))));
        assertSameWords(name, words(text), words(withoutPageNumbers(PdfProbe.textWithDefaultSettings(pdf))));
    }

    /** Glyphs that copy as a tatweel. */
    private static long tatweels(byte[] pdf) throws IOException {
        return PdfProbe.glyphs(pdf).stream().filter(g -> "\u0640".equals(g.text())).count();
    }

    @Test
    void theRunsOfARightToLeftLineAreDrawnInLogicalOrder() throws IOException {
        // MuPDF keeps the drawing order of what it does not reverse: the first number must be drawn first
        byte[] pdf = pdf(null, "عقد الاجتماع يوم 14 أيلول 2024 في المدينة");

        String digits = PdfProbe.glyphs(pdf).stream().map(PdfProbe.DrawnGlyph::text)
                .filter(t -> t != null && t.matches("\\d")).collect(java.util.stream.Collectors.joining());

        assertThat(digits).startsWith("142024");
    }

    @Test
    void latinWordsInArabic() throws IOException {
        assertRoundTrip("قدم الدكتور Johan Andersson محاضرة في جامعة Lund عن الهجرة");
    }

    @Test
    void dateWithSlashes() throws IOException {
        assertRoundTrip("عقد الاجتماع يوم 1/9/2013 في مقر الرابطة");
    }

    @Test
    void numberRangeWithEnDash() throws IOException {
        assertRoundTrip("يستمر المؤتمر من 20 – 21 تشرين الأول");
    }

    @Test
    void parenthesesAreMirroredOnThePageAndCopyBackAsWritten() throws IOException {
        assertRoundTrip("عقد المؤتمر في مدينة (Malmö) السويدية");
        assertRoundTrip("الرابطة (فرع السويد) تهنئ");
    }

    @Test
    void phoneNumber() throws IOException {
        assertRoundTrip("للاتصال: +46 70 123 45 67 مساء كل يوم");
    }

    @Test
    void englishSentenceInsideArabic() throws IOException {
        assertRoundTrip("وقال الضيف: This is a day to remember for all of us. ثم صفق الحضور طويلا");
    }

    @Test
    void arabicNameInsideEnglish() throws IOException {
        assertRoundTrip("The opening speech was given by مُحَمَّد عبد الله, chair of the association.");
    }

    @Test
    void harakatAndLigaturesCopyAsTheirLetters() throws IOException {
        assertRoundTrip("كَوران اجتماعاً مُحَمَّد لا لأ لإ لآ الله لله لِلَّهِ بِسْمِ الرَّحْمَٰنِ");
    }

    @Test
    void zeroWidthJoinersAndSoftHyphensDrawNothingAndCopyBack() throws IOException {
        assertRoundTrip("می\u200Cخواهم ع\u200D ج\u200Dـ الاجتماع\u00ADات co\u00ADoperation a\u200Db");
    }

    @Test
    void textInsideABidiOverrideCopiesAsWritten() throws IOException {
        String paragraph = "قال \u202Eabc def\u202C ثم \u202Dسلام\u202C انتهى";
        byte[] pdf = pdf(null, paragraph);

        assertSameWords(paragraph, words(paragraph), words(withoutPageNumbers(PdfProbe.text(pdf))));
    }

    @Test
    void longMixedParagraphWrappedOnSeveralLines() throws IOException {
        String paragraph = String.join(" ", java.util.Collections.nCopies(12,
                "شارك في المؤتمر (Malmö) وفد من 64 مندوبة يوم 1/9/2013 وقال: We are here."));
        assertRoundTrip(paragraph);
    }

    /** The paragraph copies back whether PDFBox takes spaces from the space glyphs or guesses them from gaps. */
    private static void assertRoundTrip(String paragraph) throws IOException {
        byte[] pdf = pdf(renderer, null, paragraph);
        assertSameWords(paragraph, words(paragraph), words(withoutPageNumbers(PdfProbe.text(pdf))));
        assertSameWords(paragraph, words(paragraph), words(withoutPageNumbers(PdfProbe.textWithDefaultSpacing(pdf))));
        assertSameWords(paragraph, words(paragraph), words(withoutPageNumbers(PdfProbe.textWithDefaultSettings(pdf))));
    }

    /** Equal word lists, or a failure showing where they part. */
    static void assertSameWords(String what, List<String> expected, List<String> got) {
        int i = 0;
        while (i < expected.size() && i < got.size() && expected.get(i).equals(got.get(i))) {
            i++;
        }
        if (i == expected.size() && i == got.size()) {
            return;
        }
        int from = Math.max(0, i - 3);
        throw new AssertionError(String.format("%s: words part at %d of %d%n  expected …%s%n  copied   …%s", what, i,
                expected.size(), String.join(" ", expected.subList(from, Math.min(expected.size(), i + 6))),
                String.join(" ", got.subList(Math.min(from, got.size()), Math.min(got.size(), i + 6)))));
    }

    static byte[] pdf(String title, String text) throws IOException {
        return pdf(renderer, title, text);
    }

    private static byte[] pdf(PdfRenderer renderer, String title, String text) throws IOException {
        Bulletin.Builder b = Bulletin.builder(Bulletin.Kind.OTHER);
        if (title != null) {
            b.title(title);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(b.build(), text, out);
        byte[] pdf = out.toByteArray();
        PdfProbe.assertNoGlyphZero(pdf);
        return pdf;
    }

    /** Drops what the page adds to a text-only bulletin: the masthead's genre, the heading and the page footers. */
    private static String withoutPageNumbers(String copied) {
        List<String> kept = new ArrayList<>();
        for (String line : copied.split("\\R")) {
            String words = String.join(" ", words(line));
            if (!words.matches("صفحة \\p{Nd}+ من \\p{Nd}+|خبر|النص الكامل")) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    /**
     * NFKC, white space collapsed, bidi marks dropped (the PDF adds an RLM or
     * LRM where a line's leftmost letter would mislead the extractor's
     * direction guess; they are invisible formatting, not words), and the
     * word joiner and combining grapheme joiner the PDF maps invisible codes to.
     */
    static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069\\u0640\\u034F\\u2060]", "").strip();
        return normal.isEmpty() ? List.of() : Arrays.asList(normal.split("\\s+"));
    }
}
