package org.nashra.model;

import java.util.List;

/**
 * A delegation, branch or organisation that took part in a meeting (or could not).
 * One per delegation as the text groups them: {@code هولندا وبلجيكا} is one
 * delegation for two countries.
 *
 * <pre>{@code
 * Delegation benelux = new Delegation(null, List.of("NL", "BE"), "هولندا وبلجيكا", new Span(379, 393));
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
}
