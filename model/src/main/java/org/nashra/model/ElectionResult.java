package org.nashra.model;

/**
 * Seats or votes won in a public election: {@code حصل حزبنا على مقعدين ضمن تحالف سائرون}.
 *
 * <pre>{@code
 * ElectionResult result = ElectionResult.builder()
 *         .holder(party)
 *         .seats(3)
 *         .within(coalition)
 *         .build();
 * }</pre>
 *
 * @param holder who won
 * @param seats  seats won, or null
 * @param votes  votes won, or null
 * @param within the alliance or list it ran in ({@code ضمن …}), or null
 * @param text   the sentence as written
 * @param span   where it was written; null for a value not read from a text
 */
public record ElectionResult(Party holder, Integer seats, Integer votes, Party within, String text, Span span) {
    /**
     * Validates the fields.
     *
     * @param holder who won, or null
     * @param seats seats won, or null
     * @param votes votes won, or null
     * @param within the alliance or list it ran in, or null
     * @param text the sentence as written, or null
     * @param span where it was written, or null
     * @throws IllegalArgumentException if {@code seats} or {@code votes} is negative or {@code text} is blank
     */
    public ElectionResult {
        if (seats != null && seats < 0) {
            throw new IllegalArgumentException("seats " + seats + " is negative");
        }
        if (votes != null && votes < 0) {
            throw new IllegalArgumentException("votes " + votes + " is negative");
        }
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
     * A builder holding this result's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.holder = holder;
        b.seats = seats;
        b.votes = votes;
        b.within = within;
        b.text = text;
        b.span = span;
        return b;
    }

    /** Assembles an {@link ElectionResult}; not thread-safe, build once. */
    public static final class Builder {
        private Party holder;
        private Integer seats;
        private Integer votes;
        private Party within;
        private String text;
        private Span span;

        private Builder() {
        }

        /**
         * Sets who won; null leaves it unknown.
         *
         * @param value the winner
         * @return this builder
         */
        public Builder holder(Party value) { this.holder = value; return this; }
        /**
         * Sets the seats won; null leaves them unknown.
         *
         * @param value a count not below zero
         * @return this builder
         */
        public Builder seats(Integer value) { this.seats = value; return this; }
        /**
         * Sets the votes won; null leaves them unknown.
         *
         * @param value a count not below zero
         * @return this builder
         */
        public Builder votes(Integer value) { this.votes = value; return this; }
        /**
         * Sets the alliance or list it ran in ({@code ضمن …}); null for none.
         *
         * @param value the alliance
         * @return this builder
         */
        public Builder within(Party value) { this.within = value; return this; }
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
         * Builds the result, validated as by its constructor.
         *
         * @return the result
         */
        public ElectionResult build() {
            return new ElectionResult(holder, seats, votes, within, text, span);
        }
    }
}
