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
    public Delegation {
        countries = Checks.copy("countries", countries);
        for (String c : countries) {
            if (!Place.isCountryCode(c)) {
                throw new IllegalArgumentException("country \"" + c + "\" is not an ISO 3166-1 alpha-2 code");
            }
        }
        text = Checks.optionalText("text", text);
    }

    /** A builder whose fields all start absent, empty or false. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this delegation's values, to derive a changed copy. */
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

        public Builder represents(Party value) { this.represents = value; return this; }
        public Builder country(String value) { countries.add(Checks.required("country", value)); return this; }
        /** Replaces the countries with {@code values}. */
        public Builder countries(List<String> values) { countries.clear(); values.forEach(this::country); return this; }
        public Builder text(String value) { this.text = value; return this; }
        public Builder span(Span value) { this.span = value; return this; }

        public Delegation build() {
            return new Delegation(represents, countries, text, span);
        }
    }
}
