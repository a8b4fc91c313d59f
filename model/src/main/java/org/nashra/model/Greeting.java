package org.nashra.model;

/**
 * A greeting, telegram, message, congratulation or condolence, received or sent;
 * one per sender (received) or per addressee (sent).
 *
 * <pre>{@code
 * Greeting g = new Greeting(Greeting.Direction.RECEIVED, Greeting.Form.TELEGRAM,
 *         sender, null, null, "برقية من الحزب الشيوعي الكردستاني", new Span(900, 932));
 * }</pre>
 *
 * @param direction received by the issuer or meeting, or sent by it
 * @param form      content before medium: a congratulation sent by telegram is {@code CONGRATULATION}
 * @param from      the sender, or null
 * @param to        the addressee, or null
 * @param occasion  what it is for ({@code بمناسبة فوزها}), or the deceased of a condolence, or null
 * @param text      the greeting as written
 * @param span      where it was written; null for a value not read from a text
 */
public record Greeting(Direction direction, Form form, Party from, Party to, String occasion, String text,
                       Span span) {

    /** Whether the greeting came in or went out. */
    public enum Direction { RECEIVED, SENT }

    /** What the greeting is. */
    public enum Form { TELEGRAM, MESSAGE, GREETING, CONGRATULATION, CONDOLENCE, WISHES, OTHER }

    public Greeting {
        Checks.required("direction", direction);
        Checks.required("form", form);
        occasion = Checks.optionalText("occasion", occasion);
        text = Checks.optionalText("text", text);
    }
}
