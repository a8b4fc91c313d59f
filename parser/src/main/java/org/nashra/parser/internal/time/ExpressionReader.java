package org.nashra.parser.internal.time;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nashra.parser.internal.number.ArabicNumbers;
import org.nashra.parser.internal.number.NumberPhrase;
import org.nashra.parser.internal.text.Affix;
import org.nashra.parser.internal.text.AnalyzedText;
import org.nashra.parser.internal.text.Clitic;
import org.nashra.parser.internal.text.FoldedText;
import org.nashra.parser.internal.text.Reading;
import org.nashra.parser.internal.text.Token;

/**
 * Finds date and time expressions in the tokens of a text, left to right, each read as a chain of
 * pieces joined by links:
 *
 * <pre>
 * expression := piece (link piece)*
 * piece      := time | [day part] [يوم|يومي|أيام] (relative day [weekday] | weekday [direction]) [date]
 *             | [day part] [يوم|يومي|أيام] date
 * date       := numeric date [era] | days [من] [شهر] month [/ month] [year] [– days month year]
 *             | [شهر] month (year | direction | من العام direction) | Hijri date | year phrase
 *             | [ordinal من] الشهر direction | العام direction
 * time       := [تمام] الساعة clock [fraction] [day part] [بتوقيت …] [(حتى|الى) … clock]
 *             | ordinal-hour [fraction] day part | hh:mm [day part]
 * link       := [،] [و] [في|عند|على|ابتداءً من|اعتباراً من|بدءاً من|تمام|من] | الموافق [ل]
 * </pre>
 *
 * Pieces merge while they are compatible (one date, one time, one weekday; a Hijri and a Gregorian date
 * only through {@code الموافق}). Leading prepositions and clitics are outside the expression. Each
 * token is looked at a bounded number of times, so the pass is linear.
 */
final class ExpressionReader {
    private static final Set<String> DAY_WORDS = folded("يوم يومي أيام");
    private static final Set<String> LINK_WORDS = folded("في عند على تمام حوالي نحو");
    private static final Set<String> FROM_WORDS = folded("ابتداء ابتداءا اعتبارا بدءا بداية");
    /** Stems: the article is a clitic ({@code الموافق} is {@code ال + موافق}). */
    private static final Set<String> MUWAFIQ = folded("موافق موافقة مصادف");
    /** {@code الواقع فيه}, {@code الواقع في}: "falling on", links a weekday to its date. */
    private static final Set<String> FALLING_ON = folded("واقع واقعة");
    private static final Set<String> FALLING_ON_PREP = folded("في فيه");
    /** {@code فاتح}, {@code مستهل}, {@code غرة} before a month name: its first day (Maghrebi and press usage). */
    private static final Set<String> FIRST_DAY = folded("غرة فاتح مستهل");
    private static final Set<String> RANGE_WORDS = folded("الى إلى حتى لغاية ولغاية وحتى والى وإلى");
    /** Words after which a day and month in digits ({@code 1/9}) are a date. */
    private static final Set<String> DATE_LEADS = folded("تاريخ موافق مصادف");
    private static final Set<String> YEAR_WORDS = folded("عام سنة عامي");
    private static final Set<String> MONTH_WORD = folded("شهر شهري");
    private static final Set<String> VAGUE_HEADS = folded(
            "مطلع أوائل أواخر منتصف نهاية بداية أواسط مستهل غضون آخر");
    private static final Set<String> PERIOD_WORDS = folded("فترة مدة");
    /** Heads named by a date: ثورة الثلاثين من يونيو، ساحة 16 غشت، شارع 14 رمضان. */
    private static final Set<String> NAMED_BY_DATE = folded("ثورة انتفاضة ساحة شارع ميدان جسر نهج");
    private static final Set<String> YEAR_LEADS = folded("منذ في حتى خلال قبل بعد عام");
    private static final Set<String> MINUTES = folded("دقيقة دقائق دقيقتين");
    /** {@code ذلك اليوم} is "that day", not today. */
    private static final Set<String> DEMONSTRATIVES = folded("هذا ذلك نفس");
    /** {@code صلاة الجمعة} is the prayer, not a Friday. */
    private static final Set<String> PRAYER = folded("صلاة خطبة صلوات");
    /** {@code اليوم التالي}, {@code اليوم الثاني}, {@code اليوم الموالي}: the next day (stems; the article is a clitic). */
    private static final Set<String> NEXT_DAY = folded("تالي ثاني موالي");
    private static final Set<String> ADVERB_PREPOSITIONS = folded("في خلال منذ");
    private static final Set<String> ADJECTIVES_AFTER_DAY = folded("اخير نفسه ذاته عينه");
    private static final Set<String> GREGORIAN_ERA = folded("م ميلادي ميلادية");
    private static final Set<String> HIJRI_ERA = folded("هـ هجري هجرية");

    private final AnalyzedText text;
    private final List<Token> tokens;
    private final int n;

    private ExpressionReader(AnalyzedText text) {
        this.text = text;
        this.tokens = text.tokens();
        this.n = tokens.size();
    }

    /** Every expression of {@code text}, in order, none overlapping. */
    static List<Expr> read(AnalyzedText text) {
        return new ExpressionReader(text).run();
    }

