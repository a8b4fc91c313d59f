package org.nashra.render.pdf.internal.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.nashra.render.pdf.internal.text.Glyph;
import org.nashra.render.pdf.internal.text.GlyphRun;
import org.nashra.render.pdf.internal.text.ShapedLine;

/**
 * Draws on one page: shaped lines by glyph id, and whatever else the layout
 * writes through {@link #content()}.
 *
 * <p>Each glyph run starts with its own text matrix at its exact left edge, so
 * rounding never accumulates across runs; inside a run every glyph is placed
 * by a {@code TJ} adjustment (the difference between where the code's width
 * leaves the pen and where the shaper put the glyph), and vertical offsets
 * (raised marks, cursive attachment) by text rise {@code Ts}. For PDF/A and
 * PDF/UA every code is exactly as wide as its glyph and maps to text
 * ({@link ExtractionText#mapped}); otherwise a code may be wider than its glyph,
 * so that extractors see no gap inside a word ({@link ExtractionText#gapsClosed}),
 * and the adjustments take it back.
 *
 * <pre>{@code
 * PageWriter page = new PageWriter(document, pdPage, fonts);
 * page.drawLine(line, 72, 700);
 * page.finish();
 * }</pre>
 */
public final class PageWriter {

    private final PDDocument document;
    private final PDPage page;
    private final DocumentFonts fonts;
    private final ContentWriter content = new ContentWriter();
    private final Set<PdfFont> used = new LinkedHashSet<>();

    public PageWriter(PDDocument document, PDPage page, DocumentFonts fonts) {
        this.document = document;
        this.page = page;
        this.fonts = fonts;
    }

    public PDPage page() {
        return page;
    }

    /** The page's content stream, for drawing other than text. */
    public ContentWriter content() {
        return content;
    }

    /**
     * Draws a line with its left edge at {@code x} and its baseline at {@code baseline}.
     */
    public void drawLine(ShapedLine line, float x, float baseline) {
        if (line.runs().isEmpty()) {
            return;
        }
        content.beginText();
        String mark = ExtractionText.directionMark(line);
        if (mark != null) {
            drawMark(line.runs().get(0), mark, x, baseline);
        }
        float runX = x;
        for (GlyphRun run : line.runs()) {
            drawRun(run, runX, baseline);
            runX += run.width();
        }
        content.endText();
    }

    /**
     * Draws a line as tagged content: each glyph run in a marked-content sequence
     * of the element {@code owner} gives it (a paragraph, or a Latin span inside
     * it). The runs are drawn left to right but marked in logical order (by their
     * place in the text), so that the structure tree reads them as written.
     */
    public void drawLine(ShapedLine line, float x, float baseline, Tagger tagger,
                         Function<GlyphRun, Tagger.Element> owner) {
        List<GlyphRun> runs = line.runs();
        if (runs.isEmpty()) {
            return;
        }
        Integer[] logical = new Integer[runs.size()];
        for (int i = 0; i < logical.length; i++) {
            logical[i] = i;
        }
        Arrays.sort(logical, Comparator.comparingInt(i -> runs.get(i).start()));
        int[] mcids = new int[runs.size()];
        Tagger.Element[] elements = new Tagger.Element[runs.size()];
        for (int i : logical) {
            elements[i] = owner.apply(runs.get(i));
            mcids[i] = tagger.mark(this, elements[i]);
        }
        content.beginText();
        float runX = x;
        for (int i = 0; i < runs.size(); i++) {
            GlyphRun run = runs.get(i);
            content.beginMarkedContent(COSName.getPDFName(elements[i].type()), mcids[i]);
            String mark = i == 0 ? ExtractionText.directionMark(line) : null;
            if (mark != null) {
                drawMark(run, mark, x, baseline);
            }
            drawRun(run, runX, baseline);
            content.endMarkedContent();
            runX += run.width();
        }
        content.endText();
    }

