package org.nashra.parser.internal.time;

import java.util.Objects;
import org.nashra.model.Span;

/**
 * Something the temporal tagger noticed but did not silently repair: the date it returns stays the one
 * written, and this says what looks wrong.
 *
 * <pre>{@code
 * // "يوم الأحد 14 أيلول 2024": 14 September 2024 is a Saturday
 * new DateWarning(DateWarning.Kind.WEEKDAY_MISMATCH,
 *         "الأحد (SUNDAY) contradicts 2024-09-14, a SATURDAY; the date is kept", new Span(0, 22));
 * }</pre>
 *
 * @param kind    what is wrong
 * @param message a readable explanation naming the values
 * @param span    the expression in the original text
 */
public record DateWarning(Kind kind, String message, Span span) {
    /** What a warning is about. */
    public enum Kind {
        /** A weekday that is not the weekday of the date it names; the date is kept. */
        WEEKDAY_MISMATCH,
        /** A Hijri date more than two days away from the Gregorian date it is paired with; the Gregorian date is kept. */
        HIJRI_MISMATCH,
        /** Numbers in date form that make no calendar day ({@code 31/2/2020}); {@code start} is null. */
        INVALID_DATE
    }

    public DateWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }
}
