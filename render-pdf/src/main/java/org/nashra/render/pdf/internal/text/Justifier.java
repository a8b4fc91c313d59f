package org.nashra.render.pdf.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes a line fill its measure. The line breaker hands each line to the
 * paragraph's justifier with the measure (the available width, in points) and
 * whether it is the paragraph's last line.
 *
 * <p>Contract:
 * <ul>
 *   <li>the result has the same text, span, paragraph level and run order as
 *       the input; glyphs may get wider advances, and a justifier may add
 *       glyphs that stand for no text ({@link Glyph#text()} empty, such as
 *       tatweel for kashida) or re-shape a word through a {@link Shaper};</li>
 *   <li>the last line of a paragraph, and a line already as wide as the
 *       measure or wider, come back unchanged;</li>
 *   <li>a justifier that cannot fill the measure (no space, no allowed kashida
 *       point) returns its best effort; the caller aligns what is left.</li>
 * </ul>
 *
 * <p>Justifiers compose: a kashida justifier may elongate first and hand the
 * rest to {@link #INTER_WORD}.
 *
 * <pre>{@code
 * ShapedLine out = Justifier.INTER_WORD.justify(line, 340f, false);
 * }</pre>
 */
@FunctionalInterface
public interface Justifier {

    /**
     * Justifies one line.
     *
     * @param line     the shaped line in visual order
     * @param measure  the width to fill, in points
     * @param lastLine true for the paragraph's last line (not justified)
     * @return the justified line, or {@code line} itself when there is nothing to do
     */
    ShapedLine justify(ShapedLine line, float measure, boolean lastLine);

    /** Leaves every line as it is (ragged lines, aligned to their start edge by the caller). */
    Justifier NONE = (line, measure, lastLine) -> line;

    /**
     * Spreads the missing width evenly over the inter-word spaces
     * ({@link Glyph#isWordSpace()}) of the line. A line without spaces is left as
     * it is.
     */
    Justifier INTER_WORD = Justifier::spreadOverSpaces;

    /**
     * Widens the word spaces of {@code line} so that it is {@code measure} wide;
     * the implementation of {@link #INTER_WORD}, callable by other justifiers
     * for the width they leave over.
     */
    static ShapedLine spreadOverSpaces(ShapedLine line, float measure, boolean lastLine) {
        float missing = measure - line.width();
        if (lastLine || missing <= 0) {
            return line;
        }
        int spaces = 0;
        for (GlyphRun run : line.runs()) {
            for (Glyph g : run.glyphs()) {
                if (g.isWordSpace()) {
                    spaces++;
                }
            }
        }
        if (spaces == 0) {
            return line;
        }
        float perSpace = missing / spaces;
        List<GlyphRun> runs = new ArrayList<>(line.runs().size());
        for (GlyphRun run : line.runs()) {
            float extraUnits = perSpace / run.scale();
            List<Glyph> glyphs = new ArrayList<>(run.glyphs().size());
            for (Glyph g : run.glyphs()) {
                glyphs.add(g.isWordSpace() ? g.withAdvance(g.advance() + extraUnits) : g);
            }
            runs.add(run.withGlyphs(glyphs));
        }
        return line.withRuns(runs);
    }
}
