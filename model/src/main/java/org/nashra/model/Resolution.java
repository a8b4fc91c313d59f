package org.nashra.model;

/**
 * One act of a meeting or statement: a demand, a condemnation, a call, a decision…
 * {@code يشجب ويستنكر} on one object is one condemnation.
 *
 * <pre>{@code
 * Resolution r = new Resolution(Resolution.Kind.DEMAND, issuer, null,
 *         "نطالب بالكشف عن مصير المغيبين", new Span(300, 329));
 * }</pre>
 *
 * @param kind      what sort of act
 * @param actor     who resolves, or null
 * @param addressee to whom a demand or call is addressed, or null
 * @param text      the clause as written
 * @param span      where it was written; null for a value not read from a text
 */
public record Resolution(Kind kind, Party actor, Party addressee, String text, Span span) {

    /** The sort of act, named for its verb family ({@code طالب} demand, {@code شجب} condemnation…). */
    public enum Kind {
        DECISION, RECOMMENDATION, DEMAND, CONDEMNATION, CALL, SUPPORT, PRAISE, EMPHASIS, PLEDGE, APPROVAL, OTHER
    }

    public Resolution {
        Checks.required("kind", kind);
        text = Checks.optionalText("text", text);
    }
}
