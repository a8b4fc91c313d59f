package org.nashra.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.GlyfCompositeComp;
import org.apache.fontbox.ttf.GlyfCompositeDescript;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads back what a PDF draws, independently of the code that wrote it:
 * PDFBox interprets the content streams, and glyph ids come from each Type 0
 * font's own {@code CIDToGIDMap}.
 */
public final class PdfProbe {

    /**
     * One glyph as drawn.
     *
     * @param page        0-based page
     * @param textObject  index of its BT…ET block in the page
     * @param font        the font's BaseFont
     * @param code        the character code (the CID, Identity-H)
     * @param subsetGid   the glyph in the embedded subset (0 = .notdef); for a
     *                    moved copy the writer made, the glyph it copies
     * @param gid         the glyph id in the original font (the smallest CID
     *                    drawing the same subset glyph or a copy of it: the
     *                    writer uses the glyph id itself as the first CID of
     *                    every glyph)
     * @param x           x where the glyph's outline is drawn, user space,
     *                    points: the origin of its code plus the move of a copy
     * @param y           y likewise (text rise and the copy's move included)
     * @param fontSize    the size in points
     * @param width       how far the code moves the pen, points (its /W width)
     * @param text        what the font's ToUnicode CMap gives for the code, or null
     * @param copy        true if the code draws a moved copy of the glyph (see the
     *                    writer's {@code ShiftedGlyphs}): its origin, where
     *                    extractors place its character, is not where its outline is
     * @param originX     the origin of the code, user space, points: where
     *                    extractors place its character, {@code width} wide
     */
    public record DrawnGlyph(int page, int textObject, String font, int code, int subsetGid, int gid, float x,
                             float y, float fontSize, float width, String text, boolean copy, float originX) {

        /** True if the code draws a moved copy of the glyph. */
        public boolean isCopy() {
            return copy;
        }

        /**
         * True for the invisible codes the writer draws for text extractors: the LRM, ALM or RLM
         * opening a line or a run or ending a run, and the codes beside a mirrored bracket or a number.
         */
        public boolean isBidiMark() {
            return List.of("\u200E", "\u200F", "\u061C", "\u200F ", "\u061C\u00A0", "\u2060\u2066", "\u2060\u2069")
                    .contains(text);
        }
    }

    private PdfProbe() {
    }

