package org.nashra.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Thanks, praise or appreciation for services to the issuer or the gathering.
 *
 * <pre>{@code
 * Acknowledgement thanks = Acknowledgement.builder(Acknowledgement.Kind.THANKS)
 *         .to(organization)
 *         .reason("حسن الاستقبال")
 *         .span(new Span(40, 75))
 *         .build();
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
    public enum Kind {
        /** Thanks (شكر). */
        THANKS,
        /** Praise (إشادة). */
        PRAISE,
        /** Appreciation (تقدير). */
        APPRECIATION
    }

    /**
     * Validates and copies the fields.
     *
     * @param kind thanks, praise or appreciation
     * @param to who is thanked; null reads as empty
     * @param reason what for, or null
     * @param text the sentence as written, or null
     * @param span where it was written, or null
     * @throws NullPointerException if {@code kind} or an element of {@code to} is null
     * @throws IllegalArgumentException if {@code reason} or {@code text} is blank
     */
    public Acknowledgement {
        Checks.required("kind", kind);
        to = Checks.copy("to", to);
        reason = Checks.optionalText("reason", reason);
        text = Checks.optionalText("text", text);
    }

    /**
     * A builder for an {@link Acknowledgement} of the given kind; every other field starts absent or empty.
     *
     * @param kind thanks, praise or appreciation; never null
     * @return a new builder
     */
    public static Builder builder(Kind kind) {
        return new Builder(kind);
    }

    /**
     * A builder holding this acknowledgement's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(kind);
        b.to.addAll(to);
        b.reason = reason;
        b.text = text;
        b.span = span;
        return b;
    }

    /** Assembles an {@link Acknowledgement}; not thread-safe, build once. */
    public static final class Builder {
        private Kind kind;
        private final ArrayList<Party> to = new ArrayList<>();
        private String reason;
        private String text;
        private Span span;

        private Builder(Kind kind) {
            this.kind = Checks.required("kind", kind);
        }

        /**
         * Sets the kind; never null.
         *
         * @param value the kind
         * @return this builder
         */
        public Builder kind(Kind value) { this.kind = Checks.required("kind", value); return this; }
        /**
         * Adds one party thanked.
         *
         * @param value the party; never null
         * @return this builder
         */
        public Builder to(Party value) { to.add(Checks.required("to", value)); return this; }
        /**
         * Replaces the parties thanked with {@code values}.
         *
         * @param values the parties
         * @return this builder
         */
        public Builder to(List<Party> values) { to.clear(); values.forEach(this::to); return this; }
        /**
         * Sets what the thanks are for; null leaves it unknown.
         *
         * @param value the reason
         * @return this builder
         */
        public Builder reason(String value) { this.reason = value; return this; }
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
         * Builds the acknowledgement, validated as by its constructor.
         *
         * @return the acknowledgement
         */
        public Acknowledgement build() {
            return new Acknowledgement(kind, to, reason, text, span);
        }
    }
}
