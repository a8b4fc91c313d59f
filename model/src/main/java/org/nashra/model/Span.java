package org.nashra.model;

/**
 * Where a value was found: UTF-16 offsets into the original, unnormalised input
 * text, {@code start} inclusive, {@code end} exclusive.
 *
 * <pre>{@code
 * Span span = new Span(4, 36);
 * String evidence = text.substring(span.start(), span.end());
 * }</pre>
 *
 * @param start first UTF-16 offset, 0 or more
 * @param end   offset after the last char, not before {@code start}
 */
public record Span(int start, int end) {
    /**
     * Validates the range.
     *
     * @param start first UTF-16 offset, 0 or more
     * @param end   offset after the last char, not before {@code start}
     * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
     */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + "] is not a range: "
                    + (start < 0 ? "start is negative" : "end is before start"));
        }
    }

    /**
     * Number of UTF-16 chars covered.
     *
     * @return {@code end - start}
     */
    public int length() {
        return end - start;
    }

    /**
     * The covered part of {@code text}, which must be the text the span was taken from.
     *
     * @param text the text the span was taken from
     * @return the chars from {@code start} to {@code end}
     * @throws IndexOutOfBoundsException if the span ends past the text
     */
    public String of(CharSequence text) {
        if (end > text.length()) {
            throw new IndexOutOfBoundsException("span [" + start + ", " + end + "] is past the end of a text of length "
                    + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    /**
     * True when {@code other} lies inside this span.
     *
     * @param other another span of the same text
     * @return whether this span covers all of {@code other}
     */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }
}
