package org.nashra.render.pdf.internal.justify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.JoiningGroup;
import com.ibm.icu.lang.UCharacter.JoiningType;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nashra.render.pdf.PdfProbe;
import org.nashra.render.pdf.PdfProbe.DrawnGlyph;
import org.nashra.render.pdf.internal.layout.Alignment;
import org.nashra.render.pdf.internal.layout.PageGeometry;
import org.nashra.render.pdf.internal.layout.TextBlock;
import org.nashra.render.pdf.internal.text.Glyph;
import org.nashra.render.pdf.internal.text.Justifier;
import org.nashra.render.pdf.internal.text.ShapedLine;
import org.nashra.render.pdf.internal.typeset.ParagraphStyle;

/**
 * Every paragraph of the shared corpus set by the engine in Amiri 12 pt on a 340 pt measure and
 * justified with kashidas: the lines fill the measure, in the model and in the printed PDF; every
 * kashida sits at a join the rules allow (checked here against the Unicode joining properties and the
 * font's glyph clusters, not through the analysis under test); and inserted tatweels stand for no
 * text.
 */
class KashidaParagraphTest {
    private static final float SIZE = 12;
    private static final PageGeometry PAGE = new PageGeometry(420, 842, 40, 40, 40, 40);
    private static final float MEASURE = PAGE.measure();
    private static final float TOLERANCE = 0.5f;
    private static final ParagraphStyle PLAIN = KashidaSample.style(Justifier.NONE, SIZE);
    private static final ParagraphStyle KASHIDA = KashidaSample.style(KashidaSample.KASHIDA, SIZE);

    private static List<String> paragraphs;

    @BeforeAll
    static void readCorpus() throws IOException {
        paragraphs = KashidaSample.corpusParagraphs();
    }

    private static boolean isInserted(Glyph glyph) {
        return glyph.text().isEmpty() && glyph.charStart() == glyph.charEnd();
    }

    private static List<Glyph> glyphs(ShapedLine line) {
        return line.runs().stream().flatMap(r -> r.glyphs().stream()).toList();
    }

    @Test
    void everyLineButTheLastFillsTheMeasure() {
        int lines = 0;
        int elongated = 0;
        int tatweelGlyphs = 0;
        float worst = 0;
        for (String paragraph : paragraphs) {
            List<ShapedLine> set = KashidaSample.set(paragraph, KASHIDA, MEASURE);
            for (int i = 0; i < set.size() - 1; i++) {
                ShapedLine line = set.get(i);
                worst = Math.max(worst, Math.abs(line.width() - MEASURE));
                long inserted = glyphs(line).stream().filter(KashidaParagraphTest::isInserted).count();
                tatweelGlyphs += inserted;
                elongated += inserted > 0 ? 1 : 0;
                lines++;
            }
        }
        System.out.printf("kashida: %d justified lines, %d with kashidas, %d tatweel glyphs, worst miss %.4f pt%n",
                lines, elongated, tatweelGlyphs, worst);
        assertThat(lines).isGreaterThan(100);
        assertThat(worst).isLessThanOrEqualTo(TOLERANCE);
        // the others were short by less than a quarter of their spaces, which the spaces took
        assertThat(elongated).as("lines elongated rather than only spaced").isGreaterThan(lines / 2);
    }