    private void drawRun(GlyphRun run, float x, float baseline) {
        List<Glyph> glyphs = run.glyphs();
        int n = glyphs.size();
        if (n == 0) {
            return;
        }
        PdfFont font = fonts.font(run.font());
        used.add(font);
        float toThousandths = 1000f / run.font().unitsPerEm();
        String[] texts = ExtractionText.overridesInLogicalOrder(run,
                fonts.exactWidths() ? ExtractionText.own(run) : ExtractionText.of(run));
        float[] origin = new float[n];  // where the shaper put each glyph, font units from the run start
        float pen = 0;
        for (int i = 0; i < n; i++) {
            origin[i] = pen + glyphs.get(i).xOffset();
            pen += glyphs.get(i).advance();
        }
        int[] codes = new int[n];
        float[] adjustments = new float[n];
        float[] rises = new float[n];
        boolean exact = fonts.exactWidths();
        int[] extra = exact ? new int[n] : ExtractionText.gapsClosed(run, texts);
        float current = 0;  // where the PDF's text position is after the previous glyph drawn
        for (int i = 0; i < n; i++) {
            Glyph g = glyphs.get(i);
            float at = origin[i];  // where the code's origin goes
            if (exact) {
                // every glyph on the baseline, a mark at the middle of its letter: the offsets go into the
                // font program (ShiftedGlyphs), so extractors find each character where it belongs
                // and every other glyph at the pen, so that the boxes of a word's glyphs tile it without a gap
                int base = g.isMark() ? ExtractionText.baseOfMark(glyphs, i) : -1;
                if (base >= 0) {
                    at = origin[base] - glyphs.get(base).xOffset() + glyphs.get(base).advance() / 2;
                } else if (!g.isMark()) {
                    at = origin[i] - g.xOffset();
                }
                int dx = Math.round(origin[i] - at);
                at = origin[i] - dx;
                codes[i] = font.code(g.id(), dx, Math.round(g.yOffset()), Math.round(g.advance()),
                        ExtractionText.mapped(texts[i], g));
            } else {
                codes[i] = font.code(g.id(), texts[i], extra[i]);
                rises[i] = g.yOffset();
            }
            adjustments[i] = -(at - current) * toThousandths;
            current = at + font.advance(codes[i]);
        }
        content.font(fonts.resourceName(font), run.fontSize()).textMatrix(x, baseline);
        float rise = 0;
        int from = 0;
        while (from < n) {
            float y = rises[from];
            int to = from + 1;
            while (to < n && rises[to] == y) {
                to++;
            }
            if (y != rise) {
                content.rise(y * run.scale());
                rise = y;
            }
            content.showGlyphs(codes, adjustments, from, to);
            from = to;
        }
        if (rise != 0) {
            content.rise(0);
        }
    }


    /**
     * Draws an invisible bidi mark just left of the line: the font's space
     * glyph (no ink), mapped to RLM or LRM, its box ending at the line's left
     * edge. See {@link ExtractionText#directionMark}.
     */
    private void drawMark(GlyphRun run, String mark, float x, float baseline) {
        int space = run.font().glyphId(' ');
        if (space == 0) {
            return;
        }
        PdfFont font = fonts.font(run.font());
        used.add(font);
        float width = run.font().advance(space) * run.scale();
        content.font(fonts.resourceName(font), run.fontSize()).textMatrix(x - width, baseline);
        content.showGlyphs(new int[] {font.code(space, mark)}, new float[] {0}, 0, 1);
    }

    /** Writes the content stream and the font resources into the page. */
    public void finish() throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.toByteArray());
        }
        page.getCOSObject().setItem(COSName.CONTENTS, stream);
        PDResources resources = page.getResources() == null ? new PDResources() : page.getResources();
        COSDictionary fontDict = new COSDictionary();
        for (PdfFont font : used) {
            fontDict.setItem(fonts.resourceName(font), font.dictionary());
        }
        resources.getCOSObject().setItem(COSName.FONT, fontDict);
        page.setResources(resources);
    }
}