    /**
     * The glyphs of one line in drawing order put back left to right, the invisible bidi marks left
     * out: the writer draws a line's runs in logical order, each ending with an LRM, and each run's
     * glyphs left to right, so the runs are sorted by where they start.
     */
    public static List<DrawnGlyph> leftToRight(List<DrawnGlyph> line) {
        List<List<DrawnGlyph>> runs = new ArrayList<>();
        List<DrawnGlyph> run = new ArrayList<>();
        for (DrawnGlyph g : line) {
            if (!g.isBidiMark()) {
                run.add(g);
            } else if ("\u200E".equals(g.text()) && !run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        runs.sort(java.util.Comparator.comparingDouble(
                r -> r.stream().mapToDouble(DrawnGlyph::originX).min().orElse(0)));
        return runs.stream().flatMap(List::stream).toList();
    }

    /** Every glyph of every page, in drawing order. */
    public static List<DrawnGlyph> glyphs(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Engine engine = new Engine();
            for (PDPage page : doc.getPages()) {
                engine.processPage(page);
                engine.page++;
                engine.textObject = -1;
            }
            return engine.glyphs;
        }
    }

    /**
     * Fails if any content stream of the PDF draws glyph 0 (.notdef): a glyph
     * id 0, or a code whose glyph is missing from the embedded subset.
     */
    public static void assertNoGlyphZero(byte[] pdf) throws IOException {
        List<DrawnGlyph> glyphs = glyphs(pdf);
        org.assertj.core.api.Assertions.assertThat(glyphs)
                .as("glyphs drawn as .notdef")
                .filteredOn(g -> g.subsetGid() <= 0 || g.gid() <= 0)
                .isEmpty();
    }

    /**
     * The text PDFBox extracts, sorted by position, taking word spaces from the
     * space glyphs the PDF draws rather than guessing them from gaps.
     *
     * <p>PDFBox's default guess inserts a space wherever a glyph starts more
     * than 0.3 average glyph widths after the previous glyph's box ends. Arabic
     * set by HarfBuzz has such gaps inside words: Amiri kerns reh after beh by
     * moving the reh right of the pen ({@code بريطانيا}: 122 units), so the
     * default splits {@code بر|يطانيا}. nashra draws every inter-word space as
     * a glyph mapped to U+0020, so nothing needs guessing: the tolerances are
     * set out of reach. (The PDF also leaves no gap inside a word, so the
     * default guess gives the same words: {@link #textWithDefaultSpacing}.)
     */
    public static String text(byte[] pdf) throws IOException {
        return text(pdf, true, true);
    }

    /** The text PDFBox extracts sorted by position, with its default space guessing. */
    public static String textWithDefaultSpacing(byte[] pdf) throws IOException {
        return text(pdf, true, false);
    }

    /** The text PDFBox extracts with a {@code PDFTextStripper} as it comes: content order, spaces guessed. */
    public static String textWithDefaultSettings(byte[] pdf) throws IOException {
        return text(pdf, false, false);
    }

    private static String text(byte[] pdf, boolean sorted, boolean encodedSpacesOnly) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(sorted);
            if (encodedSpacesOnly) {
                stripper.setAverageCharTolerance(1e6f);
                stripper.setSpacingTolerance(1e6f);
            }
            return stripper.getText(doc);
        }
    }

    /**
     * The moved copies in a font's embedded program: composites of one component
     * with exactly the flags the writer gives its copies
     * ({@code ARGS_ARE_WORDS | ARGS_ARE_XY_VALUES | OVERLAP_COMPOUND | UNSCALED_COMPONENT_OFFSET}).
     */
    private record Copies(TrueTypeFont program, int unitsPerEm) {

        static Copies of(PDFont font) {
            try {
                if (font instanceof PDType0Font t0 && t0.getDescendantFont() instanceof PDCIDFontType2 cid) {
                    TrueTypeFont program = cid.getTrueTypeFont();
                    return new Copies(program, program.getUnitsPerEm());
                }
                return new Copies(null, 1000);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** For a copy: the glyph it copies and its move {gid, dx, dy}; null for any other glyph. */
        int[] move(int subsetGid) {
            if (program == null || subsetGid <= 0) {
                return null;
            }
            try {
                GlyphData glyph = program.getGlyph().getGlyph(subsetGid);
                if (glyph != null && glyph.getDescription() instanceof GlyfCompositeDescript composite
                        && composite.getComponents().size() == 1
                        && (composite.getComponents().get(0).getFlags() & 0xFFFF) == 0x1403) {
                    GlyfCompositeComp c = composite.getComponents().get(0);
                    return new int[] {c.getGlyphIndex(), c.getXTranslate(), c.getYTranslate()};
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Engine extends PDFStreamEngine {
        final List<DrawnGlyph> glyphs = new ArrayList<>();
        final Map<PDFont, int[]> originalGids = new HashMap<>();
        final Map<PDFont, Copies> copies = new HashMap<>();
        int page;
        int textObject = -1;

        Engine() {
            addOperator(new BeginText(this));
            addOperator(new EndText(this));
            addOperator(new SetFontAndSize(this));
            addOperator(new SetMatrix(this));
            addOperator(new SetTextRise(this));
            addOperator(new ShowText(this));
            addOperator(new ShowTextAdjusted(this));
            addOperator(new MoveText(this));
            addOperator(new Concatenate(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ("BT".equals(operator.getName())) {
                textObject++;
            }
            super.processOperator(operator, operands);
        }

        @Override
        protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
            int drawn = font instanceof PDType0Font t0 ? t0.codeToGID(code) : -1;
            Copies copies = this.copies.computeIfAbsent(font, Copies::of);
            int[] move = copies.move(drawn);
            int subsetGid = move == null ? drawn : move[0];
            int[] original = originalGids.computeIfAbsent(font, f -> smallestCidPerSubsetGid(f, copies));
            int gid = subsetGid >= 0 && subsetGid < original.length ? original[subsetGid] : -1;
            float size = getGraphicsState().getTextState().getFontSize();
            float x = trm.getTranslateX();
            float y = trm.getTranslateY();
            if (move != null) {
                x += move[1] * size / copies.unitsPerEm();
                y += move[2] * size / copies.unitsPerEm();
            }
            glyphs.add(new DrawnGlyph(page, textObject, font.getName(), code, subsetGid, gid,
                    x, y, size, displacement.getX() * size, font.toUnicode(code), move != null, trm.getTranslateX()));
        }

        private static int[] smallestCidPerSubsetGid(PDFont font, Copies copies) {
            try {
                PDType0Font t0 = (PDType0Font) font;
                COSBase map = t0.getDescendantFont().getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP);
                if (!(map instanceof COSStream stream)) {
                    return new int[0];
                }
                byte[] bytes;
                try (InputStream in = stream.createInputStream()) {
                    bytes = in.readAllBytes();
                }
                int[] result = new int[65536];
                Arrays.fill(result, -1);
                for (int cid = 0; cid < bytes.length / 2; cid++) {
                    int sub = (bytes[2 * cid] & 0xFF) << 8 | bytes[2 * cid + 1] & 0xFF;
                    int[] move = copies.move(sub);
                    sub = move == null ? sub : move[0];
                    if (sub != 0 && result[sub] < 0) {
                        result[sub] = cid;
                    }
                }
                return result;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
