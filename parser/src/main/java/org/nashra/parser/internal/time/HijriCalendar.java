package org.nashra.parser.internal.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Converts between Hijri dates and the Gregorian calendar with ICU's Umm al-Qura calendar
 * ({@link IslamicCalendar.CalculationType#ISLAMIC_UMALQURA}), the reckoning Saudi Arabia publishes and
 * most press texts follow. Other countries start months by sighting, so a day's difference from a
 * Gregorian date printed beside it is normal.
 *
 * <pre>{@code
 * HijriCalendar.toGregorian(1434, 10, 25);   // 2013-09-01
 * HijriCalendar.hijriYear(LocalDate.of(2013, 9, 1)); // 1434
 * }</pre>
 */
final class HijriCalendar {
    private HijriCalendar() {
    }

    private static IslamicCalendar calendar() {
        IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        c.clear();
        return c;
    }

    /** The Gregorian day of Hijri {@code year-month-day}, or null when there is no such day (month 1..12, day 1..29/30). */
    static LocalDate toGregorian(int year, int month, int day) {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 30) {
            return null;
        }
        IslamicCalendar c = calendar();
        c.set(year, month - 1, 1);
        if (day > c.getActualMaximum(Calendar.DAY_OF_MONTH)) {
            return null;
        }
        c.set(Calendar.DAY_OF_MONTH, day);
        LocalDate d = Instant.ofEpochMilli(c.getTimeInMillis()).atOffset(ZoneOffset.UTC).toLocalDate();
        return d.getYear() >= 1 && d.getYear() <= 9999 ? d : null;
    }

    /** The Hijri year that {@code date} falls in. */
    static int hijriYear(LocalDate date) {
        IslamicCalendar c = calendar();
        c.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        return c.get(Calendar.EXTENDED_YEAR);
    }
}
