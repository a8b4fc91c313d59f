package org.nashra.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Gregorian calendar date as precise as the text states it: a day
 * ({@code 2018-10-20}), a month ({@code 2018-05}) or a year ({@code 1946}), in
 * ISO-8601 reduced precision.
 *
 * <pre>{@code
 * IsoDate may = IsoDate.parse("2018-05");
 * may.precision();             // MONTH
 * may.toLocalDate();           // Optional.empty(): no day was stated
 * IsoDate.of(LocalDate.of(2018, 10, 20)).toString(); // "2018-10-20"
 * }</pre>
 *
 * @param year  the year, 1 to 9999
 * @param month 1 to 12, or 0 when only the year is known
 * @param day   1 to the month's length, or 0 when only year (and month) are known
 */
public record IsoDate(int year, int month, int day) implements Comparable<IsoDate> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** How much of the date is known. */
    public enum Precision {
        /** Only the year is known. */
        YEAR,
        /** The year and the month are known. */
        MONTH,
        /** The whole date is known. */
        DAY
    }

    /**
     * Validates the date.
     *
     * @param year  the year, 1 to 9999
     * @param month 1 to 12, or 0 when only the year is known
     * @param day   1 to the month's length, or 0 when it is not known
     * @throws IllegalArgumentException if a field is out of its range or a day is given without a month
     */
    public IsoDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is outside 1..9999");
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month + " is outside 1..12");
        }
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("day " + day + " given without a month");
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(String.format("day %d is past the end of %04d-%02d", day, year, month), e);
            }
        }
    }

    /**
     * A full date.
     *
     * @param date the day
     * @return the date with precision {@link Precision#DAY}
     * @throws IllegalArgumentException if the year is outside 1..9999
     */
    public static IsoDate of(LocalDate date) {
        return new IsoDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * A month of a year.
     *
     * @param year  the year, 1 to 9999
     * @param month the month, 1 to 12
     * @return the date with precision {@link Precision#MONTH}
     * @throws IllegalArgumentException if a field is out of its range
     */
    public static IsoDate ofMonth(int year, int month) {
        if (month == 0) {
            throw new IllegalArgumentException("month 0 is outside 1..12");
        }
        return new IsoDate(year, month, 0);
    }

    /**
     * A year.
     *
     * @param year the year, 1 to 9999
     * @return the date with precision {@link Precision#YEAR}
     * @throws IllegalArgumentException if the year is out of its range
     */
    public static IsoDate ofYear(int year) {
        return new IsoDate(year, 0, 0);
    }

    /**
     * Reads {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
     *
     * @param text the ISO-8601 form
     * @return the date, as precise as the text
     * @throws IllegalArgumentException naming the text when it is not such a date
     */
    public static IsoDate parse(CharSequence text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date (yyyy, yyyy-MM or yyyy-MM-dd)");
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            return new IsoDate(year, month, day);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date: " + e.getMessage(), e);
        }
    }

    /**
     * How much of the date is known.
     *
     * @return day, month or year
     */
    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /**
     * The date as a {@link LocalDate}, present only when the day is known.
     *
     * @return the day, or empty
     */
    public Optional<LocalDate> toLocalDate() {
        return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /**
     * The earliest day this date may mean (the first of the month or year).
     *
     * @return the first day
     */
    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** Orders by first day, then the less precise first. */
    @Override
    public int compareTo(IsoDate o) {
        int c = firstDay().compareTo(o.firstDay());
        return c != 0 ? c : precision().compareTo(o.precision());
    }

    /** The ISO-8601 form: {@code 2018}, {@code 2018-05} or {@code 2018-05-01}. */
    @Override
    public String toString() {
        // by hand, not String.format: the parser's rules ask a date's form while reading every communiqué, and a
        // Formatter parses its pattern and boxes its arguments at each call (2% of a short parse); the fields are
        // validated (year 1..9999, month 0..12, day 0..31), so four and two digits always hold them
        char[] out = new char[precision() == Precision.DAY ? 10 : precision() == Precision.MONTH ? 7 : 4];
        digits(out, 0, year, 4);
        if (out.length > 4) {
            out[4] = '-';
            digits(out, 5, month, 2);
        }
        if (out.length > 7) {
            out[7] = '-';
            digits(out, 8, day, 2);
        }
        return new String(out);
    }

    /** Writes {@code value} in {@code width} decimal digits, zeros first, at {@code out[at ..]}. */
    private static void digits(char[] out, int at, int value, int width) {
        for (int k = at + width - 1; k >= at; k--) {
            out[k] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
