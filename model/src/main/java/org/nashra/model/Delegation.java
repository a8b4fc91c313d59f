package org.nashra.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A delegation, branch or organisation that took part in a meeting (or could not).
 * One per delegation as the text groups them: {@code هولندا وبلجيكا} is one
 * delegation for two countries.
 *
 * <pre>{@code
 * Delegation delegation = Delegation.builder()
 *         .represents(organization)
 *         .country("SE")
 *         .text("وفد من السويد")
 *         .build();
 * }</pre>
 *
 * @param represents the body it stands for when the text names one, else null
 * @param countries  ISO 3166-1 alpha-2 codes of the countries written; never null
 * @param text       the delegation as written
 * @param span       where it was written; null for a value not read from a text
 */
public record Delegation(Party represents, List<String> countries, String text, Span span) {
    /**
     * Validates the fields.
     *
     * @param represents the body it stands for, or null
     * @param countries ISO 3166-1 alpha-2 codes; null reads as empty
     * @param text the delegation as written, or null
     * @param span where it was written, or null
     * @throws NullPointerException if an element of {@code countries} is null
     * @throws IllegalArgumentException if a country is not an ISO 3166-1 alpha-2 code or {@code text} is blank
     */
    public Delegation {
        countries = Checks.copy("countries", countries);
        for (String c : countries) {
            if (!Place.isCountryCode(c)) {
                throw new IllegalArgumentException("country \"" + c + "\" is not an ISO 3166-1 alpha-2 code");
            }
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
     * A builder holding this delegation's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.represents = represents;
        b.countries.addAll(countries);
        b.text = text;
        b.span = span;
        return b;
    }

    /** Assembles a {@link Delegation}; not thread-safe, build once. */
    public static final class Builder {
        private Party represents;
        private final ArrayList<String> countries = new ArrayList<>();
        private String text;
        private Span span;

        private Builder() {
        }

        /**
         * Sets the body the delegation stands for; null when the text names none.
         *
         * @param value the body
         * @return this builder
         */
        public Builder represents(Party value) { this.represents = value; return this; }
        /**
         * Adds one country the delegation comes from.
         *
         * @param value an ISO 3166-1 alpha-2 code; never null
         * @return this builder
         */
        public Builder country(String value) { countries.add(Checks.required("country", value)); return this; }
        /**
         * Replaces the countries with {@code values}.
         *
         * @param values the countries; none may be null
         * @return this builder
         */
        public Builder countries(List<String> values) { countries.clear(); values.forEach(this::country); return this; }
        /**
         * Sets the delegation as written; null for none.
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
         * Builds the delegation, validated as by its constructor.
         *
         * @return the delegation
         */
        public Delegation build() {
            return new Delegation(represents, countries, text, span);
        }
    }
}
