package org.nashra.model;

import java.util.regex.Pattern;

/**
 * A place named in the text: city, country, region, venue.
 *
 * <pre>{@code
 * Place malmo = new Place("مالمو", "SE", "السويد", "جنوب السويد", null, false,
 *         "مدينة مالمو جنوب السويد", new Span(80, 103));
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
}
