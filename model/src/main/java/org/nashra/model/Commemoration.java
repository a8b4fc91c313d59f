package org.nashra.model;

/**
 * A minute of silence or a tribute to the dead.
 *
 * <pre>{@code
 * Commemoration silence = Commemoration.builder(Commemoration.Form.MINUTE_OF_SILENCE)
 *         .honoring("الشهداء")
 *         .build();
 * }</pre>
 *
 * @param form     a minute of silence, a tribute, or other
 * @param honoring who is honoured, as written
 * @param text     the sentence as written
 * @param span     where it was written; null for a value not read from a text
 */
public record Commemoration(Form form, String honoring, String text, Span span) {

    /** The form of the commemoration. */
    public enum Form {
        /** A minute of silence (دقيقة صمت). */
        MINUTE_OF_SILENCE,
        /** A tribute read or paid to the dead. */
        TRIBUTE,
        /** Any other commemoration. */
        OTHER
    }

    /**
     * Validates the fields.
     *
     * @param form a minute of silence, a tribute, or other
     * @param honoring who is honoured, as written, or null
     * @param text the sentence as written, or null
     * @param span where it was written, or null
     * @throws NullPointerException if {@code form} is null
     * @throws IllegalArgumentException if {@code honoring} or {@code text} is blank
     */
    public Commemoration {
        Checks.required("form", form);
        honoring = Checks.optionalText("honoring", honoring);
        text = Checks.optionalText("text", text);
    }

    /**
     * A builder for a {@link Commemoration} of the given form; every other field starts absent or empty.
     *
     * @param form a minute of silence, a tribute, or other; never null
     * @return a new builder
     */
    public static Builder builder(Form form) {
        return new Builder(form);
    }

    /**
     * A builder holding this commemoration's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(form);
        b.honoring = honoring;
        b.text = text;
        b.span = span;
        return b;
    }

    /** Assembles a {@link Commemoration}; not thread-safe, build once. */
    public static final class Builder {
        private Form form;
        private String honoring;
        private String text;
        private Span span;

        private Builder(Form form) {
            this.form = Checks.required("form", form);
        }

        /**
         * Sets the form; never null.
         *
         * @param value the form
         * @return this builder
         */
        public Builder form(Form value) { this.form = Checks.required("form", value); return this; }
        /**
         * Sets who is honoured, as written; null leaves it unknown.
         *
         * @param value who is honoured
         * @return this builder
         */
        public Builder honoring(String value) { this.honoring = value; return this; }
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
         * Builds the commemoration, validated as by its constructor.
         *
         * @return the commemoration
         */
        public Commemoration build() {
            return new Commemoration(form, honoring, text, span);
        }
    }
}
