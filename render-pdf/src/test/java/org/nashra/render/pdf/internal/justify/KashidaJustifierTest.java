package org.nashra.render.pdf.internal.justify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nashra.fonts.NashraFonts;
import org.nashra.render.pdf.internal.font.FontFace;
import org.nashra.render.pdf.internal.shaping.JdkShaper;
import org.nashra.render.pdf.internal.text.Glyph;
import org.nashra.render.pdf.internal.text.GlyphRun;
import org.nashra.render.pdf.internal.text.Justifier;
import org.nashra.render.pdf.internal.text.ShapedLine;
import org.nashra.render.pdf.internal.text.Shaper;

class KashidaJustifierTest {
    private static final float SIZE = 12f;
    private static FontFace amiri;
    private static final Shaper SHAPER = new JdkShaper(1000);
    /** Kashidas first (no share for the spaces before them): the kashida rules seen alone. */
    private static final Justifier KASHIDA = new KashidaJustifier(SHAPER, 3, 1, 0);
    /** As the renderer justifies: each space widens by a quarter of its width before any kashida. */
    private static final Justifier SPACES_FIRST = new KashidaJustifier(SHAPER);

    @BeforeAll
    static void load() throws IOException {
        amiri = FontFace.load(NashraFonts.AMIRI.regular());
    }

    /** One right-to-left run of Amiri at 12 pt: the words shaped one by one, single spaces between. */
    private static ShapedLine line(String text) {
        List<Glyph> visual = new ArrayList<>();
        int end = text.length();
        while (end > 0) {
            int start = text.lastIndexOf(' ', end - 1) + 1;
            visual.addAll(SHAPER.shape(amiri, text, start, end, true));
            if (start > 0) {
                visual.addAll(SHAPER.shape(amiri, text, start - 1, start, true));
            }
            end = start - 1;
        }
        return new ShapedLine(text, 0, text.length(), 1, List.of(new GlyphRun(amiri, SIZE, 1, 0, text.length(), visual)));
    }

    private static float tatweel() {
        return KashidaJustifier.tatweelAdvance(SHAPER, amiri) * SIZE / amiri.unitsPerEm();
    }

    /** A glyph drawing only inserted tatweels: it stands for no text, over an empty cluster. */
    private static boolean isInserted(Glyph glyph) {
        return glyph.text().isEmpty() && glyph.charStart() == glyph.charEnd();
    }

    private static List<Glyph> glyphs(ShapedLine line) {
        return line.runs().stream().flatMap(r -> r.glyphs().stream()).toList();
    }

    private static int tatweelGlyphs(List<Glyph> glyphs) {
        return (int) glyphs.stream().filter(g -> isInserted(g) && g.advance() > 0).count();
    }

    /** The glyphs' texts in logical order: what copy and paste gives. */
    private static String copied(ShapedLine line) {
        return glyphs(line).stream().sorted(Comparator.comparingInt(Glyph::charStart).thenComparingInt(Glyph::charEnd))
                .map(Glyph::text).collect(Collectors.joining());
    }

    /** How many tatweels each word received: the elongated text of each word, by the inserted glyphs' places. */
    private static List<Integer> insertedPerWord(ShapedLine line) {
        String text = line.text();
        List<Integer> counts = new ArrayList<>();
        int start = 0;
        for (String word : text.split(" ")) {
            int from = start;
            int to = start + word.length();
            float units = 0;
            for (Glyph g : glyphs(line)) {
                if (isInserted(g) && g.advance() > 0 && g.charStart() >= from && g.charStart() <= to) {
                    units += g.advance();
                }
            }
            counts.add(Math.round(units / KashidaJustifier.tatweelAdvance(SHAPER, amiri)));
            start = to + 1;
        }
        return counts;
    }

    @Test
    void everyLineButTheLastFillsTheMeasure() {
        ShapedLine line = line("وحضر الجلسة الافتتاحية عدد كبير من الضيوف يتقدمهم الرفيق");
        for (float missing : new float[] {1.3f, 4f, 9.7f, 18f, 33f, 60f}) {
            float measure = line.width() + missing;
            ShapedLine justified = KASHIDA.justify(line, measure, false);
            assertThat(justified.width()).as("missing %s pt", missing).isCloseTo(measure, within(0.01f));
        }
    }

