package org.nashra.model;

import java.util.List;

/**
 * Thanks, praise or appreciation for services to the issuer or the gathering.
 *
 * <pre>{@code
 * Acknowledgement thanks = new Acknowledgement(Acknowledgement.Kind.THANKS, List.of(hosts),
 *         "حسن ضيافتهم", "عبّر المشاركون عن الشكر … على حسن ضيافتهم", new Span(2011, 2167));
 * }</pre>
 *
 * @param kind   thanks, praise or appreciation
 * @param to     who is thanked; never null
 * @param reason what for, or null
 * @param text   the sentence as written
 * @param span   where it was written; null for a value not read from a text
 */
public record Acknowledgement(Kind kind, List<Party> to, String reason, String text, Span span) {

    /** The sort of acknowledgement. */
    public enum Kind { THANKS, PRAISE, APPRECIATION }

    public Acknowledgement {
        Checks.required("kind", kind);
        to = Checks.copy("to", to);
        reason = Checks.optionalText("reason", reason);
        text = Checks.optionalText("text", text);
    }
}
