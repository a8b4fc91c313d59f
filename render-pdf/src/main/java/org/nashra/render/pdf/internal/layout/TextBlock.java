package org.nashra.render.pdf.internal.layout;

import java.util.List;
import java.util.Objects;
import org.nashra.render.pdf.internal.text.ShapedLine;

/**
 * A paragraph or heading, set: its lines and how they stack.
 *
 * @param lines         top to bottom
 * @param lineHeight    baseline to baseline, points
 * @param spaceBefore   space above the block, points (dropped at the top of a page)
 * @param spaceAfter    space below the block, points
 * @param alignment     where short lines sit
 * @param keepWithNext  true to move the block to the next page rather than leave
 *                      it last on a page (headings)
 */
public record TextBlock(List<ShapedLine> lines, float lineHeight, float spaceBefore, float spaceAfter,
                        Alignment alignment, boolean keepWithNext) {

    public TextBlock {
        lines = List.copyOf(lines);
        Objects.requireNonNull(alignment, "alignment");
        if (!(lineHeight > 0)) {
            throw new IllegalArgumentException("line height must be positive: " + lineHeight);
        }
    }
}
