package org.nashra.parser.internal.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.nashra.parser.ParseWarning;
import org.nashra.model.IsoDate;
import org.nashra.model.Span;
import org.nashra.model.When;
import org.nashra.parser.internal.text.Affix;
import org.nashra.parser.internal.text.AnalyzedText;
import org.nashra.parser.internal.text.Clitic;
import org.nashra.parser.internal.text.Reading;
import org.nashra.parser.internal.text.Token;

/**
 * Turns an {@link Expr} into a {@link When} against a reference date.
 *
 * <ul>
 *   <li>A date with its year is absolute. Without a year: {@code الماضي} takes the last such month/day
 *       before the reference, {@code المقبل}/{@code القادم} the next one after it, {@code الجاري} the
 *       reference year, {@code من العام المقبل} the year after; with no such word, the year that puts the
 *       date nearest the reference (preferring one whose weekday agrees with a written weekday).</li>
 *   <li>{@code أمس}, {@code اليوم}, {@code غداً}… count days from the reference; {@code الشهر المقبل} and
 *       {@code العام الماضي} count months and years (a weekday written with them, {@code أمس الخميس}, wins over the count
 *       when they disagree: the nearest such day); a weekday alone is the nearest such day, or the
 *       previous/next one with {@code الماضي}/{@code المقبل}.</li>
 *   <li>A time stated apart takes the day of the latest dated expression of its paragraph, else that of the
 *       latest date after the reference (the announced event), else the reference.</li>
 *   <li>A Hijri date is converted with Umm al-Qura; with a Gregorian date beside it the Gregorian one is
 *       {@code start} and the Hijri one goes to {@code hijri}. Hijri months or years alone keep {@code start} null.</li>
 * </ul>
 * Whenever the reference was needed, {@code relative} is true; when it was needed and absent, {@code start} is null.
 */
final class Resolver {
    private final AnalyzedText text;
    private final Optional<LocalDate> reference;
    private final List<ParseWarning> warnings;

    Resolver(AnalyzedText text, Optional<LocalDate> reference, List<ParseWarning> warnings) {
        this.text = text;
        this.reference = reference;
        this.warnings = warnings;
    }

    /**
     * The When of {@code e}. {@code context} is the day a bare time belongs to, with the day part written on
     * that day (null: the reference, no day part); {@code previous} is the last day the text named before
     * {@code e}, from which {@code اليوم التالي} counts (null: none).
     */
    When resolve(Expr e, Anchor context, LocalDate previous) {
        LocalDate contextDay = context == null ? null : context.day();
        Span span = span(e);
        String written = span.of(text.original());
        boolean[] relative = {false};
        IsoDate start = null;
        IsoDate end = null;
        String hijri = null;
        if (e.date != null && e.date.hijri) {
            Hijri h = hijri(e.date, relative, span);
            start = h.gregorian;
            hijri = h.text;
        } else if (e.date != null) {
            start = gregorian(e.date, e.weekday, relative, span);
            if (e.dateEnd != null && start != null) {
                end = ownYear(e.dateEnd) ? gregorian(e.dateEnd, null, relative, span) : rangeEnd(start, e.dateEnd, span);
            }
            if (e.hijriPair != null) {
                Hijri h = hijri(e.hijriPair, relative, span);
                hijri = h.text;
                checkPair(start, h.gregorian, span);
            }
        } else if (e.dayOffset != null && e.afterPrevious) {
            relative[0] = true;
            start = previous == null ? null : dateOf(previous.plusDays(e.dayOffset));
        } else if (e.dayOffset != null) {
            relative[0] = true;
            // بعد غد الأربعاء against a page stamped the day before it was written: the weekday the writer saw
            // is surer than the reference, so it picks the day nearest the counted one
            start = reference.map(r -> r.plusDays(e.dayOffset))
                    .map(d -> dateOf(e.weekday == null ? d : weekdayNear(d, e.weekday, 0))).orElse(null);
        } else if (e.weekday != null) {
            relative[0] = true;
            start = reference.map(r -> dateOf(weekdayNear(r, e.weekday, e.weekdayDirection))).orElse(null);
        } else if (e.hasTime()) {
            relative[0] = true;
            LocalDate day = contextDay != null ? contextDay : reference.orElse(null);
            start = day == null ? null : dateOf(day);
        }
        if (end == null && e.lastWeekday != null && start != null && start.precision() == IsoDate.Precision.DAY) {
            // يومي الجمعة والسبت: the range runs to the next such weekday after the first day
            LocalDate first = start.firstDay();
            int days = (e.lastWeekday.getValue() - first.getDayOfWeek().getValue() + 7) % 7;
            end = days == 0 ? null : dateOf(first.plusDays(days));
        }
        if (e.weekday != null && start != null && (e.date != null || e.dayOffset != null)) {
            start.toLocalDate().ifPresent(d -> {
                if (d.getDayOfWeek() != e.weekday) {
                    warnings.add(new ParseWarning(ParseWarning.Kind.WEEKDAY_MISMATCH, String.format(
                            "the weekday %s contradicts %s, a %s; the date is kept", e.weekday, d, d.getDayOfWeek()),
                            span));
                }
            });
        }
        LocalTime time = null;
        if (e.hasTime()) {
            DayPart part = e.clockPart != null ? e.clockPart : e.dayPart;
            if (part == null && !e.hasDay() && context != null) {
                // مساء الخميس … في تمام الساعة الثامنة: the evening carries over to the bare time of that day
                part = context.part();
            }
            int hour = part == null ? e.hour % 24 : part.toHour24(e.hour);
            time = LocalTime.of(hour, e.minute);
        }
        if (end != null && start != null && end.compareTo(start) <= 0) {
            end = null;
        }
        return When.builder().start(start).end(end).time(time).hijri(hijri).relative(relative[0])
                .text(written).span(span).build();
    }

