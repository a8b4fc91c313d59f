package org.nashra.model;

/**
 * A greeting, telegram, message, congratulation or condolence, received or sent;
 * one per sender (received) or per addressee (sent).
 *
 * <pre>{@code
 * Greeting telegram = Greeting.builder(Greeting.Direction.RECEIVED, Greeting.Form.TELEGRAM)
 *         .from(organization)
 *         .occasion("انعقاد المؤتمر")
 *         .build();
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
    public enum Direction {
        /** Received by the issuer or the meeting. */
        RECEIVED,
        /** Sent by the issuer or the meeting. */
        SENT
    }

    /** What the greeting is. */
    public enum Form {
        /** A telegram (برقية). */
        TELEGRAM,
        /** A message or letter (رسالة). */
        MESSAGE,
        /** A greeting (تحية). */
        GREETING,
        /** A congratulation (تهنئة). */
        CONGRATULATION,
        /** A condolence (تعزية). */
        CONDOLENCE,
        /** Wishes (تمنيات). */
        WISHES,
        /** Any other greeting. */
        OTHER
    }

    /**
     * Validates the fields.
     *
     * @param direction received or sent
     * @param form what the greeting is
     * @param from the sender, or null
     * @param to the addressee, or null
     * @param occasion what it is for, or null
     * @param text the greeting as written, or null
     * @param span where it was written, or null
     * @throws NullPointerException if {@code direction} or {@code form} is null
     * @throws IllegalArgumentException if {@code occasion} or {@code text} is blank
     */
    public Greeting {
        Checks.required("direction", direction);
        Checks.required("form", form);
        occasion = Checks.optionalText("occasion", occasion);
        text = Checks.optionalText("text", text);
    }

    /**
     * A builder for a {@link Greeting} of the given direction and form; every other field starts absent or empty.
     *
     * @param direction received or sent; never null
     * @param form what the greeting is; never null
     * @return a new builder
     */
    public static Builder builder(Direction direction, Form form) {
        return new Builder(direction, form);
    }

    /**
     * A builder holding this greeting's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(direction, form);
        b.from = from;
        b.to = to;
        b.occasion = occasion;
        b.text = text;
        b.span = span;
        return b;
    }

    /** Assembles a {@link Greeting}; not thread-safe, build once. */
    public static final class Builder {
        private Direction direction;
        private Form form;
        private Party from;
        private Party to;
        private String occasion;
        private String text;
        private Span span;

        private Builder(Direction direction, Form form) {
            this.direction = Checks.required("direction", direction);
            this.form = Checks.required("form", form);
        }

        /**
         * Sets whether the greeting came in or went out; never null.
         *
         * @param value the direction
         * @return this builder
         */
        public Builder direction(Direction value) { this.direction = Checks.required("direction", value); return this; }
        /**
         * Sets what the greeting is, content before medium; never null.
         *
         * @param value the form
         * @return this builder
         */
        public Builder form(Form value) { this.form = Checks.required("form", value); return this; }
        /**
         * Sets the sender; null leaves it unknown.
         *
         * @param value the sender
         * @return this builder
         */
        public Builder from(Party value) { this.from = value; return this; }
        /**
         * Sets the addressee; null leaves it unknown.
         *
         * @param value the addressee
         * @return this builder
         */
        public Builder to(Party value) { this.to = value; return this; }
        /**
         * Sets what it is for, or the deceased of a condolence; null leaves it unknown.
         *
         * @param value the occasion
         * @return this builder
         */
        public Builder occasion(String value) { this.occasion = value; return this; }
        /**
         * Sets the greeting as written; null for none.
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
         * Builds the greeting, validated as by its constructor.
         *
         * @return the greeting
         */
        public Greeting build() {
            return new Greeting(direction, form, from, to, occasion, text, span);
        }
    }
}
