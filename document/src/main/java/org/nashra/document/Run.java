package org.nashra.document;

import org.nashra.model.Span;

import java.util.Objects;

/**
 * A piece of {@link Text} with what it is, so that a renderer can isolate a name
 * or number from its neighbours ({@code <bdi>}), give a date its machine value
 * ({@code <time datetime>}) or tag a Latin run with its language.
 *
 * <pre>{@code
 * Run date = new Run("20 تشرين الأول 2018", Run.Kind.DATE, null, "2018-10-20", new Span(46, 66));
 * date.isolated();   // true: a renderer wraps it in <bdi> or an isolate
 * }</pre>
 *
 * @param text     what is shown; never empty
 * @param kind     what the run is
 * @param lang     a BCP 47 language tag for a run not in Arabic ({@code en} for a Latin run), else null
 * @param datetime the ISO 8601 value of a {@link Kind#DATE} or {@link Kind#TIME} run
 *                 ({@code 2018-10-20}, {@code 2018-10}, {@code 10:00}), else null
 * @param span     where in the source text the fact shown comes from, or null
 */
public record Run(String text, Kind kind, String lang, String datetime, Span span) {

    /** What a run is. */
    public enum Kind {
        /** Words composed by the document (labels, connectives) or prose cut from the text. */
        TEXT,
        /** A name of a person, body or place, as written. */
        NAME,
        /** A number: seats, votes, a count. */
        NUMBER,
        /** A date, with its ISO value in {@link Run#datetime()}. */
        DATE,
        /** A time of day, with its ISO value in {@link Run#datetime()}. */
        TIME
    }

    /**
     * Checks the components.
     *
     * @param text     what is shown; never empty
     * @param kind     what the run is
     * @param lang     a BCP 47 language tag for a run not in Arabic ({@code en} for a Latin run), else null
     * @param datetime the ISO 8601 value of a {@link Kind#DATE} or {@link Kind#TIME} run
     *                 ({@code 2018-10-20}, {@code 2018-10}, {@code 10:00}), else null
     * @param span     where in the source text the fact shown comes from, or null
     * @throws IllegalArgumentException if the text is empty, or a run other than a date or time has a datetime
     */
    public Run {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a run's text is empty");
        }
        if (datetime != null && kind != Kind.DATE && kind != Kind.TIME) {
            throw new IllegalArgumentException("a " + kind + " run has no datetime");
        }
    }

    /**
     * Whether the run must be isolated from its neighbours in bidirectional layout.
     *
     * @return true for a value that must not reorder its neighbours: a name, number, date, time or Latin run
     */
    public boolean isolated() {
        return kind != Kind.TEXT || lang != null;
    }
}
