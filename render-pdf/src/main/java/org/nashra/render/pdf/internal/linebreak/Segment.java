package org.nashra.render.pdf.internal.linebreak;

/**
 * A shaped piece of a paragraph as the line breaker sees it: a span of the
 * logical text and its width.
 *
 * @param start first char
 * @param end   end (exclusive)
 * @param width in points
 * @param space true for white space, which does not count at the end of a line
 */
public record Segment(int start, int end, float width, boolean space) {

    public Segment {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad segment " + start + ".." + end);
        }
    }
}