    /**
     * The span: from the first token, less a conjunction or preposition written on it ({@code والعام} starts
     * at {@code العام}, {@code وآب} at {@code آب}), to the last token.
     */
    Span span(Expr e) {
        Token first = text.tokens().get(e.first);
        int start = first.span().start();
        for (Reading r : first.readings()) {
            boolean clitic = !r.affixes().isEmpty() && r.affixes().get(0).clitic() != Clitic.AL;
            if (clitic && (first.kind() != Token.Kind.WORD || TimeWords.isTemporalStem(r.stem()))) {
                start = text.stemSpan(first, r).start();
                for (Affix a : r.affixes()) {
                    if (a.clitic() == Clitic.AL && a.written()) {
                        start = text.span(first, a).start();
                    }
                }
                break;
            }
        }
        return new Span(start, text.tokens().get(e.end - 1).span().end());
    }

    private IsoDate gregorian(DateParts d, DayOfWeek weekday, boolean[] relative, Span span) {
        Integer year = null;
        if (d.year >= 0) {
            year = d.twoDigitYear && reference.isPresent() ? nearCentury(d.year, reference.get().getYear()) : d.year;
        } else if (reference.isEmpty()) {
            relative[0] = true;
            return null;
        }
        LocalDate ref = reference.orElse(null);
        if (year == null) {
            relative[0] = true;
            if (d.monthOffset != null) {
                YearMonth ym = YearMonth.from(ref).plusMonths(d.monthOffset);
                return d.day >= 0 ? day(ym.getYear(), ym.getMonthValue(), d.day, span)
                        : monthOf(ym.getYear(), ym.getMonthValue());
            }
            if (d.yearOffset != null) {
                year = ref.getYear() + d.yearOffset;
            } else if (d.month < 0) {
                return null;
            } else {
                year = yearFor(d, weekday, ref);
            }
        }
        if (d.month < 0) {
            return yearOf(year);
        }
        if (d.day < 0) {
            return monthOf(year, d.month);
        }
        return day(year, d.month, d.day, span);
    }

    /**
     * True when {@code year} is one the model can hold (1..9999). Counting from a date at the edge of the
     * calendar ({@code 1/1/0001} followed by {@code أمس}) or a year written out of it leaves the calendar:
     * such a date is dropped ({@code start} null), as any date the text does not fix.
     */
    private static boolean inCalendar(int year) {
        return year >= 1 && year <= 9999;
    }

    private static IsoDate dateOf(LocalDate d) {
        return inCalendar(d.getYear()) ? IsoDate.of(d) : null;
    }

    private static IsoDate yearOf(int year) {
        return inCalendar(year) ? IsoDate.ofYear(year) : null;
    }

    private static IsoDate monthOf(int year, int month) {
        return inCalendar(year) ? IsoDate.ofMonth(year, month) : null;
    }

    /** A two-digit year moved into the century that puts it at most 20 years after the reference year. */
    private static int nearCentury(int year, int referenceYear) {
        int yy = year % 100;
        int candidate = referenceYear - referenceYear % 100 + yy;
        return candidate > referenceYear + 20 ? candidate - 100 : candidate;
    }

    /** The year of a yearless month (and day) from its direction word, or the nearest to the reference. */
    private static int yearFor(DateParts d, DayOfWeek weekday, LocalDate ref) {
        int y = ref.getYear();
        int dir = d.monthDirection;
        if (dir == 0) {
            return y;
        }
        int best = y;
        long bestDistance = Long.MAX_VALUE;
        boolean bestWeekday = false;
        for (int cand = y - 1; cand <= y + 1; cand++) {
            LocalDate first = firstDay(cand, d);
            if (first == null) {
                continue;
            }
            long distance;
            if (d.day < 0) {
                distance = ChronoUnit.MONTHS.between(YearMonth.from(ref), YearMonth.of(cand, d.month));
            } else {
                distance = ChronoUnit.DAYS.between(ref, first);
            }
            boolean sameMonthOrDay = distance == 0;
            if (dir == -1 && (distance > 0 || sameMonthOrDay) || dir == 1 && (distance < 0 || sameMonthOrDay)) {
                continue;
            }
            boolean weekdayOk = weekday != null && d.day >= 0 && first.getDayOfWeek() == weekday;
            long abs = Math.abs(distance);
            if (weekdayOk && !bestWeekday || weekdayOk == bestWeekday && abs < bestDistance) {
                best = cand;
                bestDistance = abs;
                bestWeekday = weekdayOk;
            }
        }
        return best;
    }