    @Test
    void kashidasTakeTheWidthAndSpacesOnlyTheRemainder() {
        ShapedLine line = line("وحضر الجلسة الافتتاحية عدد كبير من الضيوف يتقدمهم الرفيق");
        ShapedLine justified = KASHIDA.justify(line, line.width() + 15f, false);

        float spaceGrowth = 0;
        List<Glyph> before = glyphs(line);
        for (Glyph g : glyphs(justified)) {
            if (g.isWordSpace()) {
                spaceGrowth += g.advance();
            }
        }
        for (Glyph g : before) {
            if (g.isWordSpace()) {
                spaceGrowth -= g.advance();
            }
        }
        assertThat(tatweelGlyphs(glyphs(justified))).isGreaterThanOrEqualTo(4);
        assertThat(spaceGrowth * SIZE / amiri.unitsPerEm()).isLessThan(tatweel() * MAX_FIRST_STEP_FOR_TESTS);
    }

    @Test
    void spacesWidenByAQuarterOfTheirWidthBeforeAnyKashida() {
        ShapedLine line = line("وحضر الجلسة الافتتاحية عدد كبير من الضيوف يتقدمهم الرفيق");
        float allowance = spaceWidth(line) / 4;

        ShapedLine spaced = SPACES_FIRST.justify(line, line.width() + allowance * 0.9f, false);
        assertThat(tatweelGlyphs(glyphs(spaced))).isZero();
        assertThat(spaced.width()).isCloseTo(line.width() + allowance * 0.9f, within(0.01f));

        ShapedLine elongated = SPACES_FIRST.justify(line, line.width() + allowance + tatweel() * 4, false);
        assertThat(tatweelGlyphs(glyphs(elongated))).isPositive();
        assertThat(spaceWidth(elongated) - spaceWidth(line)).isGreaterThanOrEqualTo(allowance - 0.01f);
        assertThat(elongated.width()).isCloseTo(line.width() + allowance + tatweel() * 4, within(0.01f));
    }

    /** The width of the line's inter-word spaces, points. */
    private static float spaceWidth(ShapedLine line) {
        return (float) glyphs(line).stream().filter(Glyph::isWordSpace).mapToDouble(Glyph::advance).sum()
                * SIZE / amiri.unitsPerEm();
    }

