package org.nashra.model;

import java.util.regex.Pattern;

/**
 * A place named in the text: city, country, region, venue.
 *
 * <pre>{@code
 * Place malmo = Place.builder()
 *         .city("مالمو")
 *         .country("SE")
 *         .text("مدينة مالمو")
 *         .span(new Span(80, 91))
 *         .build();
 * }</pre>
 *
 * @param city        the city as written, or null
 * @param country     ISO 3166-1 alpha-2 code, or null
 * @param countryName the country as written in the text; null when the country was not named
 *                    (given only by an adjective, or filled from a gazetteer)
 * @param region      e.g. {@code جنوب السويد}, or null
 * @param venue       a hall, club, district…, or null
 * @param inferred    true when {@code country} was filled from the gazetteer, not read
 * @param text        the place expression as written
 * @param span        where it was written; null for a value not read from a text
 */
public record Place(String city, String country, String countryName, String region, String venue,
                    boolean inferred, String text, Span span) {
    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");

    /**
     * Validates the fields.
     *
     * @param city the city as written, or null
     * @param country ISO 3166-1 alpha-2 code, or null
     * @param countryName the country as written, or null
     * @param region the region, or null
     * @param venue a hall, club, district…, or null
     * @param inferred true when {@code country} was filled from the gazetteer
     * @param text the place expression as written, or null
     * @param span where it was written, or null
     * @throws IllegalArgumentException if {@code country} is not an ISO 3166-1 alpha-2 code or a text field is blank
     */
    public Place {
        if (country != null && !ALPHA2.matcher(country).matches()) {
            throw new IllegalArgumentException("country \"" + country + "\" is not an ISO 3166-1 alpha-2 code");
        }
        city = Checks.optionalText("city", city);
        countryName = Checks.optionalText("countryName", countryName);
        region = Checks.optionalText("region", region);
        venue = Checks.optionalText("venue", venue);
        text = Checks.optionalText("text", text);
    }

    static boolean isCountryCode(String code) {
        return ALPHA2.matcher(code).matches();
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
     * A builder holding this place's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.city = city;
        b.country = country;
        b.countryName = countryName;
        b.region = region;
        b.venue = venue;
        b.inferred = inferred;
        b.text = text;
        b.span = span;
        return b;
    }

    /** Assembles a {@link Place}; not thread-safe, build once. */
    public static final class Builder {
        private String city;
        private String country;
        private String countryName;
        private String region;
        private String venue;
        private boolean inferred;
        private String text;
        private Span span;

        private Builder() {
        }

        /**
         * Sets the city as written; null leaves it unknown.
         *
         * @param value the city
         * @return this builder
         */
        public Builder city(String value) { this.city = value; return this; }
        /**
         * Sets the country's ISO 3166-1 alpha-2 code; null leaves it unknown.
         *
         * @param value the code, e.g. {@code SE}
         * @return this builder
         */
        public Builder country(String value) { this.country = value; return this; }
        /**
         * Sets the country as written; null when the text does not name it.
         *
         * @param value the country's name
         * @return this builder
         */
        public Builder countryName(String value) { this.countryName = value; return this; }
        /**
         * Sets the region, e.g. {@code جنوب السويد}; null leaves it unknown.
         *
         * @param value the region
         * @return this builder
         */
        public Builder region(String value) { this.region = value; return this; }
        /**
         * Sets the hall, club or district; null leaves it unknown.
         *
         * @param value the venue
         * @return this builder
         */
        public Builder venue(String value) { this.venue = value; return this; }
        /**
         * Marks the country as filled from the gazetteer rather than read.
         *
         * @param value true when inferred
         * @return this builder
         */
        public Builder inferred(boolean value) { this.inferred = value; return this; }
        /**
         * Sets the place expression as written; null for none.
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
         * Builds the place, validated as by its constructor.
         *
         * @return the place
         */
        public Place build() {
            return new Place(city, country, countryName, region, venue, inferred, text, span);
        }
    }
}
