package org.nashra.render.pdf.internal.linebreak;

/**
 * A line chosen by the {@link LineBreaker}: a span of the logical text.
 *
 * @param start      first char
 * @param end        end (exclusive), trailing white space included
 * @param contentEnd end of the line without its trailing white space
 * @param width      width without the trailing white space, in points
 */
public record LineSpan(int start, int end, int contentEnd, float width) {

    public LineSpan {
        if (start < 0 || contentEnd < start || end < contentEnd) {
            throw new IllegalArgumentException("bad line " + start + ".." + contentEnd + ".." + end);
        }
    }

    /** True if the line holds only white space. */
    public boolean isBlank() {
        return contentEnd == start;
    }
}
