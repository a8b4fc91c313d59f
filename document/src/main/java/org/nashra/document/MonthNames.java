package org.nashra.document;

/**
 * Which Arabic names the Gregorian months get, as readers of each region expect them.
 *
 * <pre>{@code
 * DocumentOptions.builder().monthNames(MonthNames.MAGHREBI).build();   // 20 جانفي 2018
 * }</pre>
 */
public enum MonthNames {
    /** Syriac names used in Iraq, Syria, Lebanon, Jordan and Palestine: كانون الثاني، شباط… */
    LEVANTINE("ar_IQ"),
    /** Names from the Latin used in Egypt and the Gulf: يناير، فبراير… */
    EGYPTIAN("ar_EG"),
    /** Names from the French used in Algeria and Tunisia: جانفي، فيفري… */
    MAGHREBI("ar_DZ");

    private final String locale;

    MonthNames(String locale) {
        this.locale = locale;
    }

    /**
     * The locale whose month names these are, so that ICU formats the dates.
     *
     * @return the locale as ICU names it ({@code ar_IQ})
     */
    public String locale() {
        return locale;
    }
}
