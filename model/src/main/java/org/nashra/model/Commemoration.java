package org.nashra.model;

/**
 * A minute of silence or a tribute to the dead.
 *
 * <pre>{@code
 * Commemoration c = new Commemoration(Commemoration.Form.MINUTE_OF_SILENCE, "شهداء الحزب والشعب",
 *         "الوقوف دقيقة صمت إجلالاً لشهداء الحزب والشعب", new Span(520, 564));
 * }</pre>
 *
 * @param form     a minute of silence, a tribute, or other
 * @param honoring who is honoured, as written
 * @param text     the sentence as written
 * @param span     where it was written; null for a value not read from a text
 */
public record Commemoration(Form form, String honoring, String text, Span span) {

    /** The form of the commemoration. */
    public enum Form { MINUTE_OF_SILENCE, TRIBUTE, OTHER }

    public Commemoration {
        Checks.required("form", form);
        honoring = Checks.optionalText("honoring", honoring);
        text = Checks.optionalText("text", text);
    }
}