    private static LocalDate firstDay(int year, DateParts d) {
        try {
            return LocalDate.of(year, d.month, Math.max(d.day, 1));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private IsoDate day(int year, int month, int day, Span span) {
        if (!inCalendar(year)) {
            return null;
        }
        try {
            return IsoDate.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            warnings.add(new ParseWarning(ParseWarning.Kind.INVALID_DATE,
                    String.format("%04d-%02d-%02d is not a calendar day", year, month, day), span));
            return null;
        }
    }

    /** True when a range end says its own year or direction ({@code … وحتى شباط المقبل}). */
    private static boolean ownYear(DateParts end) {
        return end.year >= 0 || end.yearOffset != null || end.monthOffset != null
                || end.monthDirection != DateParts.NO_DIRECTION;
    }

    private IsoDate rangeEnd(IsoDate start, DateParts end, Span span) {
        int year = end.year >= 0 ? end.year : start.year();
        int month = end.month >= 0 ? end.month : start.month();
        if (end.year < 0 && month < start.month()) {
            year++;
        }
        if (end.day < 0) {
            return month > 0 ? monthOf(year, month) : yearOf(year);
        }
        return day(year, month, end.day, span);
    }

    /** The day a bare time belongs to and the day part written with that day (null when none). */
    record Anchor(LocalDate day, DayPart part) {
    }

    private record Hijri(IsoDate gregorian, String text) {
    }

    private Hijri hijri(DateParts d, boolean[] relative, Span span) {
        int year = d.year;
        if (year < 0) {
            relative[0] = true;
            if (reference.isEmpty() || d.month < 0) {
                return new Hijri(null, null);
            }
            year = nearestHijriYear(d, reference.get());
        }
        if (d.month < 0) {
            return new Hijri(null, String.format("%04d", year));
        }
        if (d.day < 0) {
            return new Hijri(null, String.format("%04d-%02d", year, d.month));
        }
        LocalDate g = HijriCalendar.toGregorian(year, d.month, d.day);
        if (g == null) {
            warnings.add(new ParseWarning(ParseWarning.Kind.INVALID_DATE,
                    String.format("Hijri %04d-%02d-%02d is not a calendar day", year, d.month, d.day), span));
            return new Hijri(null, null);
        }
        return new Hijri(IsoDate.of(g), String.format("%04d-%02d-%02d", year, d.month, d.day));
    }

    private static int nearestHijriYear(DateParts d, LocalDate ref) {
        int y = HijriCalendar.hijriYear(ref);
        int best = y;
        long bestDistance = Long.MAX_VALUE;
        for (int cand = y - 1; cand <= y + 1; cand++) {
            LocalDate g = HijriCalendar.toGregorian(cand, d.month, Math.max(d.day, 1));
            if (g != null && Math.abs(ChronoUnit.DAYS.between(ref, g)) < bestDistance) {
                best = cand;
                bestDistance = Math.abs(ChronoUnit.DAYS.between(ref, g));
            }
        }
        return best;
    }

    private void checkPair(IsoDate gregorian, IsoDate fromHijri, Span span) {
        if (gregorian == null || fromHijri == null || gregorian.precision() != IsoDate.Precision.DAY) {
            return;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(gregorian.firstDay(), fromHijri.firstDay()));
        if (days > 2) {
            warnings.add(new ParseWarning(ParseWarning.Kind.HIJRI_MISMATCH, String.format(
                    "the Hijri date is %s by Umm al-Qura, %d days from the Gregorian %s; the Gregorian date is kept",
                    fromHijri, days, gregorian), span));
        }
    }

    /** The {@code weekday} nearest {@code ref} (direction 0), or the previous (-1) or next (+1) one. */
    static LocalDate weekdayNear(LocalDate ref, DayOfWeek weekday, int direction) {
        int diff = weekday.getValue() - ref.getDayOfWeek().getValue();
        if (direction > 0) {
            return ref.plusDays(diff <= 0 ? diff + 7 : diff);
        }
        if (direction < 0) {
            return ref.plusDays(diff >= 0 ? diff - 7 : diff);
        }
        if (diff > 3) {
            diff -= 7;
        } else if (diff < -3) {
            diff += 7;
        }
        return ref.plusDays(diff);
    }
}