    @Test
    void noShareForTheSpacesIsNegative() {
        assertThatThrownBy(() -> new KashidaJustifier(SHAPER, 3, 1, -0.5f)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KashidaJustifier(SHAPER, 3, 1, Float.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A remainder never exceeds the last step that did not fit, at most three tatweels. */
    private static final float MAX_FIRST_STEP_FOR_TESTS = 3f;

    @Test
    void theLastLineAndAFullLineComeBackUnchanged() {
        ShapedLine line = line("عقد اجتماع اللجنة");
        assertThat(KASHIDA.justify(line, line.width() + 30, true)).isSameAs(line);
        assertThat(KASHIDA.justify(line, line.width(), false)).isSameAs(line);
        assertThat(KASHIDA.justify(line, line.width() - 5, false)).isSameAs(line);
    }

    @Test
    void aLineWithNoPlaceForAKashidaIsSpacedBetweenWords() {
        ShapedLine line = line("Malmö 2019 دار في لا");
        ShapedLine justified = KASHIDA.justify(line, line.width() + 12, false);
        assertThat(justified.width()).isCloseTo(line.width() + 12, within(0.01f));
        assertThat(glyphs(justified)).isEqualTo(glyphs(Justifier.INTER_WORD.justify(line, line.width() + 12, false)));
    }

    @Test
    void noKashidaInLatinLigaturesOrForbiddenJoins() {
        ShapedLine line = line("Malmö دار لا في بالسلامة");
        ShapedLine justified = KASHIDA.justify(line, line.width() + 8, false);
        assertThat(insertedPerWord(justified)).startsWith(0, 0, 0, 0);
        assertThat(insertedPerWord(justified).get(4)).isPositive();
    }

    @Test
    void theStrongestPlaceIsElongatedFirst() {
        // سلام elongates after its seen, قمر only before its final reh: one tatweel goes to سلام
        ShapedLine line = line("قمر سلام");
        ShapedLine justified = KASHIDA.justify(line, line.width() + tatweel() * 1.2f, false);
        assertThat(insertedPerWord(justified)).containsExactly(0, 1);
    }

    @Test
    void everyWordGetsOneTatweelBeforeAnyGetsASecond() {
        ShapedLine line = line("سلام كتاب محمد نحو قمر");
        ShapedLine justified = KASHIDA.justify(line, line.width() + tatweel() * 3.5f, false);
        List<Integer> counts = insertedPerWord(justified);
        assertThat(counts).allMatch(c -> c <= 1);
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
    }

    @Test
    void insertedTatweelsStandForNoText() {
        String text = "بحضور جمع غفير من المندوبات والضيوف";
        ShapedLine justified = KASHIDA.justify(line(text), line(text).width() + 20, false);
        assertThat(tatweelGlyphs(glyphs(justified))).isPositive();
        assertThat(copied(justified)).isEqualTo(copiedOriginal(text)).isEqualTo(text);
    }

    /** The original line's copy-and-paste text, for comparison. */
    private static String copiedOriginal(String text) {
        return copied(line(text));
    }

    @Test
    void anAuthorsTatweelKeepsItsText() {
        String text = "الكـتاب";
        ShapedLine justified = KASHIDA.justify(line(text), line(text).width() + tatweel() * 2, false);
        assertThat(copied(justified)).isEqualTo(text);
        assertThat(justified.width()).isCloseTo(line(text).width() + tatweel() * 2, within(0.01f));
    }

    @Test
    void harakatStayOnTheirLetters() {
        String text = "مُحَمَّد كَوران";
        ShapedLine justified = KASHIDA.justify(line(text), line(text).width() + tatweel() * 2, false);
        assertThat(copied(justified)).isEqualTo(copiedOriginal(text));
        // every inserted tatweel sits at a letter, never between a letter and its marks
        for (Glyph g : glyphs(justified)) {
            if (isInserted(g) && g.advance() > 0) {
                assertThat(GlyphClusters.isTransparent(text.charAt(g.charStart()))).isFalse();
            }
        }
    }

    @Test
    void aLineWithoutSpacesIsFilledByOverlappingTatweels() {
        ShapedLine line = line("والمستشفيات");
        float measure = line.width() + tatweel() * 1.6f;
        ShapedLine justified = KASHIDA.justify(line, measure, false);
        assertThat(justified.width()).isCloseTo(measure, within(0.01f));
        assertThat(copied(justified)).isEqualTo(copiedOriginal("والمستشفيات"));
    }

    @Test
    void anImpossibleMeasureGetsABoundedBestEffort() {
        ShapedLine word = line("والمستشفيات");
        ShapedLine stretched = KASHIDA.justify(word, 10_000, false);
        assertThat(stretched.width()).isGreaterThan(word.width()).isLessThan(10_000);
        assertThat(copied(stretched)).isEqualTo(copied(word));

        ShapedLine spaced = line("عقد اجتماع اللجنة");
        assertThat(KASHIDA.justify(spaced, 10_000, false).width()).isCloseTo(10_000, within(0.5f));
    }

    @Test
    void junkComesBackUnchanged() {
        ShapedLine line = line("عقد اجتماع");
        assertThat(KASHIDA.justify(line, Float.NaN, false)).isSameAs(line);
        assertThat(KASHIDA.justify(line, Float.NEGATIVE_INFINITY, false)).isSameAs(line);
        assertThat(KASHIDA.justify(line, Float.POSITIVE_INFINITY, false)).isSameAs(line);
        ShapedLine empty = new ShapedLine("", 0, 0, 1, List.of());
        assertThat(KASHIDA.justify(empty, 100, false)).isSameAs(empty);
        ShapedLine surrogates = line("\uD800ب \uDC00س");
        assertThat(copied(KASHIDA.justify(surrogates, surrogates.width() + 5, false))).isEqualTo(copied(surrogates));
    }
}
