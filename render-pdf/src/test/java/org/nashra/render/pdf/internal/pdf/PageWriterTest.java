package org.nashra.render.pdf.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.nashra.fonts.NashraFonts;
import org.nashra.render.pdf.PdfProbe;
import org.nashra.render.pdf.PdfProbe.DrawnGlyph;
import org.nashra.render.pdf.internal.bidi.BaseDirection;
import org.nashra.render.pdf.internal.font.FontChain;
import org.nashra.render.pdf.internal.font.FontFace;
import org.nashra.render.pdf.internal.justify.KashidaJustifier;
import org.nashra.render.pdf.internal.shaping.JdkShaper;
import org.nashra.render.pdf.internal.text.Glyph;
import org.nashra.render.pdf.internal.text.GlyphRun;
import org.nashra.render.pdf.internal.text.ShapedLine;
import org.nashra.render.pdf.internal.typeset.DigitForm;
import org.nashra.render.pdf.internal.typeset.ParagraphStyle;
import org.nashra.render.pdf.internal.typeset.Typesetter;

class PageWriterTest {

    private static final float LEFT = 30;
    private static final float MEASURE = 260;

    @Test
    void kashidaLinesAreDrawnGlyphForGlyphWhereTheShaperAndJustifierPutThemThroughCopiesOnTheBaseline()
            throws IOException {
        FontFace amiri = FontFace.load(NashraFonts.AMIRI.regular());
        Typesetter setter = new Typesetter(new JdkShaper(1_000));
        ParagraphStyle style = new ParagraphStyle(new FontChain(List.of(amiri)), 12, BaseDirection.AUTO,
                new KashidaJustifier(setter.shaper()), FontChain.Missing.FAIL, DigitForm.AS_WRITTEN);
        List<ShapedLine> lines = setter.set("وحضر الجلسة الافتتاحية عدد كبير من الضيوف يتقدمهم الرفيق صباح الموسوي"
                + " عضو اللجنة المركزية، والسيدة كارين يوهانسون عضو البرلمان السويدي عن حزب اليسار، والدكتور"
                + " سعدون الخالدي رئيس الجمعية المندائية في غوتنبرغ، بِسْمِ الرَّحْمَٰنِ مُحَمَّد.", style, MEASURE,
                w -> { });

        List<float[]> expected = new ArrayList<>();   // gid, x, y of every glyph, drawing order
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocumentFonts fonts = new DocumentFonts(doc);
            PDPage pdPage = new PDPage(new PDRectangle(2 * LEFT + MEASURE, 400));
            doc.addPage(pdPage);
            PageWriter page = new PageWriter(doc, pdPage, fonts);
            for (int l = 0; l < lines.size(); l++) {
                float baseline = 380 - 20 * l;
                page.drawLine(lines.get(l), LEFT, baseline);
                float runX = LEFT;
                for (GlyphRun run : lines.get(l).runs()) {
                    float pen = 0;
                    for (Glyph g : run.glyphs()) {
                        expected.add(new float[] {g.id(), runX + (pen + g.xOffset()) * run.scale(),
                                baseline + g.yOffset() * run.scale()});
                        pen += g.advance();
                    }
                    runX += run.width();
                }
            }
            page.finish();
            fonts.embedAll();
            doc.save(out);
            pdf = out.toByteArray();
        }

        List<DrawnGlyph> drawn = PdfProbe.glyphs(pdf).stream().filter(g -> !g.isBidiMark()).toList();
        assertThat(drawn).hasSameSizeAs(expected);
        assertThat(drawn).filteredOn(DrawnGlyph::isCopy).as("glyphs drawn through a moved copy").isNotEmpty();
        for (int i = 0; i < drawn.size(); i++) {
            DrawnGlyph g = drawn.get(i);
            assertThat(g.gid()).as("glyph %d", i).isEqualTo((int) expected.get(i)[0]);
            // offsets are whole font units in the copies: within half a unit
            assertThat(g.x()).as("x of glyph %d", i).isCloseTo(expected.get(i)[1], within(0.007f));
            assertThat(g.y()).as("y of glyph %d", i).isCloseTo(expected.get(i)[2], within(0.007f));
        }
    }
}
