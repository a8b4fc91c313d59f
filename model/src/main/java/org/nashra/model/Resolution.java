package org.nashra.model;

/**
 * One act of a meeting or statement: a demand, a condemnation, a call, a decision…
 * {@code يشجب ويستنكر} on one object is one condemnation.
 *
 * <pre>{@code
 * Resolution demand = Resolution.builder(Resolution.Kind.DEMAND)
 *         .actor(organization)
 *         .text("طالب المؤتمر بالإفراج عن المعتقلين")
 *         .build();
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
        /** A decision ({@code قرر}). */
        DECISION,
        /** A recommendation ({@code أوصى}). */
        RECOMMENDATION,
        /** A demand ({@code طالب}). */
        DEMAND,
        /** A condemnation ({@code شجب}, {@code أدان}). */
        CONDEMNATION,
        /** A call or appeal ({@code دعا}). */
        CALL,
        /** Support or solidarity ({@code ساند}, {@code تضامن}). */
        SUPPORT,
        /** Praise of an act or stand ({@code أشاد}). */
        PRAISE,
        /** An emphasis or affirmation ({@code أكد}). */
        EMPHASIS,
        /** A pledge ({@code تعهد}). */
        PLEDGE,
        /** An approval ({@code أقر}, {@code صادق}). */
        APPROVAL,
        /** Any other act. */
        OTHER
    }

    /**
     * Validates the fields.
     *
     * @param kind the sort of act
     * @param actor who resolves, or null
     * @param addressee to whom a demand or call is addressed, or null
     * @param text the clause as written, or null
     * @param span where it was written, or null
     * @throws NullPointerException if {@code kind} is null
     * @throws IllegalArgumentException if {@code text} is blank
     */
    public Resolution {
        Checks.required("kind", kind);
        text = Checks.optionalText("text", text);
    }

    /**
     * A builder for a {@link Resolution} of the given kind; every other field starts absent or empty.
     *
     * @param kind the sort of act; never null
     * @return a new builder
     */
    public static Builder builder(Kind kind) {
        return new Builder(kind);
    }

    /**
     * A builder holding this resolution's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(kind);
        b.actor = actor;
        b.addressee = addressee;
        b.text = text;
        b.span = span;
        return b;
    }

    /** Assembles a {@link Resolution}; not thread-safe, build once. */
    public static final class Builder {
        private Kind kind;
        private Party actor;
        private Party addressee;
        private String text;
        private Span span;

        private Builder(Kind kind) {
            this.kind = Checks.required("kind", kind);
        }

        /**
         * Sets the sort of act; never null.
         *
         * @param value the kind
         * @return this builder
         */
        public Builder kind(Kind value) { this.kind = Checks.required("kind", value); return this; }
        /**
         * Sets who resolves; null leaves it unknown.
         *
         * @param value the actor
         * @return this builder
         */
        public Builder actor(Party value) { this.actor = value; return this; }
        /**
         * Sets to whom a demand or call is addressed; null for none.
         *
         * @param value the addressee
         * @return this builder
         */
        public Builder addressee(Party value) { this.addressee = value; return this; }
        /**
         * Sets the clause as written; null for none.
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
         * Builds the resolution, validated as by its constructor.
         *
         * @return the resolution
         */
        public Resolution build() {
            return new Resolution(kind, actor, addressee, text, span);
        }
    }
}