    @Test
    void thePrintedLinesSpanTheMeasure() throws IOException {
        List<TextBlock> blocks = new ArrayList<>();
        List<Boolean> last = new ArrayList<>();
        for (String paragraph : paragraphs.subList(0, 30)) {
            List<ShapedLine> set = KashidaSample.set(paragraph, KASHIDA, MEASURE);
            blocks.add(new TextBlock(set, (KASHIDA).lineHeight(), 6, 0, Alignment.START, false));
            for (int i = 0; i < set.size(); i++) {
                last.add(i == set.size() - 1);
            }
        }
        Map<Integer, float[]> extents = new LinkedHashMap<>();
        for (DrawnGlyph g : PdfProbe.glyphs(KashidaSample.pdf(blocks, PAGE))) {
            float advance = KashidaSample.AMIRI.advance(g.gid()) * g.fontSize() / KashidaSample.AMIRI.unitsPerEm();
            if (advance == 0 || g.gid() == KashidaSample.AMIRI.glyphId(' ')) {
                continue; // a mark hangs where its anchor puts it; a space (the bidi mark) has no ink
            }
            float[] extent = extents.computeIfAbsent(g.page() * 1000 + g.textObject(),
                    k -> new float[] {Float.MAX_VALUE, -Float.MAX_VALUE});
            extent[0] = Math.min(extent[0], g.x());
            extent[1] = Math.max(extent[1], g.x() + advance);
        }
        assertThat(extents).hasSameSizeAs(last);
        int line = 0;
        for (float[] extent : extents.values()) {
            assertThat(extent[1]).as("right edge of line %d", line).isCloseTo(PAGE.left() + MEASURE,
                    offset(TOLERANCE));
            if (!last.get(line)) {
                assertThat(extent[0]).as("left edge of line %d", line).isCloseTo(PAGE.left(),
                        offset(TOLERANCE));
            }
            line++;
        }
    }

