package org.nashra.parser.internal.time;

import java.time.DayOfWeek;

/**
 * One date/time expression as read, before resolution: the tokens it covers and the fields it states.
 * Mutable while {@link ExpressionReader} builds it.
 */
final class Expr {
    int first = -1;
    int end = -1;
    /** The main date (Gregorian, or Hijri when only a Hijri date is written); null when none. */
    DateParts date;
    /** The last day of a range; null when none. */
    DateParts dateEnd;
    /** A Hijri date paired with a Gregorian one by {@code الموافق}; null when none. */
    DateParts hijriPair;
    /** {@code أمس} -1, {@code اليوم} 0, {@code غداً} +1 …; null when none. */
    Integer dayOffset;
    /** {@code اليوم التالي}: {@link #dayOffset} counts from the previous date of the text, not the reference. */
    boolean afterPrevious;
    DayOfWeek weekday;
    /** The second weekday of a pair ({@code يومي الجمعة والسبت}): the last day of the range; null when none. */
    DayOfWeek lastWeekday;
    /** -1 {@code الماضي}, +1 {@code المقبل}, 0 nearest. */
    int weekdayDirection;
    /** Clock hour as written (0..24) and minute; -1 when no time. */
    int hour = -1;
    int minute;
    /** The day part written with the clock ({@code الخامسة مساءً}). */
    DayPart clockPart;
    /** The day part of the day ({@code مساء السبت}). */
    DayPart dayPart;
    /** {@code يوم}, {@code يومي} or {@code أيام} was written: a weekday alone is then a date. */
    boolean dayWord;

    boolean hasTime() {
        return hour >= 0;
    }

    /** True when the expression says which day, month or year (not only a time or a day part). */
    boolean hasDay() {
        return date != null || dayOffset != null || weekday != null;
    }
}
