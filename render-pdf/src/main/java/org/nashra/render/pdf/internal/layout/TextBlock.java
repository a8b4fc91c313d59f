package org.nashra.render.pdf.internal.layout;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.nashra.render.pdf.internal.pdf.Tagger;
import org.nashra.render.pdf.internal.text.GlyphRun;
import org.nashra.render.pdf.internal.text.ShapedLine;

/**
 * A paragraph, heading or list item, set: its lines, how they stack, where they
 * sit across the text area, and which structure element owns what they draw.
 *
 * <pre>{@code
 * TextBlock p = new TextBlock(lines, 20, 8, 0, Alignment.START, false);           // full width, untagged
 * TextBlock item = p.inFrame(new Frame(24, 0)).taggedAs(run -> lbody)
 *         .withMarker(new Marker(numberLine, 0, lbl));                            // a list item with its number
 * }</pre>
 *
 * @param lines         top to bottom
 * @param lineHeight    baseline to baseline, points
 * @param spaceBefore   space above the block, points (dropped at the top of a page)
 * @param spaceAfter    space below the block, points
 * @param alignment     where short lines sit
 * @param keepWithNext  true to move the block to the next page rather than leave
 *                      it last on a page (headings)
 * @param frame         where the lines sit across the text area
 * @param owner         the structure element of each glyph run, or null for untagged content
 * @param marker        a label drawn beside the first line (a list number, a fact's label), or null
 */
public record TextBlock(List<ShapedLine> lines, float lineHeight, float spaceBefore, float spaceAfter,
                        Alignment alignment, boolean keepWithNext, Frame frame,
                        Function<GlyphRun, Tagger.Element> owner, Marker marker) implements Box {

    /**
     * A column of the text area, measured from its start edge (the right edge of a
     * right-to-left document).
     *
     * @param start distance from the text area's start edge, points
     * @param width the column's width; 0 for the rest of the text area
     */
    public record Frame(float start, float width) {
        /** The whole text area. */
        public static final Frame FULL = new Frame(0, 0);

        public Frame {
            if (start < 0 || width < 0) {
                throw new IllegalArgumentException("bad frame: " + start + ", " + width);
            }
        }
    }

    /**
     * A one-line label drawn on the first line's baseline, its start edge at
     * {@code start} from the text area's start edge.
     *
     * @param line    the label
     * @param start   distance from the text area's start edge, points
     * @param element its structure element ({@code Lbl}), or null
     */
    public record Marker(ShapedLine line, float start, Tagger.Element element) {
        public Marker {
            Objects.requireNonNull(line, "line");
        }
    }

    public TextBlock {
        lines = List.copyOf(lines);
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(frame, "frame");
        if (!(lineHeight > 0)) {
            throw new IllegalArgumentException("line height must be positive: " + lineHeight);
        }
    }

    /** A full-width, untagged block without marker. */
    public TextBlock(List<ShapedLine> lines, float lineHeight, float spaceBefore, float spaceAfter,
                     Alignment alignment, boolean keepWithNext) {
        this(lines, lineHeight, spaceBefore, spaceAfter, alignment, keepWithNext, Frame.FULL, null, null);
    }

    /** This block in another column. */
    public TextBlock inFrame(Frame newFrame) {
        return new TextBlock(lines, lineHeight, spaceBefore, spaceAfter, alignment, keepWithNext, newFrame, owner,
                marker);
    }

    /** This block drawn as the content of the structure elements {@code newOwner} gives each glyph run. */
    public TextBlock taggedAs(Function<GlyphRun, Tagger.Element> newOwner) {
        return new TextBlock(lines, lineHeight, spaceBefore, spaceAfter, alignment, keepWithNext, frame, newOwner,
                marker);
    }

    /** This block with a label beside its first line. */
    public TextBlock withMarker(Marker newMarker) {
        return new TextBlock(lines, lineHeight, spaceBefore, spaceAfter, alignment, keepWithNext, frame, owner,
                newMarker);
    }

    @Override
    public float keptHeight() {
        return lineHeight * Math.min(2, lines.size());
    }

    @Override
    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