    @Test
    void kashidasSitOnlyAtJoinsTheRulesAllow() {
        int checked = 0;
        for (String paragraph : paragraphs) {
            List<ShapedLine> plain = KashidaSample.set(paragraph, PLAIN, MEASURE);
            List<ShapedLine> justified = KashidaSample.set(paragraph, KASHIDA, MEASURE);
            // total fit may break the two settings differently: the unjustified glyphs of the whole paragraph
            List<Glyph> unjustified = plain.stream().flatMap(l -> glyphs(l).stream()).toList();
            for (int i = 0; i < justified.size(); i++) {
                for (Glyph g : glyphs(justified.get(i))) {
                    if (isInserted(g)) {
                        assertAllowedJoin(paragraph, g.charStart(), unjustified);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(400);
    }

    /** The independent statement of the rules: where a tatweel put before {@code at} may be. */
    private static void assertAllowedJoin(String text, int at, List<Glyph> unjustified) {
        String where = "kashida before offset " + at + " of «" + text + "»";
        int letter = text.codePointAt(at);
        int before = at - 1;
        while (before > 0 && joiningType(text.charAt(before)) == JoiningType.TRANSPARENT) {
            before--;
        }
        int previous = text.charAt(before);
        assertThat(UScript.getScript(letter)).as(where + ": an Arabic letter after").isEqualTo(UScript.ARABIC);
        assertThat(UScript.getScript(previous)).as(where + ": an Arabic letter before").isEqualTo(UScript.ARABIC);
        assertThat(joiningType(letter)).as(where + ": after it, a letter joining its right, not a mark")
                .isIn(JoiningType.DUAL_JOINING, JoiningType.RIGHT_JOINING);
        assertThat(joiningType(previous)).as(where + ": before it, a letter joining its left")
                .isEqualTo(JoiningType.DUAL_JOINING);
        assertThat(group(previous) == JoiningGroup.LAM && group(letter) == JoiningGroup.ALEF)
                .as(where + ": not inside lam-alef").isFalse();
        assertThat(clusterOf(unjustified, before)).as(where + ": not inside a ligature")
                .isNotEqualTo(clusterOf(unjustified, at));
        int after = at + 1;
        while (after < text.length() && joiningType(text.charAt(after)) == JoiningType.TRANSPARENT) {
            after++;
        }
        boolean isFinal = joiningType(letter) == JoiningType.RIGHT_JOINING || after == text.length()
                || !(joiningType(text.charAt(after)) == JoiningType.DUAL_JOINING
                || joiningType(text.charAt(after)) == JoiningType.RIGHT_JOINING);
        if (isFinal && group(letter) == JoiningGroup.YEH) {
            assertThat(group(previous)).as(where + ": before a final yeh only after seen or sad")
                    .isIn(JoiningGroup.SEEN, JoiningGroup.SAD);
        }
    }

    private static String clusterOf(List<Glyph> glyphs, int offset) {
        return glyphs.stream().filter(g -> g.charStart() <= offset && offset < g.charEnd())
                .map(g -> g.charStart() + ".." + g.charEnd()).findFirst().orElseThrow();
    }

    private static int joiningType(int cp) {
        return UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
    }

    private static int group(int cp) {
        return UCharacter.getIntPropertyValue(cp, UProperty.JOINING_GROUP);
    }

    @Test
    void insertedTatweelsCopyAsTatweelsAndAddNoLetter() throws IOException {
        List<TextBlock> blocks = new ArrayList<>();
        long authorsTatweels = 0;
        for (String paragraph : paragraphs) {
            authorsTatweels += paragraph.chars().filter(c -> c == '\u0640').count();
            List<ShapedLine> plain = KashidaSample.set(paragraph, PLAIN, MEASURE);
            List<ShapedLine> justified = KashidaSample.set(paragraph, KASHIDA, MEASURE);
            // the lines may break elsewhere (total fit counts on kashida), but hold the same text
            assertThat(justified.stream().map(l -> textOf(l).replace(" ", "")).collect(Collectors.joining()))
                    .isEqualTo(plain.stream().map(l -> textOf(l).replace(" ", "")).collect(Collectors.joining()));
            blocks.add(new TextBlock(justified, 20, 6, 0, Alignment.START, false));
        }
        String copied = PdfProbe.text(KashidaSample.pdf(blocks, PAGE));
        assertThat(copied.chars().filter(c -> c == '\u0640').count()).as("tatweels copied: the author's and inserted ones")
                .isGreaterThan(authorsTatweels);
        assertThat(authorsTatweels).isPositive();
        // an inserted kashida copies as U+0640, which adds no letter (nor do the bidi marks left of some
        // lines, and the invisible codes beside brackets and numbers)
        assertThat(copied.replaceAll("[\\s\u00A0\u0640\u061C\u200E\u200F\u2060\u2066\u2069]", ""))
                .isEqualTo(String.join("", paragraphs).replaceAll("[\\s\u00A0\u0640]", ""));
    }

    /** What the glyphs of a line stand for, in logical order. */
    private static String textOf(ShapedLine line) {
        return glyphs(line).stream()
                .sorted(Comparator.comparingInt(Glyph::charStart).thenComparingInt(Glyph::charEnd))
                .map(Glyph::text).collect(Collectors.joining());
    }

    @Test
    void wordsChosenForEachRuleAreElongatedWhereTheRuleSays() {
        String text = "سلام تحية كتاب عبر نحو قمر مجلس لا Malmö الله في دار 2019 مُحَمَّد";
        ShapedLine line = KashidaSample.set(text, PLAIN, 1000).get(0);
        ShapedLine justified = KashidaSample.KASHIDA.justify(line, line.width() + 60, false);

        Map<String, List<Integer>> placesByWord = new LinkedHashMap<>();
        int start = 0;
        for (String word : text.split(" ")) {
            List<Integer> places = new ArrayList<>();
            for (Glyph g : glyphs(justified)) {
                if (isInserted(g) && g.charStart() > start && g.charStart() < start + word.length()) {
                    places.add(g.charStart() - start);
                }
            }
            placesByWord.put(word, places);
            start += word.length() + 1;
        }
        assertThat(placesByWord.get("سلام")).as("after seen").containsOnly(1);
        assertThat(placesByWord.get("تحية")).as("before final teh marbuta").contains(3);
        assertThat(placesByWord.get("عبر")).as("before a medial beh before reh").contains(1);
        assertThat(placesByWord.get("مُحَمَّد")).as("never between a letter and its harakat")
                .isNotEmpty().allMatch(p -> p == 2 || p == 4 || p == 7);
        for (String untouched : List.of("لا", "Malmö", "الله", "في", "دار", "2019")) {
            assertThat(placesByWord.get(untouched)).as(untouched).isEmpty();
        }
    }
}
