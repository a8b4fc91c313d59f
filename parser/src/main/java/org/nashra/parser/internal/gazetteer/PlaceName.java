package org.nashra.parser.internal.gazetteer;

/**
 * What a place name in the gazetteer is, and the country it is certainly in.
 *
 * <pre>{@code
 * new PlaceName(PlaceName.Kind.CITY, "SE");            // مالمو
 * new PlaceName(PlaceName.Kind.COUNTRY_ADJECTIVE, "SE"); // السويدية
 * new PlaceName(PlaceName.Kind.CITY, null);            // طرابلس: a city in two countries
 * }</pre>
 *
 * @param kind    country, country adjective, city or region
 * @param country ISO 3166-1 alpha-2, or null when the name is in more than one country
 */
public record PlaceName(Kind kind, String country) {
    /** The kinds of place names. */
    public enum Kind { COUNTRY, COUNTRY_ADJECTIVE, CITY, REGION }
}