    private List<Expr> run() {
        List<Expr> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            Expr e = expression(i);
            if (e == null) {
                i++;
                continue;
            }
            if (!isVague(e) && !namesSomething(e)) {
                out.add(withLead(e));
            }
            i = e.end;
        }
        return out;
    }

    // ------------------------------------------------------------------ expression and links

    /**
     * Takes in the words that frame a date as written: {@code الفترة من 3 الى 5 نوفمبر} (a range after
     * الفترة/المدة من) and the head of a month-only date ({@code مطلع آذار المقبل}).
     */
    private Expr withLead(Expr e) {
        int f = e.first;
        if (e.date != null && e.dateEnd != null && f >= 2 && tokens.get(f - 1).is("من")
                && tokens.get(f - 2).hasStemIn(PERIOD_WORDS) && !lineBreakBefore(f - 1)) {
            e.first = f - 2;
        } else if (e.date != null && e.date.day < 0 && e.date.month >= 0 && !e.hasTime() && f >= 1
                && !lineBreakBefore(f) && tokens.get(f - 1).isWord() && tokens.get(f - 1).hasStemIn(VAGUE_HEADS)) {
            e.first = f - 1;
        }
        return e;
    }

    private Expr expression(int i) {
        if (!canStart(tokens.get(i))) {
            return null;
        }
        Expr e = new Expr();
        int j = piece(i, e, false);
        if (j < 0) {
            return null;
        }
        e.first = i;
        e.end = j;
        while (e.end < n) {
            if (!extend(e)) {
                break;
            }
        }
        return licensed(e) ? e : null;
    }

    /**
     * A weekday without يوم, a day part or a direction word is a date as an adverb inside a clause
     * ({@code عقدت الهيئة الأحد اجتماعها}, {@code اجتماع الخميس}), not after صلاة/خطبة (the prayer), not with
     * a preposition written on it, and never {@code الاثنين}, which is also "the two".
     */
    private boolean bareWeekday(int j) {
        if (j == 0 || lineBreakBefore(j) || tokens.get(j).text().equals("الاثنين")
                || !tokens.get(j).reading().cliticsWithin(Clitic.AL)) {
            return false;
        }
        Token before = tokens.get(j - 1);
        return before.isPunct('،') || before.isPunct(',')
                || before.isWord() && !before.hasStemIn(PRAYER) && ArabicNumbers.read(text, j - 1) == null;
    }

    /** True when an expression may start at {@code t}: a number, or a word with a temporal stem (a cheap filter). */
    private static boolean canStart(Token t) {
        if (t.isNumber() || t.kind() == Token.Kind.NUMBER_GROUP) {
            return true;
        }
        return t.isWord() && t.form().analysis(TEMPORAL, TEMPORAL);
    }

    /** Whether a word form has a temporal stem, asked at every token: kept with the form, its key itself. */
    private static final java.util.function.Function<Token.Form, Boolean> TEMPORAL = ExpressionReader::temporal;

    private static boolean temporal(Token.Form form) {
        List<Reading> readings = form.readings();
        for (int k = 0; k < readings.size(); k++) {
            if (TimeWords.isTemporalStem(readings.get(k).stem())) {
                return true;
            }
        }
        return false;
    }

    /** Tries link + piece after {@code e}; merges and returns true when compatible. */
    private boolean extend(Expr e) {
        int j = e.end;
        if (lineBreakBefore(j)) {
            return false;
        }
        int rangeEnd = range(e, j);
        if (rangeEnd > 0) {
            e.end = rangeEnd;
            return true;
        }
        boolean muwafiq = false;
        boolean from = false;
        int k = j;
        if (k < n && (tokens.get(k).isPunct('،') || tokens.get(k).isPunct(','))) {
            k++;
        } else if (k + 1 < n && e.hasDay() && !e.hasTime() && (tokens.get(k).isPunct('–') || tokens.get(k).isPunct('-'))
                && time(k + 1, new Expr()) > 0) {
            // السبت 25 أيار – الساعة 19:00: a dash before the hour of that day
            k++;
        }
        if (k < n && tokens.get(k).is("و")) {
            k++;
        }
        boolean bracket = k < n && tokens.get(k).isPunct('(');
        if (bracket) {
            k++;
        }
        if (k < n && hasStem(k, MUWAFIQ, true)) {
            muwafiq = true;
            k++;
            if (k < n && tokens.get(k).is("ل")) {
                k++;
            }
        } else if (k < n && hasStem(k, FALLING_ON, false) && k + 1 < n && tokens.get(k + 1).hasStemIn(FALLING_ON_PREP)) {
            // يوم الأحد الواقع فيه 11 أيار: the clause names the weekday's date
            k += 2;
        } else {
            if (k < n && hasStem(k, FROM_WORDS, true) && k + 1 < n && tokens.get(k + 1).hasStem("من")) {
                k += 2;
            } else if (k < n && hasStem(k, LINK_WORDS, true)) {
                k++;
                if (k < n && tokens.get(k).hasStem("تمام")) {
                    k++;
                }
            } else if (k < n && tokens.get(k).is("من") && (dayPartEnd(k + 1) > 0 || e.hasDay() && time(k + 1, new Expr()) > 0)) {
                // الخميس 28 نوفمبر، من الساعة السابعة حتى العاشرة: the hours of that day
                from = true;
                k++;
            }
        }
        if (k >= n || lineBreakBefore(k) && k != j) {
            return false;
        }
        Expr p = new Expr();
        int end = piece(k, p, from || e.hasTime());
        if (end < 0 || bracket && (end >= n || !tokens.get(end).isPunct(')')) || !merge(e, p, muwafiq)) {
            return false;
        }
        e.end = bracket ? end + 1 : end;
        return true;
    }

    /** A range end after {@code e} ({@code … الى 5 أيار}); the index after it, or -1. */
    private int range(Expr e, int j) {
        if (e.date == null || e.dateEnd != null || e.date.monthOffset != null || j >= n) {
            return -1;
        }
        Token t = tokens.get(j);
        boolean dash = t.isPunct('-') || t.isPunct('–') || t.isPunct('—');
        if (!dash && !(t.isWord() && RANGE_WORDS.contains(t.text()))) {
            return -1;
        }
        Expr p = new Expr();
        int end = piece(j + 1, p, false);
        if (end < 0 || p.date == null || p.hasTime() || p.date.hijri != e.date.hijri) {
            return -1;
        }
        DateParts s = e.date;
        DateParts f = p.date;
        boolean samePrecision = (s.day >= 0) == (f.day >= 0) && (s.month >= 0) == (f.month >= 0);
        if (!samePrecision || s.monthOffset != null || f.monthOffset != null) {
            return -1;
        }
        e.dateEnd = f;
        return end;
    }

    /** Merges piece {@code p} into {@code e}; false (and {@code e} untouched) when they clash. */
    private static boolean merge(Expr e, Expr p, boolean muwafiq) {
        if (e.hasTime() && p.hasTime() || e.weekday != null && p.weekday != null
                || e.dayOffset != null && p.dayOffset != null || p.afterPrevious && e.hasDay()) {
            // 3 حزيران، وفي اليوم التالي: the next day is a date of its own
            return false;
        }
        DateParts hijriPair = e.hijriPair;
        DateParts date = e.date;
        DateParts dateEnd = e.dateEnd;
        if (e.date != null && p.date != null) {
            if (!muwafiq || e.date.hijri == p.date.hijri || e.hijriPair != null) {
                return false;
            }
            if (e.date.hijri) {
                hijriPair = e.date;
                date = p.date;
                dateEnd = p.dateEnd;
            } else {
                hijriPair = p.date;
            }
        } else if (p.date != null) {
            if ((e.dayOffset != null || e.weekday != null) && p.date.day < 0) {
                // أمس في أيار الماضي: a day and a month are two expressions
                return false;
            }
            date = p.date;
            dateEnd = p.dateEnd;
        } else if (e.date != null && e.date.day < 0 && (p.dayOffset != null || p.weekday != null)) {
            return false;
        }
        if (!p.hasDay() && !p.hasTime() && (p.dayPart == null || !e.hasTime())) {
            return false;
        }
        e.date = date;
        e.dateEnd = dateEnd;
        e.hijriPair = hijriPair;
        if (p.dayOffset != null) {
            e.dayOffset = p.dayOffset;
            e.afterPrevious = p.afterPrevious;
        }
        if (p.weekday != null) {
            e.weekday = p.weekday;
            e.lastWeekday = p.lastWeekday;
            e.weekdayDirection = p.weekdayDirection;
        }
        if (p.hasTime()) {
            e.hour = p.hour;
            e.minute = p.minute;
            e.clockPart = p.clockPart;
        }
        if (p.dayPart != null && e.dayPart == null) {
            e.dayPart = p.dayPart;
        }
        e.dayWord |= p.dayWord;
        return true;
    }

    /** An expression must say something a calendar can hold; a weekday needs يوم, a day part, a direction or an adverb's place. */
    private boolean licensed(Expr e) {
        if (e.date != null || e.dayOffset != null || e.hasTime()) {
            return true;
        }
        return e.weekday != null && (e.dayWord || e.dayPart != null || e.weekdayDirection != 0 || bareWeekday(e.first));
    }

    /**
     * Year-only dates after مطلع، أواخر، منتصف … are vague periods, not dates; a named month stays the
     * month ({@code مطلع آذار المقبل} is {@code 2025-03}: the month is as precise as the text).
     */
    private boolean isVague(Expr e) {
        if (e.date == null || e.date.day >= 0 || e.date.month >= 0 || e.hasTime() || e.first == 0) {
            return false;
        }
        Token before = tokens.get(e.first - 1);
        return before.isWord() && before.hasStemIn(VAGUE_HEADS);
    }

    /**
     * A day and month without a year after a revolution, square or street ({@code ثورة الثلاثين من يونيو},
     * {@code ساحة 16 غشت}) is part of that name, not a date.
     */
    private boolean namesSomething(Expr e) {
        if (e.date == null || e.date.year >= 0 || e.date.day < 0 || e.hasTime() || e.first == 0) {
            return false;
        }
        Token before = tokens.get(e.first - 1);
        return before.isWord() && before.hasStemIn(NAMED_BY_DATE) && !lineBreakBefore(e.first);
    }

    // ------------------------------------------------------------------ pieces

    /**
     * A piece from {@code i} into {@code p}; the index after it, or -1. {@code dayPartAlone} admits a
     * piece that is only a day part (after a time: {@code الساعة العاشرة من صباح …}).
     */
    private int piece(int i, Expr p, boolean dayPartAlone) {
        int t = time(i, p);
        if (t > 0) {
            return t;
        }
        int j = i;
        int dp = dayPartEnd(j);
        if (dp > 0) {
            p.dayPart = dayPartAt(j);
            j = dp;
        }
        if (j < n && hasStem(j, DAY_WORDS, false) && !tokens.get(j).reading().definite()) {
            p.dayWord = true;
            j++;
        }
        boolean any = false;
        int r = relativeDay(j, p);
        if (r > 0) {
            j = r;
            any = true;
            int w = weekday(j, p, false);
            if (w > 0) {
                j = w;
            }
        } else {
            int w = weekday(j, p, true);
            if (w > 0) {
                j = w;
                any = true;
            }
        }
        DateParts d = new DateParts();
        int de = date(j, d, p, p.dayWord || p.weekday != null);
        if (de > 0) {
            p.date = d;
            j = de;
            any = true;
        }
        if (!any) {
            p.date = null;
            p.dateEnd = null;
            if (dp > 0 && dayPartAlone && !p.dayWord) {
                return dp;
            }
            return -1;
        }
        return j;
    }

    // ------------------------------------------------------------------ time

    private int time(int i, Expr p) {
        int j = i;
        if (j < n && tokens.get(j).hasStem("تمام")) {
            j++;
        }
        boolean saa = j < n && tokens.get(j).isWord() && tokens.get(j).hasStem("ساعه")
                && tokens.get(j).readingWithStem("ساعه").definite();
        if (saa) {
            j++;
            // الساعة الـ10: the article written apart with a tatweel
            if (j + 1 < n && tokens.get(j).is("ال") && tokens.get(j + 1).isNumber()) {
                j++;
            }
        } else if (j != i) {
            return -1;
        }
        if (j >= n) {
            return -1;
        }
        int[] clock = clock(j, saa);
        if (clock == null) {
            return -1;
        }
        int hour = clock[0];
        int minute = clock[1];
        j = clock[2];
        boolean grouped = clock[3] == 1;
        int[] frac = fraction(j);
        if (frac != null) {
            minute += frac[0];
            if (minute < 0) {
                minute += 60;
                hour = hour == 0 ? 23 : hour - 1;
            }
            j = frac[1];
        }
        // ما بين الساعة السادسة والثامنة مساءً: the day part after the range's end holds for its start
        int[] range = timeRangeEnd(j, true);
        boolean ranged = range[0] > j;
        j = range[0];
        DayPart part = range[1] < 0 ? null : DayPart.values()[range[1]];
        int dp = ranged ? -1 : dayPartEnd(j);
        if (dp > 0) {
            part = dayPartAt(j);
            j = dp;
        }
        boolean partFollows = j + 1 < n && tokens.get(j).is("من") && dayPartEnd(j + 1) > 0;
        boolean tamam = i > 0 && tokens.get(i - 1).hasStem("تمام") || tokens.get(i).hasStem("تمام");
        if (!saa && part == null && !grouped && !partFollows && !tamam) {
            return -1;
        }
        if (hour > 24 || minute > 59 || minute < 0) {
            return -1;
        }
        p.hour = hour;
        p.minute = minute;
        j = timeZone(j);
        if (!ranged) {
            range = timeRangeEnd(j, false);
            j = range[0];
            if (part == null && range[1] >= 0) {
                part = DayPart.values()[range[1]];
            }
        }
        p.clockPart = part;
        return j;
    }

    /** {hour, minute, end, grouped(1/0)} of a clock reading at {@code j}, or null. */
    private int[] clock(int j, boolean saa) {
        Token t = tokens.get(j);
        if (!saa && !t.reading().cliticsWithin(Clitic.AL)) {
            return null;
        }
        if (!saa && j > 0 && (tokens.get(j - 1).is("+") || tokens.get(j - 1).isPunct('-')
                || tokens.get(j - 1).isPunct(':')) && tokens.get(j - 1).span().end() == t.span().start()) {
            return null; // 2010-05-25T09:49:00+03:00: the offset of a time zone, or the tail of a longer clock
        }
        if (t.kind() == Token.Kind.NUMBER_GROUP || t.isNumber() && t.stem().indexOf('.') > 0) {
            String s = t.stem();
            int sep = s.indexOf(':') >= 0 ? s.indexOf(':') : s.indexOf('.');
            if (sep <= 0 || s.indexOf(s.charAt(sep), sep + 1) >= 0) {
                return null;
            }
            int h = parse(s.substring(0, sep).trim());
            int m = parse(s.substring(sep + 1).trim());
            if (h < 0 || h > 24 || m < 0 || m > 59 || s.length() - sep - 1 != 2) {
                return null;
            }
            return new int[] {h, m, j + 1, s.indexOf(':') > 0 ? 1 : 0};
        }
        if (t.isNumber()) {
            long v = ArabicNumbers.digitsValue(t);
            if (v < 0 || v > 24 || t.stem().length() > 2) {
                return null;
            }
            if (!saa && dayPartEnd(j + 1) < 0) {
                return null;
            }
            return new int[] {(int) v, 0, j + 1, 0};
        }
        NumberPhrase np = ArabicNumbers.read(text, j);
        if (np == null || np.digits() || np.value() < 1 || np.value() > (saa ? 24 : 12)) {
            return null;
        }
        if (!saa && !(np.definite() && np.feminine())) {
            return null;
        }
        if (!saa && j > 0 && tokens.get(j - 1).isWord() && tokens.get(j - 1).reading().definite()
                && tokens.get(j - 1).text().endsWith("ه") && !isTemporalWord(j - 1)) {
            // الحلقة الثانية مساء الأحد: a feminine ordinal after a definite feminine noun is its adjective, not an hour
            return null;
        }
        for (int k = j; k < np.endToken(); k++) {
            if (k > j && !tokens.get(k).reading().cliticsWithin(Clitic.WA, Clitic.AL)) {
                return null;
            }
        }
        return new int[] {(int) np.value(), 0, np.endToken(), 0};
    }

    /** {minutes to add, end} of {@code والنصف}, {@code والربع}, {@code إلا ربعاً}, {@code و10 دقائق}; or null. */
    private int[] fraction(int j) {
        if (j >= n) {
            return null;
        }
        Token t = tokens.get(j);
        if (t.is("الا") && j + 1 < n) {
            int m = fractionWord(tokens.get(j + 1));
            if (m > 0) {
                return new int[] {-m, j + 2};
            }
            return null;
        }
        boolean wa = t.reading().has(Clitic.WA) || t.is("و");
        if (!wa) {
            return null;
        }
        int k = t.is("و") ? j + 1 : j;
        if (k >= n) {
            return null;
        }
        int m = fractionWord(tokens.get(k));
        if (m > 0 && (tokens.get(k).reading().has(Clitic.WA) || k > j)) {
            return new int[] {m, k + 1};
        }
        // و + N دقيقة
        NumberPhrase np = ArabicNumbers.read(text, k);
        if (np != null && np.value() < 60 && np.endToken() < n
                && tokens.get(np.endToken()).hasStemIn(MINUTES)) {
            return new int[] {(int) np.value(), np.endToken() + 1};
        }
        return null;
    }

    private static int fractionWord(Token t) {
        for (Reading r : t.readings()) {
            switch (r.stem()) {
                case "نصف":
                    return 30;
                case "ربع", "ربعا":
                    return 15;
                case "ثلث", "ثلثا":
                    return 20;
                default:
                    break;
            }
        }
        return -1;
    }

    /** After {@code بتوقيت}: the zone's name (a word and a following adjective) is kept in the text. */
    private int timeZone(int j) {
        if (j < n && tokens.get(j).isWord() && tokens.get(j).hasStem("توقيت")) {
            int k = j + 1;
            if (k < n && tokens.get(k).isWord() && !lineBreakBefore(k)) {
                k++;
                if (k < n && tokens.get(k).isWord() && tokens.get(k).reading().definite()
                        && tokens.get(k).reading().affixes().size() == 1 && !isTemporalWord(k) && !lineBreakBefore(k)) {
                    k++;
                }
                return k;
            }
        }
        return j;
    }

    /**
     * The end of a time range at {@code j} ({@code حتى الساعة الثانية عشرة ظهراً}, {@code – 12:00},
     * {@code والثامنة مساءً} when {@code wa}), part of the expression: {index after (j when none), its day
     * part's ordinal or -1}.
     */
    private int[] timeRangeEnd(int j, boolean wa) {
        int[] none = {j, -1};
        if (j + 1 >= n || lineBreakBefore(j)) {
            return none;
        }
        Token t = tokens.get(j);
        boolean dash = t.isPunct('-') || t.isPunct('–');
        int k;
        if (dash || t.isWord() && RANGE_WORDS.contains(t.text())) {
            k = j + 1;
        } else if (wa && t.isWord() && t.reading().has(Clitic.WA)) {
            k = j;
        } else {
            return none;
        }
        boolean saa = k > j && tokens.get(k).hasStem("ساعه");
        if (saa) {
            k++;
        }
        if (k >= n) {
            return none;
        }
        NumberPhrase word = tokens.get(k).isWord() ? ArabicNumbers.read(text, k) : null;
        if (tokens.get(k).isWord() && (word == null || !word.definite() || word.value() > 24)) {
            return none;
        }
        int[] clock = clock(k, true);
        if (clock == null) {
            return none;
        }
        k = clock[2];
        int[] frac = fraction(k);
        if (frac != null) {
            k = frac[1];
        }
        int dp = dayPartEnd(k);
        int part = dp > 0 ? dayPartAt(k).ordinal() : -1;
        return new int[] {timeZone(dp > 0 ? dp : k), part};
    }

    // ------------------------------------------------------------------ days, weekdays, day parts

    /** أمس، أول أمس، الأول من أمس، أمس الأول، اليوم، غداً، بعد غد …: the index after, or -1. */
    private int relativeDay(int j, Expr p) {
        if (j >= n || !tokens.get(j).isWord()) {
            return -1;
        }
        Token t = tokens.get(j);
        if (isYesterday(t)) {
            if (j + 1 < n && tokens.get(j + 1).is("الاول")) {
                p.dayOffset = -2;
                return j + 2;
            }
            p.dayOffset = -1;
            return j + 1;
        }
        if ((t.hasStem("اول") || t.is("الاول")) && j + 1 < n) {
            int k = j + 1;
            if (tokens.get(k).is("من")) {
                k++;
            }
            if (k < n && isYesterday(tokens.get(k))) {
                p.dayOffset = -2;
                return k + 1;
            }
            return -1;
        }
        if (t.hasStem("بعد") && j + 1 < n && isTomorrow(tokens.get(j + 1))) {
            p.dayOffset = 2;
            return j + 2;
        }
        if (isTomorrow(t) && !(t.is("غد") && !p.dayWord)) {
            p.dayOffset = 1;
            return j + 1;
        }
        if (t.is("البارحه")) {
            p.dayOffset = -1;
            return j + 1;
        }
        if (t.readingWithStem("يوم") != null && t.readingWithStem("يوم").definite() && j + 1 < n
                && !lineBreakBefore(j + 1) && tokens.get(j + 1).hasStemIn(NEXT_DAY)
                && tokens.get(j + 1).reading().definite() && adverbial(j, p)) {
            // في اليوم التالي / في اليوم الثاني: the day after the date the text spoke of last (not
            // أعمال اليوم الثاني, the second day of an event, a noun in a construct)
            p.dayOffset = 1;
            p.afterPrevious = true;
            return j + 2;
        }
        if (t.readingWithStem("يوم") != null && t.readingWithStem("يوم").definite() && isToday(j, p)) {
            p.dayOffset = 0;
            return j + 1;
        }
        if (t.readingWithStem("ليله") != null && t.readingWithStem("ليله").definite() && p.dayPart == null) {
            // الليلة "tonight"; الليلة الماضية "last night"
            Integer dir = j + 1 < n && !lineBreakBefore(j + 1) ? TimeWords.DIRECTIONS.get(tokens.get(j + 1).text()) : null;
            if (dir == null && nextIsDefiniteAdjective(j)) {
                return -1;
            }
            p.dayOffset = dir == null ? 0 : dir;
            p.dayPart = DayPart.NIGHT;
            return dir == null ? j + 1 : j + 2;
        }
        return -1;
    }

    /** True when the day noun at {@code j} is an adverb of time: after في/خلال/منذ, a day part, or with ب on it. */
    private boolean adverbial(int j, Expr p) {
        Reading r = tokens.get(j).readingWithStem("يوم");
        return p.dayPart != null || r.has(Clitic.BI)
                || j > 0 && !lineBreakBefore(j) && tokens.get(j - 1).hasStemIn(ADVERB_PREPOSITIONS);
    }

    private static boolean isYesterday(Token t) {
        return t.hasStem("امس") && t.readingWithStem("امس").cliticsWithin(Clitic.WA);
    }

    private static boolean isTomorrow(Token t) {
        // الغداء (lunch, its hamza folded away) is no tomorrow: غداً never takes the article, الغد does
        return t.hasStem("غدا") && !t.readingWithStem("غدا").definite()
                || t.hasStem("غد") && t.readingWithStem("غد").definite() || t.is("غد");
    }

    /**
     * {@code اليوم} is "today" after a day part or يوم-less position, unless a definite adjective or ordinal
     * follows ({@code اليوم الأول}, {@code اليوم العالمي للمرأة} are not today) or it heads a construct
     * after a preposition ({@code في اليوم التالي}).
     */
    private boolean isToday(int j, Expr p) {
        if (p.dayWord) {
            return false;
        }
        if (j + 1 < n && weekdayOf(tokens.get(j + 1)) != null) {
            return true;
        }
        if (nextIsDefiniteAdjective(j)) {
            return false;
        }
        if (j + 1 < n && !lineBreakBefore(j + 1) && tokens.get(j + 1).isPunct(':')) {
            // اليوم: on a form line is a label ("Day:"), the value follows it
            return false;
        }
        if (j > 0) {
            Token before = tokens.get(j - 1);
            if (before.isWord() && (ArabicNumbers.read(text, j - 1) != null || before.hasStemIn(DEMONSTRATIVES))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the word after {@code j} is an adjective of it: an ordinal ({@code الأول}), a nisba
     * ({@code العالمي}, {@code التالي}), {@code الأخير} or {@code نفسه}; not a definite subject
     * ({@code انطلق اليوم الملتقى}).
     */
    private boolean nextIsDefiniteAdjective(int j) {
        if (j + 1 >= n || lineBreakBefore(j + 1)) {
            return false;
        }
        Token next = tokens.get(j + 1);
        if (!next.isWord()) {
            return false;
        }
        if (next.hasStemIn(ADJECTIVES_AFTER_DAY)) {
            return true;
        }
        Reading r = next.reading();
        // the nisba ending is ي in the original; a folded ي may be an alef maqsura (الملتقى)
        String written = text.text(next);
        return r.affixes().size() == 1 && r.definite() && !isTemporalWord(j + 1)
                && (written.endsWith("ي") || ArabicNumbers.read(text, j + 1) != null);
    }

    /** A weekday name at {@code j} with its direction word; the index after, or -1. */
    private int weekday(int j, Expr p, boolean allowDirection) {
        if (j >= n) {
            return -1;
        }
        DayOfWeek d = weekdayOf(tokens.get(j));
        if (d == null) {
            return -1;
        }
        p.weekday = d;
        int k = j + 1;
        // يومي الجمعة والسبت: the first day names the date, the second ends the range
        if (k < n && tokens.get(k).reading().has(Clitic.WA) && weekdayOf(tokens.get(k)) != null) {
            p.lastWeekday = weekdayOf(tokens.get(k));
            k++;
        }
        if (allowDirection && k < n) {
            Integer dir = TimeWords.DIRECTIONS.get(tokens.get(k).text());
            if (dir != null && dir != 0) {
                p.weekdayDirection = dir;
                k++;
            }
        }
        return k;
    }

    private static DayOfWeek weekdayOf(Token t) {
        if (!t.isWord()) {
            return null;
        }
        for (Reading r : t.readings()) {
            if (r.definite()) {
                DayOfWeek d = TimeWords.WEEKDAYS.get(r.stem());
                if (d != null && !r.has(Clitic.KA)) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The index after a day part at {@code j} ({@code مساء}, {@code صباح}, {@code بعد الظهر}), or -1. */
    private int dayPartEnd(int j) {
        if (j >= n || !tokens.get(j).isWord()) {
            return -1;
        }
        Token t = tokens.get(j);
        if (j + 2 < n && t.is("بعد") && tokens.get(j + 1).is("منتصف") && tokens.get(j + 2).is("الليل")) {
            return j + 3;
        }
        if (j + 1 < n && (t.is("بعد") || t.is("قبل") || t.is("منتصف")) && tokens.get(j + 1).isWord()) {
            Token next = tokens.get(j + 1);
            // بعد الزوال: the Maghrebi "after noon"
            boolean noon = next.hasStem("ظهر") || next.hasStem("ظهيره") || next.hasStem("زوال");
            if (noon && !t.is("منتصف") && onlyArticleOrWa(next.reading())
                    || t.is("منتصف") && (next.is("الليل") || next.is("النهار"))) {
                return j + 2;
            }
        }
        for (Reading r : t.readings()) {
            if (TimeWords.DAY_PARTS.containsKey(r.stem()) && onlyArticleOrWa(r)) {
                // ليلة with the article is "tonight", read as a relative day
                if (r.definite() && r.stem().equals("ليله")) {
                    return -1;
                }
                return j + 1;
            }
        }
        return -1;
    }

    private DayPart dayPartAt(int j) {
        Token t = tokens.get(j);
        if (t.is("بعد")) {
            return tokens.get(j + 1).is("منتصف") ? DayPart.NIGHT : DayPart.AFTERNOON;
        }
        if (t.is("قبل")) {
            return DayPart.MORNING;
        }
        if (t.is("منتصف")) {
            return tokens.get(j + 1).text().equals("الليل") ? DayPart.NIGHT : DayPart.NOON;
        }
        for (Reading r : t.readings()) {
            DayPart d = TimeWords.DAY_PARTS.get(r.stem());
            if (d != null && onlyArticleOrWa(r)) {
                return d;
            }
        }
        throw new IllegalStateException("no day part at token " + j);
    }

    private static boolean onlyArticleOrWa(Reading r) {
        return r.cliticsWithin(Clitic.AL, Clitic.WA);
    }

    private static boolean startsWithWa(Token t) {
        for (Reading r : t.readings()) {
            if (r.has(Clitic.WA)) {
                return true;
            }
        }
        return false;
    }

    /** True for a word the temporal grammar itself uses, so it is not read as a zone name or adjective. */
    private boolean isTemporalWord(int j) {
        Token t = tokens.get(j);
        return weekdayOf(t) != null || dayPartEnd(j) > 0 || TimeWords.DIRECTIONS.containsKey(t.text())
                || monthAt(j, TimeWords.MONTHS) != null;
    }

    // ------------------------------------------------------------------ dates

    /**
     * A date at {@code j} into {@code d}; the index after it, or -1. {@code licensed} admits the forms
     * that are dates only in a date context ({@code 1/9}, a day and month after يوم or a weekday).
     */
    private int date(int j, DateParts d, Expr p, boolean licensed) {
        if (j >= n) {
            return -1;
        }
        int k = yearRange(j, d, p);
        if (k > 0) {
            return k;
        }
        k = daysOfNumericDate(j, d, p);
        if (k > 0) {
            return k;
        }
        k = numericDate(j, d, licensed || precededBy(j, DATE_LEADS));
        if (k > 0) {
            return k;
        }
        k = dayMonthDate(j, d, p);
        if (k > 0) {
            return k;
        }
        k = relativeMonth(j, d);
        if (k > 0) {
            return k;
        }
        return yearPhrase(j, d);
    }

    /** {@code بتاريخ 27 3 2017}: day, month and year as three numbers after a date lead; the index after, or -1. */
    private int spacedDate(int j, DateParts d) {
        if (j + 2 >= n || !tokens.get(j + 1).isNumber() || !tokens.get(j + 2).isNumber()) {
            return -1;
        }
        int day = parse(tokens.get(j).stem());
        int month = parse(tokens.get(j + 1).stem());
        int year = parse(tokens.get(j + 2).stem());
        if (day < 1 || day > 31 || month < 1 || month > 12 || tokens.get(j + 2).stem().length() != 4) {
            return -1;
        }
        d.day = day;
        d.month = month;
        d.year = year;
        return j + 3;
    }

    /**
     * A range of years: {@code 2026–2027}, {@code 2015-2019} (one group of digits), {@code 2020 إلى 2021م}; the first
     * year is the date, the second its end. Years of this and the last century, at most ten apart, so that a count
     * or a score (1500-2000) is none.
     */
    private int yearRange(int j, DateParts d, Expr p) {
        Token t = tokens.get(j);
        if (!t.reading().affixes().isEmpty()) {
            return -1;
        }
        int first;
        int second;
        int after;
        if (t.kind() == Token.Kind.NUMBER_GROUP) {
            String s = t.stem();
            int dash = Math.max(s.indexOf('-'), s.indexOf('–'));
            if (dash != 4 || s.length() != 9) {
                return -1;
            }
            first = parse(s.substring(0, 4));
            second = parse(s.substring(5));
            after = j + 1;
        } else if (t.isNumber() && t.stem().length() == 4 && j + 2 < n && !lineBreakBefore(j + 1)
                && (tokens.get(j + 1).isPunct('-') || tokens.get(j + 1).isPunct('–')
                || tokens.get(j + 1).isWord() && RANGE_WORDS.contains(tokens.get(j + 1).text()))
                && tokens.get(j + 2).isNumber() && tokens.get(j + 2).stem().length() == 4
                && tokens.get(j + 2).reading().affixes().isEmpty()) {
            first = (int) ArabicNumbers.digitsValue(t);
            second = (int) ArabicNumbers.digitsValue(tokens.get(j + 2));
            after = j + 3;
        } else {
            return -1;
        }
        if (first < 1900 || second > 2100 || second <= first || second - first > 10) {
            return -1;
        }
        int era = era(after);
        if (era > 0 && isHijriEra(after)) {
            return -1;
        }
        d.year = first;
        p.dateEnd = new DateParts();
        p.dateEnd.year = second;
        return era > 0 ? era : after;
    }

    /**
     * Days written before a numeric date that holds the last of them: {@code 22و23/2/2018} (a list),
     * {@code 16-17/06/2012} (a range, then the month and year); the first day is the date, the last its end.
     */
    private int daysOfNumericDate(int j, DateParts d, Expr p) {
        Token t = tokens.get(j);
        if (j + 1 >= n || lineBreakBefore(j + 1) || !t.reading().affixes().isEmpty()) {
            return -1;
        }
        DateParts last = new DateParts();
        int first;
        int after;
        Token next = tokens.get(j + 1);
        if (t.isNumber() && next.kind() == Token.Kind.NUMBER_GROUP && next.reading().has(Clitic.WA)) {
            int[] day = dayNumber(j);
            if (day == null || numericDate(j + 1, last, false) < 0) {
                return -1;
            }
            first = day[0];
            after = j + 2;
        } else if (t.kind() == Token.Kind.NUMBER_GROUP && next.isPunct('/') && j + 2 < n
                && tokens.get(j + 2).kind() == Token.Kind.NUMBER_GROUP) {
            int[] range = days(j);
            String monthYear = tokens.get(j + 2).stem();
            int slash = monthYear.indexOf('/');
            if (range == null || slash <= 0 || monthYear.length() - slash - 1 != 4) {
                return -1;
            }
            first = range[0];
            last.day = range[1];
            last.month = parse(monthYear.substring(0, slash));
            last.year = parse(monthYear.substring(slash + 1));
            after = j + 3;
        } else {
            return -1;
        }
        if (last.day <= first || last.month < 1 || last.month > 12 || last.year < 1000 || last.hijri) {
            return -1;
        }
        copyInto(last, d);
        d.day = first;
        p.dateEnd = last;
        return after;
    }

    /** True when a Gregorian or Hijri month name stands at {@code k}. */
    private boolean monthFollows(int k) {
        return k < n && !lineBreakBefore(k)
                && (monthAt(k, TimeWords.MONTHS) != null || monthAt(k, TimeWords.HIJRI_MONTHS) != null);
    }

    /** A separator between the parts of a date written with a month name: {@code 17/مارس/2020}, {@code 01 – نيسان – 2017}. */
    private static boolean dateSeparator(Token t) {
        return t.isPunct('/') || t.isPunct('-') || t.isPunct('–') || t.isPunct('\\') || t.isPunct('.');
    }

    /** True when the token before {@code j} has one of the folded {@code stems}. */
    private boolean precededBy(int j, Set<String> stems) {
        return j > 0 && tokens.get(j - 1).hasStemIn(stems);
    }

    /** {@code 1/9/2013}, {@code ٢٨ /٦ /٢٠٢٠}, {@code 19 . 12 . 2017}, {@code 2024-08-24}, {@code 13-يونيو-2013}, [era]. */
    private int numericDate(int j, DateParts d, boolean licensed) {
        Token t = tokens.get(j);
        if (t.isNumber() && precededBy(j, DATE_LEADS)) {
            return spacedDate(j, d);
        }
        if (t.kind() != Token.Kind.NUMBER_GROUP) {
            return -1;
        }
        String s = t.stem();
        List<String> parts = new ArrayList<>(3);
        char sep = 0;
        int start = 0;
        for (int k = 0; k <= s.length(); k++) {
            char c = k < s.length() ? s.charAt(k) : 0;
            if (c == 0 || c == '/' || c == '-' || c == '.' || c == ':' || c == '–' || c == '\\') {
                parts.add(s.substring(start, k).trim());
                start = k + 1;
                if (c != 0) {
                    if (sep != 0 && sep != c && !(parts.size() == 2 && isMonthName(parts.get(1)))) {
                        return -1;
                    }
                    sep = c;
                }
            }
        }
        if (sep == ':') {
            return -1;
        }
        int end = j + 1;
        int era = era(end);
        boolean hijri = era > 0 && isHijriEra(end);
        if (parts.size() == 3) {
            int a = parse(parts.get(0));
            int b = isMonthName(parts.get(1)) ? monthNumber(parts.get(1)) : parse(parts.get(1));
            int c = parse(parts.get(2));
            int day;
            int month;
            int year;
            if (parts.get(0).length() == 4) {
                year = a;
                month = b;
                day = c;
            } else {
                year = c;
                if (a > 12 && b <= 12 || a <= 12 && b <= 12 || isMonthName(parts.get(1))) {
                    day = a;
                    month = b;
                } else if (a <= 12 && b > 12) {
                    day = b;
                    month = a;
                } else {
                    return -1;
                }
                if (parts.get(2).length() == 2) {
                    year = century(year, hijri, d);
                } else if (parts.get(2).length() != 4) {
                    return -1;
                }
            }
            if (day < 1 || day > 31 || month < 1 || month > 12 || year < 1) {
                return -1;
            }
            d.day = day;
            d.month = month;
            d.year = year;
            d.hijri = hijri;
            return era > 0 ? era : end;
        }
        if (parts.size() == 2 && licensed && (sep == '/' || sep == '.' || sep == '-') && !monthFollows(end)) {
            int a = parse(parts.get(0));
            int b = parse(parts.get(1));
            if (a >= 1 && a <= 31 && b >= 1 && b <= 12 && parts.get(1).length() <= 2) {
                d.day = a;
                d.month = b;
                d.hijri = hijri;
                return era > 0 ? era : end;
            }
        }
        return -1;
    }

    private static boolean isMonthName(String s) {
        return TimeWords.singleWordMonth(s) > 0;
    }

    private static int monthNumber(String s) {
        return TimeWords.singleWordMonth(s);
    }

    /** The index after an era mark at {@code j} ({@code م}, {@code هـ}, {@code ميلادية}, {@code للهجرة}), or -1. */
    private int era(int j) {
        if (j >= n || !tokens.get(j).isWord() || lineBreakBefore(j)) {
            return -1;
        }
        Token t = tokens.get(j);
        if (GREGORIAN_ERA.contains(t.text()) || HIJRI_ERA.contains(t.text()) || t.is("للميلاد") || t.is("للهجره")) {
            return j + 1;
        }
        return -1;
    }

    private boolean isHijriEra(int j) {
        Token t = tokens.get(j);
        return HIJRI_ERA.contains(t.text()) || t.is("للهجره");
    }

    /**
     * Days (a day, a list {@code 16 و17}, a range {@code 20 – 21}, {@code 5 الى 7}, ordinal words with
     * {@code من}) before a Gregorian or Hijri month name, or a month with a year or direction.
     */
    private int dayMonthDate(int j, DateParts d, Expr p) {
        int[] days = days(j);
        int k = days == null ? j : days[2];
        // 17/مارس/2020، 01 – نيسان – 2017: the day, the month name and the year set apart by one separator
        Token separator = days != null && days[1] < 0 && k + 1 < n && !lineBreakBefore(k + 1)
                && dateSeparator(tokens.get(k)) && monthFollows(k + 1) ? tokens.get(k) : null;
        if (separator != null) {
            k++;
        }
        boolean ofWord = false;
        if (days != null && k < n && tokens.get(k).is("من")) {
            k++;
            ofWord = true;
        }
        boolean monthWord = false;
        if (k < n && hasStem(k, MONTH_WORD, false) && !tokens.get(k).reading().definite()) {
            k++;
            monthWord = true;
        }
        if (days != null && k < n && !monthWord) {
            // الأول من الشهر الجاري; 15 الجاري (the press's "15th of this month")
            DateParts rel = new DateParts();
            int r = ofWord ? relativeMonth(k, rel) : -1;
            if (r < 0 && !lineBreakBefore(k) && Integer.valueOf(0).equals(TimeWords.DIRECTIONS.get(tokens.get(k).text()))) {
                rel.monthOffset = 0;
                r = k + 1;
            }
            if (r > 0 && rel.monthOffset != null) {
                rel.day = days[0];
                copyInto(rel, d);
                if (days[1] >= 0) {
                    p.dateEnd = new DateParts();
                    p.dateEnd.day = days[1];
                }
                return r;
            }
        }
        boolean hijri = false;
        int[] month = monthAt(k, TimeWords.MONTHS);
        if (month == null) {
            month = monthAt(k, TimeWords.HIJRI_MONTHS);
            hijri = month != null;
        }
        if (month == null) {
            return -1;
        }
        if (days != null && !tokens.get(k).reading().affixes().isEmpty()) {
            return -1;
        }
        d.month = month[0];
        d.hijri = hijri;
        k = month[1];
        if (days != null) {
            d.day = days[0];
        }
        // optional second month for a cross-month range: 28 شباط – 2 آذار 2024
        DateParts end = null;
        // a month list: شهري تموز وآب 2023
        if (days == null && k < n && startsWithWa(tokens.get(k))) {
            int[] second = monthAt(k, hijri ? TimeWords.HIJRI_MONTHS : TimeWords.MONTHS);
            if (second != null && second[0] > d.month) {
                end = new DateParts();
                end.month = second[0];
                end.hijri = hijri;
                k = second[1];
            }
        }
        if (separator != null) {
            if (k + 1 >= n || !tokens.get(k).text().equals(separator.text()) || lineBreakBefore(k + 1)
                    || !tokens.get(k + 1).isNumber()) {
                return -1;
            }
            k++; // the year is required after the second separator
        }
        int crossEnd = separator != null ? -1 : crossMonthRange(k, hijri);
        if (crossEnd > 0 && days != null && days[1] < 0) {
            end = new DateParts();
            int[] endDays = days(k + 1);
            int[] endMonth = monthAt(endDays[2], hijri ? TimeWords.HIJRI_MONTHS : TimeWords.MONTHS);
            end.day = endDays[0];
            end.month = endMonth[0];
            end.hijri = hijri;
            k = crossEnd;
        }
        int y = yearAfterMonth(k, d, hijri);
        boolean hasYear = y > 0;
        if (separator != null && !hasYear) {
            return -1;
        }
        if (hasYear) {
            k = y;
        } else if (k < n && !lineBreakBefore(k)) {
            Integer dir = TimeWords.DIRECTIONS.get(tokens.get(k).text());
            if (dir != null) {
                d.monthDirection = dir;
                k++;
                int y2 = yearAfterMonth(k, d, hijri);
                if (y2 > 0) {
                    k = y2;
                }
            }
        }
        boolean hasDirection = d.monthDirection != DateParts.NO_DIRECTION;
        if (hijri && days == null && !d.hasYear()) {
            return -1;
        }
        if (days == null && !d.hasYear() && !hasDirection && !monthWord) {
            return -1;
        }
        if (days != null && days[1] >= 0) {
            end = new DateParts();
            end.day = days[1];
            end.month = d.month;
            end.hijri = hijri;
        }
        if (end != null) {
            end.year = d.year;
            end.yearOffset = d.yearOffset;
            end.monthDirection = d.monthDirection;
            if (end.month == d.month && end.day <= d.day) {
                return -1;
            }
            if (end.month < d.month && d.year >= 0) {
                // 28 كانون الأول – 2 كانون الثاني 2025: the year written belongs to the end
                d.year--;
            }
            p.dateEnd = end;
        }
        return k;
    }

    private static void copyInto(DateParts from, DateParts to) {
        to.year = from.year;
        to.month = from.month;
        to.day = from.day;
        to.hijri = from.hijri;
        to.twoDigitYear = from.twoDigitYear;
        to.monthDirection = from.monthDirection;
        to.yearOffset = from.yearOffset;
        to.monthOffset = from.monthOffset;
    }

    /** After a month: {@code – 2 آذار}; the index after the second month, or -1. */
    private int crossMonthRange(int k, boolean hijri) {
        if (k >= n) {
            return -1;
        }
        Token t = tokens.get(k);
        boolean sep = t.isPunct('-') || t.isPunct('–') || t.isPunct('—') || t.isWord() && RANGE_WORDS.contains(t.text());
        if (!sep) {
            return -1;
        }
        int[] days = days(k + 1);
        if (days == null || days[1] >= 0) {
            return -1;
        }
        int m = days[2];
        if (m < n && tokens.get(m).is("من")) {
            return -1;
        }
        int[] month = monthAt(m, hijri ? TimeWords.HIJRI_MONTHS : TimeWords.MONTHS);
        return month == null ? -1 : month[1];
    }

    /**
     * Days before a month name: {start, end or -1, index after}; null when none. A day is 1..31 in
     * digits or in words; a list {@code 25 و26 و27} or range {@code 20 – 21}, {@code 20-21},
     * {@code 5 الى 7} gives start and end.
     */
    private int[] days(int j) {
        if (j >= n) {
            return null;
        }
        Token t = tokens.get(j);
        if (t.kind() == Token.Kind.NUMBER_GROUP) {
            String s = t.stem();
            int dash = Math.max(s.indexOf('-'), s.indexOf('–'));
            if (dash <= 0 || s.indexOf('-', dash + 1) >= 0) {
                return null;
            }
            int a = parse(s.substring(0, dash));
            int b = parse(s.substring(dash + 1));
            return a >= 1 && b > a && b <= 31 ? new int[] {a, b, j + 1} : null;
        }
        int[] first = dayNumber(j);
        if (first == null) {
            return null;
        }
        int start = first[0];
        int last = -1;
        int k = first[1];
        while (k < n && !lineBreakBefore(k)) {
            Token s = tokens.get(k);
            int next;
            if (s.isPunct('-') || s.isPunct('–') || s.isPunct('—') || s.isWord() && RANGE_WORDS.contains(s.text())) {
                next = k + 1;
            } else if (s.is("و") || s.isPunct('،') || s.isPunct(',')) {
                next = k + 1;
            } else if (s.isNumber() && s.reading().has(Clitic.WA)) {
                next = k;
            } else if (s.isWord() && s.reading().has(Clitic.WA) && dayNumber(k) != null) {
                // العشرين والحادي والعشرين: days in words joined by و
                next = k;
            } else if (s.isWord() && s.reading().has(Clitic.WA) && weekdayOf(s) != null) {
                // يومي السبت 24 والأحد 25 حزيران: each day of the list with its weekday, one month
                next = k + 1;
            } else {
                break;
            }
            if (next < n && !lineBreakBefore(next) && weekdayOf(tokens.get(next)) != null
                    && tokens.get(next).reading().cliticsWithin(Clitic.AL)) {
                next++;
            }
            int[] more = dayNumber(next);
            if (more == null || more[0] <= (last < 0 ? start : last)) {
                break;
            }
            last = more[0];
            k = more[1];
        }
        return new int[] {start, last, k};
    }

    /** {day, index after} of a day number 1..31 at {@code j}: digits, or a number in words. */
    private int[] dayNumber(int j) {
        if (j >= n) {
            return null;
        }
        Token t = tokens.get(j);
        if (t.is("ال") && j + 1 < n && tokens.get(j + 1).isNumber() && tokens.get(j + 1).reading().affixes().isEmpty()) {
            // في الـ15 من الشهر الجاري
            int[] d = dayNumber(j + 1);
            return d == null ? null : new int[] {d[0], d[1]};
        }
        if (t.isNumber()) {
            long v = ArabicNumbers.digitsValue(t);
            boolean cliticsOk = t.reading().cliticsWithin(Clitic.WA);
            return v >= 1 && v <= 31 && t.stem().length() <= 2 && cliticsOk ? new int[] {(int) v, j + 1} : null;
        }
        if (!t.isWord()) {
            return null;
        }
        for (String first : FIRST_DAY) {
            if (t.hasStem(first) && onlyArticleOrWa(t.readingWithStem(first))) {
                return new int[] {1, j + 1};
            }
        }
        NumberPhrase np = ArabicNumbers.read(text, j);
        if (np == null || np.value() < 1 || np.value() > 31) {
            return null;
        }
        boolean cliticsOk = true;
        for (Affix a : t.reading().affixes()) {
            // الموافق للخامس من أيار: ل is allowed on a day in words
            cliticsOk &= a.clitic() == Clitic.WA || a.clitic() == Clitic.AL || a.clitic() == Clitic.LI;
        }
        return cliticsOk ? new int[] {(int) np.value(), np.endToken()} : null;
    }

    /**
     * A month name at {@code j} (one or two words, the first may carry و or ب; an alternative name after
     * {@code /}, {@code -} or in brackets is absorbed: {@code تشرين الثاني / نوفمبر}); {month, index after} or null.
     */
    private int[] monthAt(int j, Map<String, List<TimeWords.Name>> names) {
        int[] m = monthName(j, names);
        if (m == null) {
            return null;
        }
        int k = m[1];
        if (k + 1 < n) {
            Token sep = tokens.get(k);
            boolean open = sep.isPunct('(');
            if (sep.isPunct('/') || sep.isPunct('-') || sep.isPunct('–') || open) {
                int[] alt = monthName(k + 1, names);
                if (alt != null && alt[0] == m[0]) {
                    k = alt[1];
                    if (open && k < n && tokens.get(k).isPunct(')')) {
                        k++;
                    }
                }
            }
        }
        return new int[] {m[0], k};
    }

    private int[] monthName(int j, Map<String, List<TimeWords.Name>> names) {
        if (j >= n || !tokens.get(j).isWord()) {
            return null;
        }
        Token first = tokens.get(j);
        List<Reading> readings = first.readings();
        for (int k = 0; k < readings.size(); k++) {
            Reading r = readings.get(k);
            if (r.definite() || r.has(Clitic.KA) || r.has(Clitic.LI)) {
                continue;
            }
            int[] m = monthNameFrom(j, r.stem(), names);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** The month whose first word is {@code stem} at token {@code j}, longest name first; null when none. */
    private int[] monthNameFrom(int j, String stem, Map<String, List<TimeWords.Name>> names) {
        List<TimeWords.Name> candidates = names.get(stem);
        for (int c = 0; candidates != null && c < candidates.size(); c++) {
            TimeWords.Name name = candidates.get(c);
            List<String> words = name.words();
            if (j + words.size() > n) {
                continue;
            }
            boolean ok = true;
            for (int w = 1; w < words.size() && ok; w++) {
                Token t = tokens.get(j + w);
                ok = t.isWord() && t.text().equals(words.get(w)) && !lineBreakBefore(j + w);
            }
            if (ok) {
                return new int[] {name.value(), j + words.size()};
            }
        }
        return null;
    }

    /**
     * A year after a month: {@code 2024}, {@code ٢٠٢٣م}, {@code عام 1934}, {@code من عام 1934},
     * {@code من العام المقبل}, {@code من هذا العام}, {@code 1434 هـ}; the index after, or -1.
     */
    private int yearAfterMonth(int k, DateParts d, boolean hijri) {
        if (k >= n || lineBreakBefore(k)) {
            return -1;
        }
        Token t = tokens.get(k);
        if (t.isNumber()) {
            return digitYear(k, d, hijri);
        }
        int j = k;
        if (t.is("من") || t.isPunct(',') || t.isPunct('،')) {
            j++;
        }
        if (j >= n || lineBreakBefore(j)) {
            return -1;
        }
        if (j > k && tokens.get(j).isNumber()) {
            // 12 آذار، 2024 (four digits: a count may follow a comma)
            return tokens.get(j).stem().length() == 4 ? digitYear(j, d, hijri) : -1;
        }
        DateParts y = new DateParts();
        int e = yearPhrase(j, y);
        if (e > 0 && y.month < 0) {
            d.year = y.year;
            d.yearOffset = y.yearOffset;
            return e;
        }
        return -1;
    }

    /** A year in digits at {@code k} right after a month: three or four digits, or two with an era mark. */
    private int digitYear(int k, DateParts d, boolean hijri) {
        Token t = tokens.get(k);
        if (!t.reading().affixes().isEmpty()) {
            return -1;
        }
        int y = (int) ArabicNumbers.digitsValue(t);
        if (t.stem().length() >= 3 && t.stem().length() <= 4 && y >= 100) {
            d.year = y;
            int era = era(k + 1);
            return era > 0 ? era : k + 1;
        }
        if (t.stem().length() == 2 && era(k + 1) > 0) {
            d.year = century(y, hijri || isHijriEra(k + 1), d);
            return era(k + 1);
        }
        return -1;
    }

    /**
     * {@code الشهر الماضي/المقبل/الجاري/الحالي}, {@code هذا الشهر}; the index after, or -1.
     */
    private int relativeMonth(int j, DateParts d) {
        if (j >= n) {
            return -1;
        }
        Token t = tokens.get(j);
        if ((t.is("هذا") || t.is("خلال")) && j + 1 < n && tokens.get(j + 1).is("الشهر")) {
            if (!t.is("هذا")) {
                return -1;
            }
            d.monthOffset = 0;
            return j + 2;
        }
        Reading r = t.readingWithStem("شهر");
        if (r != null && r.definite() && j + 1 < n && !lineBreakBefore(j + 1)) {
            Integer dir = TimeWords.DIRECTIONS.get(tokens.get(j + 1).text());
            if (dir != null) {
                d.monthOffset = dir;
                return j + 2;
            }
        }
        return -1;
    }

    /**
     * {@code عام 1946}, {@code العام 2018}, {@code سنة ٢٠٢٠م}, {@code عام ألفين وثلاثة عشر}, {@code عامي 2018 و2019},
     * {@code العام الماضي}, {@code هذا العام}, {@code 1440 هـ}, a bare year after منذ/في/حتى; the index after, or -1.
     */
    private int yearPhrase(int j, DateParts d) {
        Token t = tokens.get(j);
        // لهذا العام: the preposition is a clitic outside the expression
        if ((t.hasStem("هذا") || t.hasStem("هذه")) && j + 1 < n && (tokens.get(j + 1).is("العام") || tokens.get(j + 1).is("السنه"))) {
            d.yearOffset = 0;
            return j + 2;
        }
        if (t.isNumber()) {
            return bareYear(j, d);
        }
        if (!t.isWord()) {
            return -1;
        }
        Reading r = null;
        for (Reading c : t.readings()) {
            if (YEAR_WORDS.contains(c.stem()) && !c.has(Clitic.KA)) {
                r = c;
                break;
            }
        }
        if (r == null || j + 1 >= n || lineBreakBefore(j + 1)) {
            return -1;
        }
        Token next = tokens.get(j + 1);
        if (r.definite() && next.isWord()) {
            Integer dir = TimeWords.DIRECTIONS.get(next.text());
            if (dir == null || isAdjectiveAfterNoun(j, r)) {
                return -1;
            }
            d.yearOffset = dir;
            return j + 2;
        }
        if (next.isNumber() && next.reading().affixes().isEmpty()) {
            String digits = next.stem();
            int y = (int) ArabicNumbers.digitsValue(next);
            int k = j + 2;
            int era = era(k);
            boolean hijri = era > 0 && isHijriEra(k);
            if (digits.length() == 2) {
                y = century(y, hijri, d);
            } else if (digits.length() < 3 || digits.length() > 4 || y < 100) {
                return -1;
            }
            d.year = y;
            d.hijri = hijri;
            k = era > 0 ? era : k;
            return yearRangeEnd(k, d);
        }
        if (next.kind() == Token.Kind.NUMBER_GROUP) {
            // عام 2018-2019: a year range is read as its first year
            String s = next.stem();
            int dash = Math.max(s.indexOf('-'), s.indexOf('/'));
            if (dash == 4 && s.length() == 9) {
                d.year = parse(s.substring(0, 4));
                return d.year > 0 ? j + 2 : -1;
            }
            return -1;
        }
        NumberPhrase np = ArabicNumbers.read(text, j + 1);
        if (np != null && !np.digits() && np.value() >= 1000 && np.value() <= 2999
                && next.reading().affixes().isEmpty()) {
            d.year = (int) np.value();
            int era = era(np.endToken());
            d.hijri = era > 0 && isHijriEra(np.endToken());
            return era > 0 ? era : np.endToken();
        }
        return -1;
    }

    /** {@code عامي 2018 و2019}: the second year is absorbed (the expression starts in the first). */
    private int yearRangeEnd(int k, DateParts d) {
        if (k < n && tokens.get(k).isNumber() && tokens.get(k).reading().has(Clitic.WA)
                && tokens.get(k).stem().length() == 4) {
            return k + 1;
        }
        return k;
    }

    /** {@code المؤتمر العام المقبل}: العام is the adjective "general" after a definite noun, not "the year". */
    private boolean isAdjectiveAfterNoun(int j, Reading r) {
        if (r.affixes().size() != 1 || j == 0 || lineBreakBefore(j)) {
            return false;
        }
        Token before = tokens.get(j - 1);
        return before.isWord() && before.reading().definite() && !isTemporalWord(j - 1);
    }

    /** A bare four-digit year with an era mark ({@code 2013م}), or after منذ، في، حتى … before the end of its clause ({@code منذ 2003،}). */
    private int bareYear(int j, DateParts d) {
        Token t = tokens.get(j);
        if (!t.reading().affixes().isEmpty() || t.stem().length() != 4) {
            return -1;
        }
        int y = (int) ArabicNumbers.digitsValue(t);
        int k = j + 1;
        int era = era(k);
        if (era > 0 && y >= 1000) {
            // 2013م، 1445 هـ: the era mark makes a year of any four digits
            d.year = y;
            d.hijri = isHijriEra(k);
            return era;
        }
        if (j == 0 || y < 1000 || y > 2999 || lineBreakBefore(j)) {
            return -1;
        }
        Token before = tokens.get(j - 1);
        if (!before.isWord() || !YEAR_LEADS.contains(before.stem())) {
            return -1;
        }
        boolean clauseEnds = k >= n || lineBreakBefore(k) || tokens.get(k).isPunct()
                || tokens.get(k).isWord() && tokens.get(k).reading().has(Clitic.WA);
        if (!clauseEnds) {
            return -1;
        }
        d.year = y;
        return k;
    }

    // ------------------------------------------------------------------ helpers

    /**
     * A two-digit year in a century: 14yy for Hijri; for Gregorian 20yy below 50, else 19yy. Marked on
     * {@code d} so the resolver can move it next to the reference date ({@code عام 48} in a 2024 text is 1948).
     */
    private static int century(int yy, boolean hijri, DateParts d) {
        d.twoDigitYear = true;
        return hijri ? 1400 + yy : yy < 50 ? 2000 + yy : 1900 + yy;
    }

    private boolean lineBreakBefore(int j) {
        return j > 0 && j < n && text.startsLine(j);
    }

    /** True when token {@code j} has a stem in {@code stems}; clitics other than و/ب allowed only if {@code anyClitic}. */
    private boolean hasStem(int j, Set<String> stems, boolean anyClitic) {
        Token t = tokens.get(j);
        if (!t.isWord()) {
            return false;
        }
        List<Reading> readings = t.readings();
        for (int k = 0; k < readings.size(); k++) {
            Reading r = readings.get(k);
            if (stems.contains(r.stem()) && (anyClitic || r.cliticsWithin(Clitic.WA, Clitic.AL))) {
                return true;
            }
        }
        return false;
    }

    private static int parse(String digits) {
        if (digits.isEmpty() || digits.length() > 4) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static Set<String> folded(String words) {
        java.util.Set<String> s = new java.util.HashSet<>();
        for (String w : words.split(" ")) {
            s.add(FoldedText.fold(w));
        }
        return Set.copyOf(s);
    }
}
