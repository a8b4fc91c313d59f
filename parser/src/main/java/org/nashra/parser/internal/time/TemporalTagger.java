package org.nashra.parser.internal.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nashra.parser.ParseWarning;
import org.nashra.model.IsoDate;
import org.nashra.model.When;
import org.nashra.parser.internal.text.AnalyzedText;

/**
 * Finds every date and time expression of a text and resolves it to a {@link When}: the temporal tagger
 * behind {@code Bulletin.dates}.
 *
 * <pre>{@code
 * AnalyzedText t = AnalyzedText.of("برلين – 15/3/2019\nعقدت الهيئة مساء أمس الخميس اجتماعها");
 * TemporalResult r = TemporalTagger.tag(t, Optional.empty());
 * r.dates().get(0).start();    // 2019-03-15
 * r.dates().get(1).start();    // 2019-03-14, relative: true
 * }</pre>
 *
 * <p><b>Reference date.</b> Relative expressions ({@code أمس}, {@code أيار الماضي}, a date without a year,
 * a weekday alone) are resolved against, in this order: the {@code reference} given; else the date of a
 * dateline or signature line (a full date with its year on a line of at most four other words, punctuation aside, such as
 * {@code برلين – 15/3/2019} or {@code باريس في ١٥ تشرين الأول ٢٠٢٣}); else the first full date with its
 * year on the text's first lines (the lead; a date told further down belongs to the story), skipping dates
 * more than a year older than the latest one (a founding date or an anniversary is history, not the day the
 * text speaks from). Without any, they keep {@code start: null}.
 *
 * <p><b>Contradictions</b> are reported, not repaired: a weekday that is not the weekday of its date keeps
 * the written date and adds a {@link ParseWarning} to {@link TemporalResult#warnings()}.
 *
 * <p>Durations ({@code يومين}, {@code ثلاثة أيام}), vague periods ({@code مطلع العام المقبل},
 * {@code أواخر آذار}) and holiday names ({@code عيد العمال}) are not dates, but a named month with its
 * year or direction after such a word is that month ({@code مطلع آذار المقبل}); weeks ({@code الأسبوع المقبل})
 * are not read, since the model holds days, months and years. Linear in the text's length.
 */
public final class TemporalTagger {
    /** A dateline or signature line holds at most this many words besides its date (punctuation aside). */
    private static final int DATELINE_OTHER_WORDS = 4;
    /** A day at most this many days before the reference is the reported day a later bare time may belong to. */
    private static final int RECENT_DAYS = 14;
    /** A line of more tokens than this is a paragraph: the first one closes the lead, which dates a text. */
    private static final int LEAD_LINE_WORDS = 14;

    private TemporalTagger() {
    }

    /** Tags {@code text}, resolving relative expressions against {@code reference} or, if empty, the text's own date. */
    public static TemporalResult tag(AnalyzedText text, Optional<LocalDate> reference) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reference, "reference");
        List<Expr> found = ExpressionReader.read(text);
        Optional<LocalDate> ref = reference.isPresent() ? reference : textReference(text, found);
        List<ParseWarning> warnings = new ArrayList<>();
        Resolver resolver = new Resolver(text, ref, warnings);
        List<DateMention> mentions = new ArrayList<>(found.size());
        // a time stated apart takes the day of the latest dated expression of its paragraph; in a paragraph
        // without one, that of the latest event day before it (an invitation's broadcast time belongs to the
        // event's day, not to the dateline's), else that of the latest recent day (the report's own day), with
        // the day part written on that day
        Resolver.Anchor lastDay = null;
        Resolver.Anchor lastEventDay = null;
        Resolver.Anchor lastRecentDay = null;
        LocalDate previous = null;
        int scanned = 0;
        for (Expr e : found) {
            for (; scanned <= e.first; scanned++) {
                if (text.startsLine(scanned)) {
                    lastDay = null;
                }
            }
            scanned = Math.max(scanned, e.end);
            Resolver.Anchor context = lastDay != null ? lastDay : lastEventDay != null ? lastEventDay : lastRecentDay;
            When w = resolver.resolve(e, context, previous);
            if (w.start() != null && w.start().precision() == IsoDate.Precision.DAY && e.hasDay()) {
                LocalDate day = w.start().firstDay();
                if (e.date != null || e.weekday != null) {
                    // اليوم التالي counts from a day the text names, not from "today" (وتضم اليوم: nowadays)
                    previous = day;
                }
                lastDay = new Resolver.Anchor(day, e.dayPart);
                if (ref.isEmpty() || day.isAfter(ref.get())) {
                    lastEventDay = lastDay;
                } else if (ChronoUnit.DAYS.between(day, ref.get()) <= RECENT_DAYS) {
                    // a report's own day (الخميس الماضي), not a founding date or an anniversary
                    lastRecentDay = lastDay;
                }
            }
            mentions.add(new DateMention(w, e.first, e.end));
        }
        return new TemporalResult(mentions, ref, warnings);
    }

    /** The dateline/signature date, else the first recent absolute full date; see the class comment. */
    private static Optional<LocalDate> textReference(AnalyzedText text, List<Expr> found) {
        Resolver absolute = new Resolver(text, Optional.empty(), new ArrayList<>());
        List<LocalDate> full = new ArrayList<>();
        List<Integer> fullAt = new ArrayList<>();
        int leadEnd = leadEnd(text);
        int latestYear = Integer.MIN_VALUE;
        for (Expr e : found) {
            if (e.date == null || e.date.hijri || e.date.year < 0 || e.date.day < 0) {
                continue;
            }
            When w = absolute.resolve(e, null, null);
            if (w.start() == null || w.start().precision() != IsoDate.Precision.DAY) {
                continue;
            }
            LocalDate day = w.start().firstDay();
            if (onShortLine(text, e)) {
                return Optional.of(day);
            }
            full.add(day);
            fullAt.add(e.first);
            latestYear = Math.max(latestYear, day.getYear());
        }
        for (int k = 0; k < full.size(); k++) {
            // a founding date or anniversary (31 آذار 1934) is history, not the day the text speaks from;
            // nor is a date told in the story further down (اغتيل في 5 ديسمبر 1952): only the lead dates the text
            LocalDate day = full.get(k);
            if (day.getYear() >= latestYear - 1 && fullAt.get(k) < leadEnd) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /**
     * The first token after the lead: the short heading lines (headline, dateline) and the first line of a
     * paragraph's length after them.
     */
    private static int leadEnd(AnalyzedText text) {
        int size = text.tokens().size();
        int words = 0;
        for (int k = 0; k < size; k++) {
            if (k > 0 && text.startsLine(k)) {
                if (words > LEAD_LINE_WORDS) {
                    return k;
                }
                words = 0;
            }
            words++;
        }
        return size;
    }

    /**
     * True when the line of {@code e} has at most {@link #DATELINE_OTHER_WORDS} other words (looks no further):
     * the dashes and commas of {@code شيفيلد – المملكة المتحدة، 12 يناير 2026} set its place off, they add no
     * words to it.
     */
    private static boolean onShortLine(AnalyzedText text, Expr e) {
        int others = 0;
        for (int k = e.first; k > 0 && !text.startsLine(k) && others <= DATELINE_OTHER_WORDS; k--) {
            others += text.tokens().get(k - 1).isPunct() ? 0 : 1;
        }
        for (int k = e.end; k < text.tokens().size() && !text.startsLine(k) && others <= DATELINE_OTHER_WORDS; k++) {
            others += text.tokens().get(k).isPunct() ? 0 : 1;
        }
        return others <= DATELINE_OTHER_WORDS;
    }
}
