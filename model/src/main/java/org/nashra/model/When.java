package org.nashra.model;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date or time expression of the text, resolved as far as the text allows.
 *
 * <pre>{@code
 * When when = When.builder()
 *         .start(IsoDate.parse("2018-10-20"))
 *         .end(IsoDate.parse("2018-10-21"))
 *         .time(LocalTime.of(10, 0))
 *         .text("يومي 20 – 21 تشرين الأول 2018 الساعة العاشرة")
 *         .build();
 * }</pre>
 *
 * @param start    the first day (or month, or year) meant; null when the expression could not be resolved
 * @param end      the last day of a range, else null
 * @param time     the time of day, else null
 * @param hijri    the Hijri date as written in the text, {@code yyyy-MM-dd} (or reduced), else null
 * @param relative true when resolving needed a reference date ({@code أمس}, {@code أيار الماضي}, a date without year)
 * @param text     the expression as written
 * @param span     where it was written; null for a value not read from a text
 * @param place    the place of a dateline ({@code لندن –}); null elsewhere
 */
public record When(IsoDate start, IsoDate end, LocalTime time, String hijri, boolean relative, String text,
                   Span span, Place place) {
    private static final Pattern HIJRI = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /**
     * Validates the fields.
     *
     * @param start    the first day meant, or null
     * @param end      the last day of a range, or null
     * @param time     the time of day, or null
     * @param hijri    the Hijri date as written, {@code yyyy-MM-dd} (or reduced), or null
     * @param relative true when resolving needed a reference date
     * @param text     the expression as written, or null
     * @param span     where it was written, or null
     * @param place    the place of a dateline, or null
     * @throws IllegalArgumentException if {@code end} is before {@code start} or given without it, {@code hijri}
     *         is not a Hijri date, {@code time} has seconds or {@code text} is blank
     */
    public When {
        if (start != null && end != null && end.compareTo(start) < 0) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        if (end != null && start == null) {
            throw new IllegalArgumentException("end " + end + " given without a start");
        }
        if (hijri != null) {
            checkHijri(hijri);
        }
        if (time != null && (time.getSecond() != 0 || time.getNano() != 0)) {
            throw new IllegalArgumentException("time " + time + " has seconds; times are HH:mm");
        }
        text = Checks.optionalText("text", text);
    }

    private static void checkHijri(String hijri) {
        Matcher m = HIJRI.matcher(hijri);
        boolean ok = m.matches();
        if (ok && m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            ok = month >= 1 && month <= 12;
            if (ok && m.group(3) != null) {
                int day = Integer.parseInt(m.group(3));
                ok = day >= 1 && day <= 30;
            }
        }
        if (!ok) {
            throw new IllegalArgumentException("\"" + hijri + "\" is not a Hijri date (yyyy-MM-dd, month 1..12, day 1..30)");
        }
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
     * A builder holding this when's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.start = start;
        b.end = end;
        b.time = time;
        b.hijri = hijri;
        b.relative = relative;
        b.text = text;
        b.span = span;
        b.place = place;
        return b;
    }

    /** Assembles a {@link When}; not thread-safe, build once. */
    public static final class Builder {
        private IsoDate start;
        private IsoDate end;
        private LocalTime time;
        private String hijri;
        private boolean relative;
        private String text;
        private Span span;
        private Place place;

        private Builder() {
        }

        /**
         * Sets the first day (or month, or year) meant; null when the expression could not be resolved.
         *
         * @param value the start
         * @return this builder
         */
        public Builder start(IsoDate value) { this.start = value; return this; }
        /**
         * Sets the last day of a range; null for a single date.
         *
         * @param value the end, not before the start
         * @return this builder
         */
        public Builder end(IsoDate value) { this.end = value; return this; }
        /**
         * Sets the time of day; null for none.
         *
         * @param value the time, HH:mm
         * @return this builder
         */
        public Builder time(LocalTime value) { this.time = value; return this; }
        /**
         * Sets the Hijri date as written, {@code yyyy-MM-dd} (or reduced); null for none.
         *
         * @param value the Hijri date
         * @return this builder
         */
        public Builder hijri(String value) { this.hijri = value; return this; }
        /**
         * Marks the expression as resolved against a reference date ({@code أمس}).
         *
         * @param value true when relative
         * @return this builder
         */
        public Builder relative(boolean value) { this.relative = value; return this; }
        /**
         * Sets the expression as written; null for none.
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
         * Sets the place of a dateline ({@code لندن –}); null elsewhere.
         *
         * @param value the place
         * @return this builder
         */
        public Builder place(Place value) { this.place = value; return this; }

        /**
         * Builds the When, validated as by its constructor.
         *
         * @return the When
         */
        public When build() {
            return new When(start, end, time, hijri, relative, text, span, place);
        }
    }
}
