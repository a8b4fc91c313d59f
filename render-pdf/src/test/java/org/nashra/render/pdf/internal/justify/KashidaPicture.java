package org.nashra.render.pdf.internal.justify;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.nashra.render.pdf.internal.bidi.BaseDirection;
import org.nashra.render.pdf.internal.font.FontChain;
import org.nashra.render.pdf.internal.pdf.DocumentFonts;
import org.nashra.render.pdf.internal.pdf.PageWriter;
import org.nashra.render.pdf.internal.text.Justifier;
import org.nashra.render.pdf.internal.text.ShapedLine;
import org.nashra.render.pdf.internal.typeset.DigitForm;
import org.nashra.render.pdf.internal.typeset.ParagraphStyle;

/**
 * Prints the PDF behind {@code docs/kashida-justified.png}: a corpus paragraph justified with
 * kashidas, then the same paragraph justified by its spaces alone, between hairlines that mark the
 * measure. {@code docs/kashida-justified.sh} runs it and turns the page into the PNG with pdftoppm.
 *
 * <pre>{@code
 * java -cp … org.nashra.render.pdf.internal.justify.KashidaPicture target/kashida-justified.pdf
 * }</pre>
 */
public final class KashidaPicture {
    private static final float WIDTH = 290;
    private static final float MARGIN = 24;
    private static final float MEASURE = WIDTH - 2 * MARGIN;
    private static final float SIZE = 16;
    private static final String PARAGRAPH = "وحضر الجلسة الافتتاحية عدد كبير من الضيوف يتقدمهم الرفيق صباح الموسوي"
            + " عضو اللجنة المركزية للحزب الشيوعي العراقي، والسيدة كارين يوهانسون عضو البرلمان السويدي عن حزب"
            + " اليسار، والدكتور سعدون الخالدي رئيس الجمعية المندائية في غوتنبرغ.";

    private KashidaPicture() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: KashidaPicture OUTPUT.pdf");
        }
        ParagraphStyle heading = new ParagraphStyle(new FontChain(List.of(KashidaSample.AMIRI_BOLD)), SIZE,
                BaseDirection.RTL, Justifier.NONE, FontChain.Missing.FAIL, DigitForm.AS_WRITTEN);
        List<List<ShapedLine>> blocks = new ArrayList<>();
        blocks.add(KashidaSample.set("بالكشيدة", heading, MEASURE));
        blocks.add(KashidaSample.set(PARAGRAPH, KashidaSample.style(KashidaSample.KASHIDA, SIZE), MEASURE));
        blocks.add(KashidaSample.set("بالمسافات وحدها", heading, MEASURE));
        blocks.add(KashidaSample.set(PARAGRAPH, KashidaSample.style(Justifier.INTER_WORD, SIZE), MEASURE));

        float lineHeight = (KashidaSample.style(Justifier.NONE, SIZE)).lineHeight();
        int lines = blocks.stream().mapToInt(List::size).sum();
        float height = 2 * MARGIN + lines * lineHeight + lineHeight / 2;
        try (PDDocument document = new PDDocument(); OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            DocumentFonts fonts = new DocumentFonts(document);
            PDPage pdPage = new PDPage(new PDRectangle(WIDTH, height));
            document.addPage(pdPage);
            PageWriter page = new PageWriter(document, pdPage, fonts);
            page.content().strokeColor(0.75f, 0.75f, 0.75f).lineWidth(0.4f)
                    .line(MARGIN, MARGIN / 2, MARGIN, height - MARGIN / 2)
                    .line(WIDTH - MARGIN, MARGIN / 2, WIDTH - MARGIN, height - MARGIN / 2);
            float top = height - MARGIN;
            for (int b = 0; b < blocks.size(); b++) {
                if (b == 2) {
                    top -= lineHeight / 2;
                }
                for (ShapedLine line : blocks.get(b)) {
                    float baseline = top - (lineHeight + line.ascent() - line.descent()) / 2;
                    float x = b % 2 == 0 ? MARGIN + (MEASURE - line.width()) / 2 : WIDTH - MARGIN - line.width();
                    page.drawLine(line, x, baseline);
                    top -= lineHeight;
                }
            }
            page.finish();
            fonts.embedAll();
            document.save(out);
        }
    }
}
