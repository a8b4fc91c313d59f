package org.nashra.model;

import java.util.ArrayList;
import java.time.Period;
import java.util.List;

/**
 * A body elected or a post filled.
 *
 * <pre>{@code
 * Election election = Election.builder()
 *         .body("اللجنة المركزية")
 *         .term(Period.ofYears(2))
 *         .elected(person)
 *         .build();
 * }</pre>
 *
 * @param body    the body or post as written
 * @param term    the term of office ({@code P2Y}), or null
 * @param elected the people elected, with their posts as roles; never null
 * @param text    the sentence as written
 * @param span    where it was written; null for a value not read from a text
 */
public record Election(String body, Period term, List<Person> elected, String text, Span span) {
    /**
     * Validates the fields.
     *
     * @param body the body or post as written, or null
     * @param term the term of office, or null
     * @param elected the people elected; null reads as empty
     * @param text the sentence as written, or null
     * @param span where it was written, or null
     * @throws NullPointerException if an element of {@code elected} is null
     * @throws IllegalArgumentException if {@code term} is not positive or {@code body} or {@code text} is blank
     */
    public Election {
        body = Checks.optionalText("body", body);
        if (term != null && (term.isNegative() || term.isZero())) {
            throw new IllegalArgumentException("term " + term + " is not a positive period");
        }
        elected = Checks.copy("elected", elected);
        text = Checks.optionalText("text", text);
    }

    /**
     * A builder whose fields all start absent, empty or false.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this election's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.body = body;
        b.term = term;
        b.elected.addAll(elected);
        b.text = text;
        b.span = span;
        return b;
    }

    /** Assembles an {@link Election}; not thread-safe, build once. */
    public static final class Builder {
        private String body;
        private Period term;
        private final ArrayList<Person> elected = new ArrayList<>();
        private String text;
        private Span span;

        private Builder() {
        }

        /**
         * Sets the body or post elected, as written; null leaves it unknown.
         *
         * @param value the body
         * @return this builder
         */
        public Builder body(String value) { this.body = value; return this; }
        /**
         * Sets the term of office ({@code P2Y}); null leaves it unknown.
         *
         * @param value a positive period
         * @return this builder
         */
        public Builder term(Period value) { this.term = value; return this; }
        /**
         * Adds one person elected, with their post as a role.
         *
         * @param value the person; never null
         * @return this builder
         */
        public Builder elected(Person value) { elected.add(Checks.required("elected", value)); return this; }
        /**
         * Replaces the people elected with {@code values}.
         *
         * @param values the people elected; none may be null
         * @return this builder
         */
        public Builder elected(List<Person> values) { elected.clear(); values.forEach(this::elected); return this; }
        /**
         * Sets the sentence as written; null for none.
         *
         * @param value the text
         * @return this builder
         */
        public Builder text(String value) { this.text = value; return this; }
        /**
         * Sets where it was written; null for a value not read from a text.
         *
         * @param value the span
         * @return this builder
         */
        public Builder span(Span value) { this.span = value; return this; }

        /**
         * Builds the election, validated as by its constructor.
         *
         * @return the election
         */
        public Election build() {
            return new Election(body, term, elected, text, span);
        }
    }
}
