package org.nashra.parser;

import java.util.Objects;
import org.nashra.model.Span;

/**
 * Something the parser noticed in the text but did not silently repair: the value
 * it returns stays the one written, and the warning says what looks wrong and where.
 *
 * <pre>{@code
 * ParseResult r = BulletinParser.read("عقد الاجتماع يوم الأحد 14 أيلول 2024", ParseOptions.DEFAULTS);
 * r.bulletin().dates().get(0).start();   // 2024-09-14, as written
 * r.warnings().get(0).kind();             // WEEKDAY_MISMATCH: 14 September 2024 is a Saturday
 * }</pre>
 *
 * @param kind    what is wrong
 * @param message a readable explanation naming the values
 * @param span    the expression in the original text
 */
public record ParseWarning(Kind kind, String message, Span span) {
    /** What a warning is about. */
    public enum Kind {
        /** A weekday that is not the weekday of the date it names; the date is kept. */
        WEEKDAY_MISMATCH,
        /** A Hijri date more than two days away from the Gregorian date it is paired with; the Gregorian date is kept. */
        HIJRI_MISMATCH,
        /** Numbers in date form that make no calendar day ({@code 31/2/2020}); {@code start} is null. */
        INVALID_DATE
    }

    /**
     * Validates the fields.
     *
     * @param kind    what is wrong
     * @param message a readable explanation naming the values
     * @param span    the expression in the original text
     * @throws NullPointerException if an argument is null
     */
    public ParseWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }
}
