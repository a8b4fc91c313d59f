package org.nashra.render.pdf.internal.shaping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.fonts.FontFamily;
import org.nashra.fonts.FontSource;
import org.nashra.fonts.NashraFonts;
import org.nashra.render.pdf.PdfProbe;
import org.nashra.render.pdf.PdfProbe.DrawnGlyph;
import org.nashra.render.pdf.internal.bidi.BaseDirection;
import org.nashra.render.pdf.internal.font.FontChain;
import org.nashra.render.pdf.internal.font.FontFace;
import org.nashra.render.pdf.internal.pdf.DocumentFonts;
import org.nashra.render.pdf.internal.pdf.PageWriter;
import org.nashra.render.pdf.internal.shaping.GoldenGlyphs.Expected;
import org.nashra.render.pdf.internal.text.Justifier;
import org.nashra.render.pdf.internal.text.ShapedLine;
import org.nashra.render.pdf.internal.typeset.DigitForm;
import org.nashra.render.pdf.internal.typeset.ParagraphStyle;
import org.nashra.render.pdf.internal.typeset.Typesetter;

/**
 * Every corpus word and every word of {@code src/test/golden/extra-words.txt},
 * set as a right-to-left paragraph of its own in each bundled face, drawn into
 * a PDF, and read back out of the PDF's content stream: glyph ids and positions
 * equal {@code hb-shape}'s, within one font unit. The expected data is made by
 * {@code src/test/golden/generate.sh}.
 */
class GoldenShapingTest {

    private static final float SIZE = 10;
    private static final float LEFT = 20;
    private static final float LINE = 20;
    private static final int LINES_PER_PAGE = 700;

    static Stream<FontSource> faces() {
        List<FontSource> faces = new ArrayList<>();
        for (FontFamily family : NashraFonts.all()) {
            faces.add(family.regular());
            faces.add(family.bold());
        }
        return faces.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faces")
    void glyphsDrawnInThePdfAreThoseOfHbShape(FontSource source) throws IOException {
        FontFace face = FontFace.load(source);
        Map<String, List<Expected>> golden = GoldenGlyphs.read("/golden/" + source.name().replace(".ttf", ".tsv"));
        List<String> words = new ArrayList<>(golden.keySet());

        byte[] pdf = render(face, words);
        List<DrawnGlyph> drawn = PdfProbe.glyphs(pdf);

        Map<Integer, List<DrawnGlyph>> byLine = new LinkedHashMap<>();
        for (DrawnGlyph g : drawn) {
            byLine.computeIfAbsent(g.page() * LINES_PER_PAGE + g.textObject(), k -> new ArrayList<>()).add(g);
        }
        // the bidi marks drawn for text extractors left out, the runs (drawn in logical order) left to right
        byLine.replaceAll((line, glyphs) -> PdfProbe.leftToRight(glyphs));
        float unitsPerPoint = face.unitsPerEm() / SIZE;
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<Expected> expected = golden.get(words.get(i));
            List<DrawnGlyph> got = byLine.getOrDefault(i, List.of());
            float baseline = baseline(i % LINES_PER_PAGE);
            boolean same = GoldenGlyphs.matches(expected, got, LEFT, baseline, unitsPerPoint);
            if (!same) {
                mismatches.add(words.get(i) + " expected " + expected + " drawn "
                        + GoldenGlyphs.describe(got, LEFT, baseline, unitsPerPoint));
            }
        }
        System.out.printf("golden %s: %d of %d words drawn as hb-shape draws them%n",
                source.name(), words.size() - mismatches.size(), words.size());
        assertThat(mismatches).as("words drawn unlike hb-shape in " + source.name()).isEmpty();
    }

    private static byte[] render(FontFace face, List<String> words) throws IOException {
        Typesetter setter = new Typesetter(new JdkShaper(10_000));
        ParagraphStyle style = new ParagraphStyle(new FontChain(List.of(face)), SIZE, BaseDirection.RTL,
                Justifier.NONE, FontChain.Missing.FAIL, DigitForm.AS_WRITTEN);
        try (PDDocument doc = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(doc);
            PageWriter page = null;
            for (int i = 0; i < words.size(); i++) {
                if (i % LINES_PER_PAGE == 0) {
                    if (page != null) {
                        page.finish();
                    }
                    PDPage pdPage = new PDPage(new PDRectangle(400, LINE * (LINES_PER_PAGE + 2)));
                    doc.addPage(pdPage);
                    page = new PageWriter(doc, pdPage, fonts);
                }
                List<ShapedLine> lines = setter.set(words.get(i), style, 5000, w -> { });
                assertThat(lines).as(words.get(i)).hasSize(1);
                page.drawLine(lines.get(0), LEFT, baseline(i % LINES_PER_PAGE));
            }
            page.finish();
            fonts.embedAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static float baseline(int lineOnPage) {
        return LINE * (LINES_PER_PAGE - lineOnPage);
    }
}
