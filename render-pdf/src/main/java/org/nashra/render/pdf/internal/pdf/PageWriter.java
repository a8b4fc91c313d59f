package org.nashra.render.pdf.internal.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.nashra.render.pdf.internal.text.Glyph;
import org.nashra.render.pdf.internal.text.GlyphRun;
import org.nashra.render.pdf.internal.text.ShapedLine;

/**
 * Draws on one page: shaped lines by glyph id, and whatever else the layout
 * writes through {@link #content()}.
 *
 * <p>Each glyph run starts with its own text matrix at its exact left edge, so
 * rounding never accumulates across runs; inside a run every glyph is placed
 * by a {@code TJ} adjustment. A line's runs are drawn in logical order, each
 * run's glyphs left to right, between invisible codes that tell extractors
 * where runs start and end ({@link ExtractionText#LINE_START},
 * {@link ExtractionText#RUN_START}, {@link ExtractionText#RIGHT_TO_LEFT_RUN_END}). Every code maps to text
 * ({@link ExtractionText#mapped}) and is as wide as what it draws in the font
 * program (PDF/A-2a, PDF/UA-1). For text extractors every glyph is drawn on the
 * baseline at its pen, and a mark at the start of its letter; the offsets and
 * advance HarfBuzz gave it are in a copy of the glyph in the embedded program
 * ({@link PdfFont#code(int, int, int, int, String)}), so the page looks as
 * HarfBuzz set it and a word's glyphs tile it without a gap.
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
     * Draws a line with its left edge at {@code x} and its baseline at {@code baseline}: each glyph
     * where the shaper put it, the runs in logical order (see {@link ExtractionText}).
     */
    public void drawLine(ShapedLine line, float x, float baseline) {
        List<GlyphRun> runs = line.runs();
        if (runs.isEmpty()) {
            return;
        }
        content.beginText();
        float[] lefts = drawLineStart(line, x, baseline);
        for (int i : logicalOrder(runs, 0, runs.size())) {
            drawRun(line, i, lefts[i], x, baseline);
        }
        content.endText();
    }

    /**
     * Draws a line as tagged content: its glyph runs in marked-content
     * sequences of the elements {@code owner} gives them (a paragraph, or a
     * Latin span inside it), one sequence for each stretch of runs, left to
     * right on the page, that belong to the same element. The sequences are
     * drawn and marked in logical order (by their first run's place in the
     * text), and the runs inside each in logical order too, so that both the
     * structure tree and the content stream read as written.
     *
     * <p>Why one sequence for several runs: pdf.js starts a new text item at
     * every marked-content operator and applies the bidi algorithm to each
     * item alone, so a date or number in an Arabic line, drawn as runs of its
     * own, came back in visual order ({@code 2024 أيلول 14}).
     */
    public void drawLine(ShapedLine line, float x, float baseline, Tagger tagger,
                         Function<GlyphRun, Tagger.Element> owner) {
        List<GlyphRun> runs = line.runs();
        if (runs.isEmpty()) {
            return;
        }
        List<int[]> groups = new ArrayList<>();   // [first run, end run, first char in the text]
        Tagger.Element[] elements = new Tagger.Element[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            elements[i] = owner.apply(runs.get(i));
            if (i > 0 && elements[i] == elements[i - 1]) {
                int[] group = groups.get(groups.size() - 1);
                group[1] = i + 1;
                group[2] = Math.min(group[2], runs.get(i).start());
            } else {
                groups.add(new int[] {i, i + 1, runs.get(i).start()});
            }
        }
        groups.sort(Comparator.comparingInt(g -> g[2]));
        content.beginText();
        float[] lefts = null;
        for (int[] group : groups) {
            content.beginMarkedContent(COSName.getPDFName(elements[group[0]].type()),
                    tagger.mark(this, elements[group[0]]));
            if (lefts == null) {
                lefts = drawLineStart(line, x, baseline);   // inside the first sequence: real content, tagged
            }
            for (int i : logicalOrder(runs, group[0], group[1])) {
                drawRun(line, i, lefts[i], x, baseline);
            }
            content.endMarkedContent();
        }
        content.endText();
    }

    /**
     * Draws the code that opens a line for extractors, {@link ExtractionText#LINE_START} at the
     * line's right end, and returns the left edge of each run, points.
     */
    private float[] drawLineStart(ShapedLine line, float x, float baseline) {
        List<GlyphRun> runs = line.runs();
        float[] lefts = new float[runs.size()];
        float runX = x;
        for (int i = 0; i < runs.size(); i++) {
            lefts[i] = runX;
            runX += runs.get(i).width();
        }
        GlyphRun first = runs.get(0);
        if (first.font().glyphId(' ') != 0) {
            PdfFont font = fonts.font(first.font());
            used.add(font);
            content.font(fonts.resourceName(font), first.fontSize()).textMatrix(runX, baseline);
            content.showGlyphs(new int[] {invisible(first, font, ExtractionText.LINE_START, 0)}, new float[] {0}, 0, 1);
        }
        return lefts;
    }

    /** The runs {@code from}..{@code to} of a line in logical order: by their first character in the text. */
    private static int[] logicalOrder(List<GlyphRun> runs, int from, int to) {
        return IntStream.range(from, to).boxed()
                .sorted(Comparator.comparingInt(i -> runs.get(i).start()))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * Draws run {@code index} of a line, its left edge at {@code x} ({@code lineX}: the line's), and
     * before the line's leftmost run the line's {@link ExtractionText#directionMark}.
     */
    private void drawRun(ShapedLine line, int index, float x, float lineX, float baseline) {
        GlyphRun run = line.runs().get(index);
        String mark = index == 0 ? ExtractionText.directionMark(line) : null;
        if (mark != null) {
            drawMark(run, mark, lineX, baseline);
        }
        List<Glyph> glyphs = run.glyphs();
        int n = glyphs.size();
        if (n == 0) {
            return;
        }
        Glyph next = ExtractionText.firstGlyph(line.runs(), index + 1);
        PdfFont font = fonts.font(run.font());
        used.add(font);
        float toThousandths = 1000f / run.font().unitsPerEm();
        String[] texts = ExtractionText.edgeSpacesMarked(run, ExtractionText.spacesMarked(run, next,
                ExtractionText.overridesInLogicalOrder(run, ExtractionText.own(run))));
        float[] origin = new float[n];  // where the shaper put each glyph, font units from the run start
        float pen = 0;
        for (int i = 0; i < n; i++) {
            origin[i] = pen + glyphs.get(i).xOffset();
            pen += glyphs.get(i).advance();
        }
        int[] codes = new int[3 * n + 3];  // each glyph, the invisible codes some get on either side, the run's
        float[] adjustments = new float[codes.length];
        int drawn = 0;
        boolean space = run.font().glyphId(' ') != 0;
        if (space && (run.isRightToLeft() || line.isRightToLeft())) {
            // a unit wide, ending where the run starts: no gap for PDFBox to take for a space
            codes[drawn] = invisible(run, font, ExtractionText.RUN_START, 1);
            adjustments[drawn++] = toThousandths;
        }
        float current = 0;  // where the PDF's text position is after the previous glyph drawn
        int markBox = Math.max(1, run.font().unitsPerEm() / 100);
        for (int i = 0; i < n; i++) {
            Glyph g = glyphs.get(i);
            // the code's origin: a mark where its letter starts (left), any other glyph at the pen
            float at = origin[i] - g.xOffset();
            int advance = box(g, markBox);
            int base = g.isMark() ? ExtractionText.baseOfMark(glyphs, i) : -1;
            if (base >= 0) {
                at = origin[base] - glyphs.get(base).xOffset();
            } else if (g.isMark()) {
                at = origin[i];
            }
            int dx = Math.round(origin[i] - at);
            at = origin[i] - dx;
            String written = ExtractionText.asWrittenIfMirrored(run, g);
            boolean dash = ExtractionText.endsLineWithDash(run, i, next);
            String invisibleAfter = written != null ? ExtractionText.ISOLATE_AFTER_MIRRORED
                    : dash || ExtractionText.endsBeforeNumber(run, i, next) ? ExtractionText.RIGHT_TO_LEFT_BEFORE_NUMBER
                    : null;
            if (written != null) {
                codes[drawn] = invisible(run, font, ExtractionText.ISOLATE_BEFORE_MIRRORED, 0);
                adjustments[drawn++] = -(at - current) * toThousandths;
                current = at;
            }
            codes[drawn] = font.code(g.id(), dx, Math.round(g.yOffset()), advance,
                    ExtractionText.mapped(written != null ? written : ExtractionText.directed(run, g, texts[i], dash), g));
            adjustments[drawn] = -(at - current) * toThousandths;
            current = at + font.advance(codes[drawn++]);
            if (invisibleAfter != null) {
                // a unit inside the glyph and a unit wide: sorting by position must not put it after
                // what follows, and no gap opens before what follows
                codes[drawn] = invisible(run, font, invisibleAfter, 1);
                adjustments[drawn++] = toThousandths;
            }
        }
        if (space) {
            // inside the run's right end, a unit wide each, ending where the run ends
            String[] ends = run.isRightToLeft() ? ExtractionText.RIGHT_TO_LEFT_RUN_END : ExtractionText.LEFT_TO_RIGHT_RUN_END;
            adjustments[drawn] = -(pen - ends.length - current) * toThousandths;
            for (String end : ends) {
                codes[drawn++] = invisible(run, font, end, 1);
            }
        }
        content.font(fonts.resourceName(font), run.fontSize()).textMatrix(x, baseline);
        content.showGlyphs(codes, adjustments, 0, drawn);
    }

    /** The code of an invisible copy of the run font's space glyph giving {@code text}, {@code advance} units wide. */
    private static int invisible(GlyphRun run, PdfFont font, String text, int advance) {
        return font.code(run.font().glyphId(' '), 0, 0, advance, text);
    }

    /**
     * The advance of a glyph's code, font units: the shaper's, except that a mark and a letter
     * without advance (Amiri stacks the meem of {@code محمد} over the hah) get a box a hundredth of
     * an em wide. A mark's box starts where its letter's does: PDFBox folds a mark into the glyph
     * drawn next to it only if their boxes overlap, so of two marks on one letter the first holds
     * the second and the letter holds both; and no gap opens before the mark, which PDFBox would
     * take for a space (HarfBuzz draws a right-to-left mark before its letter).
     */
    private static int box(Glyph g, int markBox) {
        int advance = Math.round(g.advance());
        boolean letter = !g.text().isEmpty() && !g.text().isBlank();
        return advance == 0 && (g.isMark() || letter) ? markBox : advance;
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

    /**
     * Draws an image as the content of a structure element (a {@code Figure}), scaled into the
     * rectangle from (x, y), {@code width} by {@code height} points.
     */
    public void drawImage(PDImageXObject image, float x, float y, float width, float height, Tagger tagger,
                          Tagger.Element element) {
        PDResources resources = page.getResources();
        if (resources == null) {
            resources = new PDResources();
            page.setResources(resources);
        }
        COSName name = resources.add(image);
        content.beginMarkedContent(COSName.getPDFName(element.type()), tagger.mark(this, element));
        content.image(name, x, y, width, height);
        content.endMarkedContent();
    }

    /** Writes the content stream and the font resources into the page (beside any images'). */
    public void finish() throws IOException {
        page.getCOSObject().setItem(COSName.CONTENTS, Flate.CONTENT.stream(document, content.toByteArray()));
        PDResources resources = page.getResources() == null ? new PDResources() : page.getResources();
        COSDictionary fontDict = new COSDictionary();
        for (PdfFont font : used) {
            fontDict.setItem(fonts.resourceName(font), font.dictionary());
        }
        resources.getCOSObject().setItem(COSName.FONT, fontDict);
        page.setResources(resources);
    }
}
