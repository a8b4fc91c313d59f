package org.nashra.parser.internal.time;

/**
 * The calendar fields one date of an expression states, before resolution. -1 marks an absent field.
 * Mutable while the reader fills it; never shared after.
 */
final class DateParts {
    /** No direction word followed the month ({@code أيار} rather than {@code أيار الماضي}). */
    static final int NO_DIRECTION = Integer.MIN_VALUE;

    int year = -1;
    int month = -1;
    int day = -1;
    /** The year was written with two digits ({@code 1/9/13}, {@code عام 48}); its century is a guess. */
    boolean twoDigitYear;
    /** The fields are Hijri ({@code 25 شوال 1434}). */
    boolean hijri;
    /** {@code أيار الماضي} -1, {@code آذار المقبل} +1, {@code تموز الجاري} 0. */
    int monthDirection = NO_DIRECTION;
    /** Year relative to the reference ({@code العام الماضي} -1, {@code من العام المقبل} +1); null when absent. */
    Integer yearOffset;
    /** Month relative to the reference ({@code الشهر المقبل} +1, {@code الشهر الجاري} 0); null when absent. */
    Integer monthOffset;

    boolean hasYear() {
        return year >= 0 || yearOffset != null;
    }
}
