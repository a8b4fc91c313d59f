package org.nashra.model;

/**
 * One item a meeting discussed.
 *
 * <pre>{@code
 * Topic topic = new Topic("الهبة الجماهيرية في البصرة", new Span(849, 875));
 * }</pre>
 */
public record Topic(String text, Span span) {
    public Topic {
        Checks.required("text", text);
        Checks.optionalText("text", text);
    }
}
