package org.nashra.render.pdf.internal.text;

import java.util.List;
import java.util.Objects;

/**
 * One line of a paragraph, shaped and in visual order: what the line breaker
 * produces, what a {@link Justifier} stretches, what the PDF layer draws.
 *
 * <p>The runs are ordered left to right on the page (bidi rule L2 applied
 * after line breaking). The line starts at its left edge: a right-to-left line
 * narrower than the measure is aligned by whoever places it, using
 * {@link #isRightToLeft()} (start edge) and {@link #width()}.
 *
 * <p>{@code text} is the whole paragraph's logical text, so glyph cluster
 * indices can be read against it; {@code start}..{@code end} is this line's
 * span of it (trailing spaces included; the line breaker drops their glyphs).
 *
 * <pre>{@code
 * ShapedLine justified = Justifier.INTER_WORD.justify(line, 340f, false);
 * assert Math.abs(justified.width() - 340f) < 0.01f;
 * }</pre>
 *
 * @param text           the paragraph text, logical order
 * @param start          first char of the line
 * @param end            end (exclusive) of the line
 * @param paragraphLevel the paragraph's bidi level: 0 left-to-right, 1 right-to-left
 * @param runs           in visual order; copied
 */
public record ShapedLine(String text, int start, int end, int paragraphLevel, List<GlyphRun> runs) {

    public ShapedLine {
        Objects.requireNonNull(text, "text");
        runs = List.copyOf(runs);
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("bad line span " + start + ".." + end + " of " + text.length() + " chars");
        }
        if (paragraphLevel != 0 && paragraphLevel != 1) {
            throw new IllegalArgumentException("paragraph level must be 0 or 1: " + paragraphLevel);
        }
    }

    /** True for a right-to-left paragraph's line: it starts at the right edge. */
    public boolean isRightToLeft() {
        return paragraphLevel == 1;
    }

    /** The sum of the runs' widths, in points. */
    public float width() {
        float w = 0;
        for (GlyphRun run : runs) {
            w += run.width();
        }
        return w;
    }

    /** The greatest ascender of the line's fonts at their sizes, in points, positive. */
    public float ascent() {
        float a = 0;
        for (GlyphRun run : runs) {
            a = Math.max(a, run.font().ascender() * run.scale());
        }
        return a;
    }

    /** The deepest descender of the line's fonts at their sizes, in points, positive. */
    public float descent() {
        float d = 0;
        for (GlyphRun run : runs) {
            d = Math.max(d, -run.font().descender() * run.scale());
        }
        return d;
    }

    /** A copy with other runs (for justification). */
    public ShapedLine withRuns(List<GlyphRun> newRuns) {
        return new ShapedLine(text, start, end, paragraphLevel, newRuns);
    }
}
