package org.nashra.model;

/**
 * A collective that is neither a person nor an organisation:
 * {@code المجتمعون}, {@code أبناء الجالية العراقية}.
 *
 * <pre>{@code
 * Group participants = new Group("المشاركون", new Span(1695, 1704));
 * }</pre>
 *
 * @param text the mention as written
 * @param span the mention; null for a value not read from a text
 */
public record Group(String text, Span span) implements Party {
    /**
     * Validates the mention.
     *
     * @param text the mention as written; never null
     * @param span the mention, or null
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is blank
     */
    public Group {
        Checks.required("text", text);
        Checks.optionalText("text", text);
    }
}
