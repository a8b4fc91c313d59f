package org.nashra.model;

/**
 * One item a meeting discussed.
 *
 * <pre>{@code
 * Topic topic = new Topic("الهبة الجماهيرية في البصرة", new Span(849, 875));
 * }</pre>
 *
 * @param text the item as written
 * @param span where it was written
 */
public record Topic(String text, Span span) {
    /**
     * Validates the item.
     *
     * @param text the item as written; never null
     * @param span where it was written, or null
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is blank
     */
    public Topic {
        Checks.required("text", text);
        Checks.optionalText("text", text);
    }
}
