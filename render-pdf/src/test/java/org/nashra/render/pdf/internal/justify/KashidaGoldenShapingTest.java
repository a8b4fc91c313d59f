package org.nashra.render.pdf.internal.justify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.nashra.render.pdf.PdfProbe;
import org.nashra.render.pdf.PdfProbe.DrawnGlyph;
import org.nashra.render.pdf.internal.pdf.DocumentFonts;
import org.nashra.render.pdf.internal.pdf.PageWriter;
import org.nashra.render.pdf.internal.shaping.GoldenGlyphs;
import org.nashra.render.pdf.internal.shaping.GoldenGlyphs.Expected;
import org.nashra.render.pdf.internal.text.Glyph;
import org.nashra.render.pdf.internal.text.GlyphRun;
import org.nashra.render.pdf.internal.text.ShapedLine;

/**
 * Every word the kashida justifier elongated in the development corpus (Amiri 12 pt, 340 pt measure),
 * read back out of the PDF it prints as: glyph ids and places equal what {@code hb-shape} draws for
 * the word with its tatweels, within one font unit. The justifier re-shapes an elongated word
 * whole, so that the font picks the forms around the tatweels (Amiri joins a run of them into one
 * curved glyph); this checks that what is drawn is that shaping, untouched by justification and
 * by the writer. The expected data ({@code golden/kashida/Amiri-Regular.tsv}) is made by
 * {@code src/test/golden/generate.sh}; an elongated word matches if it is drawn as one of the
 * elongations the justifier tried for it (each count of tatweels draws differently).
 */
class KashidaGoldenShapingTest {
    private static final float LEFT = 20;
    private static final float LINE = 20;
    private static final int LINES_PER_PAGE = 40;

    @Test
    void everyElongatedWordIsDrawnAsHbShapeDrawsItWithItsTatweels() throws IOException {
        Map<String, List<Expected>> golden = GoldenGlyphs.read("/golden/kashida/Amiri-Regular.tsv");
        KashidaGolden.Corpus corpus = KashidaGolden.set();
        List<ShapedLine> lines = corpus.lines().stream().flatMap(List::stream).toList();
        Map<Integer, List<DrawnGlyph>> drawn = drawnByLine(print(lines));
        float unitsPerPoint = KashidaSample.AMIRI.unitsPerEm() / KashidaGolden.SIZE;

        int checked = 0;
        List<String> mismatches = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            ShapedLine line = lines.get(l);
            List<DrawnGlyph> got = drawn.get(l);
            float baseline = baseline(l % LINES_PER_PAGE);
            int index = 0;          // glyph of the line, drawing order
            float runX = LEFT;
            for (GlyphRun run : line.runs()) {
                List<Glyph> glyphs = run.glyphs();
                float pen = 0;
                int g = 0;
                while (g < glyphs.size()) {
                    int first = g;
                    float wordPen = pen;
                    while (g < glyphs.size() && !glyphs.get(g).isWordSpace()) {
                        pen += glyphs.get(g++).advance();
                    }
                    List<Glyph> word = glyphs.subList(first, g);
                    if (run.isRightToLeft() && run.font() == KashidaSample.AMIRI
                            && word.stream().anyMatch(KashidaGolden::isInserted)) {
                        checked++;
                        List<DrawnGlyph> drawnWord = got.subList(index + first, index + g);
                        float wordLeft = runX + wordPen * run.scale();
                        String text = original(line.text(), word);
                        boolean same = corpus.elongated().stream()
                                .filter(e -> e.replace("\u0640", "").equals(text.replace("\u0640", "")))
                                .map(golden::get)
                                .anyMatch(e -> e != null && GoldenGlyphs.matches(e, drawnWord, wordLeft, baseline, unitsPerPoint));
                        if (!same) {
                            mismatches.add(text + " drawn " + GoldenGlyphs.describe(drawnWord, wordLeft, baseline, unitsPerPoint));
                        }
                    }
                    if (g < glyphs.size()) {
                        pen += glyphs.get(g++).advance();
                    }
                }
                index += glyphs.size();
                runX += run.width();
            }
        }
        System.out.printf("kashida golden: %d of %d elongated words drawn as hb-shape draws them%n",
                checked - mismatches.size(), checked);
        assertThat(checked).isGreaterThan(400);
        assertThat(mismatches).as("elongated words drawn unlike hb-shape").isEmpty();
    }

    /** The word as written: the paragraph's characters under its glyphs. */
    private static String original(String paragraph, List<Glyph> word) {
        int start = word.stream().mapToInt(Glyph::charStart).min().orElseThrow();
        int end = word.stream().mapToInt(Glyph::charEnd).max().orElseThrow();
        return paragraph.substring(start, end);
    }

    private static byte[] print(List<ShapedLine> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocumentFonts fonts = new DocumentFonts(doc);
            PageWriter page = null;
            for (int l = 0; l < lines.size(); l++) {
                if (l % LINES_PER_PAGE == 0) {
                    if (page != null) {
                        page.finish();
                    }
                    PDPage pdPage = new PDPage(new PDRectangle(2 * LEFT + KashidaGolden.MEASURE,
                            LINE * (LINES_PER_PAGE + 2)));
                    doc.addPage(pdPage);
                    page = new PageWriter(doc, pdPage, fonts);
                }
                page.drawLine(lines.get(l), LEFT, baseline(l % LINES_PER_PAGE));
            }
            page.finish();
            fonts.embedAll();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The glyphs of each line (one text object a line) left to right, the invisible bidi marks left out. */
    private static Map<Integer, List<DrawnGlyph>> drawnByLine(byte[] pdf) throws IOException {
        Map<Integer, List<DrawnGlyph>> byLine = new HashMap<>();
        for (DrawnGlyph g : PdfProbe.glyphs(pdf)) {
            byLine.computeIfAbsent(g.page() * LINES_PER_PAGE + g.textObject(), k -> new ArrayList<>()).add(g);
        }
        // the bidi marks drawn for text extractors left out, the runs (drawn in logical order) left to right
        byLine.replaceAll((line, glyphs) -> PdfProbe.leftToRight(glyphs));
        return byLine;
    }

    private static float baseline(int lineOnPage) {
        return LINE * (LINES_PER_PAGE - lineOnPage);
    }

}
