package org.nashra.document.internal;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.nashra.document.MonthNames;
import org.nashra.document.Numerals;
import org.nashra.model.IsoDate;
import org.nashra.model.When;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes dates, times, numbers and ordinals in Arabic through ICU: month names of
 * the chosen region, the chosen digits, the Umm al-Qura Hijri date. All in UTC, so
 * that a day is the day written whatever the machine's zone.
 *
 * <pre>{@code
 * DateWriter w = new DateWriter(MonthNames.LEVANTINE, Numerals.LATIN);
 * w.date(IsoDate.parse("2018-10-20"));     // "20 تشرين الأول 2018"
 * w.ordinal(7, false);                     // "السابع"
 * }</pre>
 *
 * <p>Not thread-safe: it keeps the ICU formats it made (which are not either), one writer per document composed.
 */
final class DateWriter {
    private static final TimeZone UTC = TimeZone.GMT_ZONE;
    private static final Pattern HIJRI = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final ULocale locale;
    private final ULocale hijriLocale;
    /** The Gregorian formats made so far, by skeleton: a bulletin writes several dates at the same precision. */
    private final Map<String, DateFormat> formats = new HashMap<>();
    private NumberFormat numbers;

    DateWriter(MonthNames months, Numerals digits) {
        String numbers = digits == Numerals.ARABIC_INDIC ? "arab" : "latn";
        this.locale = new ULocale(months.locale() + "@numbers=" + numbers);
        this.hijriLocale = new ULocale("ar@calendar=islamic-umalqura;numbers=" + numbers);
    }

    /** A date at its precision: {@code 20 تشرين الأول 2018}, {@code تشرين الأول 2018}, {@code 2018}. */
    String date(IsoDate d) {
        return gregorianFormat(skeleton(d)).format(gregorian(d).getTime());
    }

    /** A range at the coarser precision of its ends: {@code 20–21 تشرين الأول 2018}. */
    String range(IsoDate start, IsoDate end) {
        String skeleton = start.precision().compareTo(end.precision()) <= 0 ? skeleton(start) : skeleton(end);
        DateIntervalFormat f = DateIntervalFormat.getInstance(skeleton, locale);
        f.setTimeZone(UTC);
        return f.format(new DateInterval(gregorian(start).getTimeInMillis(), gregorian(end).getTimeInMillis()));
    }

    /** A time of day: {@code 10:00 ص}. */
    String time(LocalTime t) {
        DateFormat f = gregorianFormat("hm");
        GregorianCalendar c = new GregorianCalendar(UTC, locale);
        c.clear();
        c.set(2000, Calendar.JANUARY, 1, t.getHour(), t.getMinute());
        return f.format(c.getTime());
    }

    /**
     * The Hijri date of a When: the one the text wrote, else the Umm al-Qura day of
     * its Gregorian start; null when it has neither (or only a month or year).
     */
    String hijri(When w) {
        if (w.hijri() != null) {
            Matcher m = HIJRI.matcher(w.hijri());
            if (m.matches()) {
                IslamicCalendar c = islamic();
                c.set(Calendar.YEAR, Integer.parseInt(m.group(1)));
                String skeleton = "y";
                if (m.group(2) != null) {
                    c.set(Calendar.MONTH, Integer.parseInt(m.group(2)) - 1);
                    skeleton = "MMMMy";
                    if (m.group(3) != null) {
                        c.set(Calendar.DAY_OF_MONTH, Integer.parseInt(m.group(3)));
                        skeleton = "dMMMMy";
                    }
                }
                return islamicFormat(skeleton).format(c.getTime());
            }
        }
        if (w.start() == null || w.start().precision() != IsoDate.Precision.DAY) {
            return null;
        }
        IslamicCalendar c = islamic();
        c.setTimeInMillis(gregorian(w.start()).getTimeInMillis());
        return islamicFormat("dMMMMy").format(c.getTime());
    }

    /** A count with the locale's grouping: {@code 12,345} or {@code ١٢٬٣٤٥}. */
    String number(long n) {
        if (numbers == null) {
            numbers = NumberFormat.getInstance(locale);
        }
        return numbers.format(n);
    }

    /** An ordinal adjective with its article: {@code السابع}, {@code السابعة}. */
    String ordinal(int n, boolean feminine) {
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(ULocale.forLanguageTag("ar"), RuleBasedNumberFormat.SPELLOUT);
        return f.format(n, feminine ? "%spellout-ordinal-feminine" : "%spellout-ordinal-masculine")
                .replaceAll("\\s+", " ").strip();
    }

    private IslamicCalendar islamic() {
        IslamicCalendar c = new IslamicCalendar(UTC, hijriLocale);
        c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        c.clear();
        return c;
    }

    /** The format of a skeleton in the Gregorian calendar and UTC, made once per writer. */
    private DateFormat gregorianFormat(String skeleton) {
        return formats.computeIfAbsent(skeleton, k -> {
            DateFormat f = forSkeleton(k, locale);
            f.setTimeZone(UTC);
            return f;
        });
    }

    private DateFormat islamicFormat(String skeleton) {
        IslamicCalendar calendar = islamic();
        DateFormat f = forSkeleton(skeleton, hijriLocale.setKeywordValue("calendar", calendar.getType()));
        f.setCalendar(calendar);
        f.setTimeZone(UTC);
        return f;
    }

    /**
     * What {@link DateFormat#getInstanceForSkeleton(String, ULocale)} gives, asking ICU's shared frozen pattern
     * generator of the locale rather than a thawed copy of it: the copy was a third of composing a bulletin.
     */
    private static DateFormat forSkeleton(String skeleton, ULocale locale) {
        return new SimpleDateFormat(DateTimePatternGenerator.getFrozenInstance(locale).getBestPattern(skeleton), locale);
    }

    private static String skeleton(IsoDate d) {
        return switch (d.precision()) {
            case DAY -> "dMMMMy";
            case MONTH -> "MMMMy";
            case YEAR -> "y";
        };
    }

    private GregorianCalendar gregorian(IsoDate d) {
        GregorianCalendar c = new GregorianCalendar(UTC, locale);
        c.clear();
        c.set(d.year(), Math.max(d.month(), 1) - 1, Math.max(d.day(), 1));
        return c;
    }
}
