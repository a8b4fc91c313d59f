package org.nashra.parser.internal.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nashra.parser.internal.number.NumberWord.Kind;
import org.nashra.parser.internal.text.Affix;
import org.nashra.parser.internal.text.AnalyzedText;
import org.nashra.parser.internal.text.Clitic;
import org.nashra.parser.internal.text.FoldedText;
import org.nashra.parser.internal.text.KeyTable;
import org.nashra.parser.internal.text.Reading;
import org.nashra.parser.internal.text.Token;

/**
 * Reads numbers written in digits (Western, Arabic-Indic or Persian) or in words, cardinal or ordinal,
 * masculine or feminine, with or without the article, as press texts spell them.
 *
 * <pre>{@code
 * AnalyzedText t = AnalyzedText.of("في عام ألفين وثلاثة عشر");
 * ArabicNumbers.read(t, 2).value();        // 2013
 * ArabicNumbers.read(t, 2).endToken();     // 5
 * ArabicNumbers.read(AnalyzedText.of("الحادي والعشرين"), 0).value(); // 21, ordinal
 * }</pre>
 *
 * <p>Understood: units, {@code عشر/عشرة}, teens ({@code أحد عشر}, {@code اثنتا عشرة}, {@code الثالث عشر}),
 * tens ({@code عشرون/عشرين}), hundreds in one word or two ({@code ثلاثمائة}, {@code ثلاث مئة}, {@code مئة}/{@code مائة}),
 * {@code ألف/ألفان/ألفين/آلاف}, {@code مليون}, {@code مليار}, joined by {@code و} written on the next word
 * or apart; ordinals {@code الأول … العاشر}, {@code أولى}, {@code الحادي}; hamza and ta marbuta spellings
 * fold ({@code اثنان}/{@code إثنان}). A dual noun ({@code مقعدين}) is not a number word; see
 * {@link #isDualOf}. Decimals ({@code 2.5}) are not read. Values above 10^15 are not read.
 */
public final class ArabicNumbers {
    private static final long MAX = 1_000_000_000_000_000L;
    /** The number words by folded stem, asked with every reading of every new word form ({@link KeyTable}). */
    private static final KeyTable<NumberWord> WORDS = KeyTable.of(lexicon());
    /** {@link #numberWords}: what makes the array of a text, and its key there. */
    private static final Function<AnalyzedText, int[]> NUMBER_WORDS = ArabicNumbers::numberWords;

    private ArabicNumbers() {
    }

    /**
     * The number that starts at token {@code from}, or null. The first token may carry any clitics
     * ({@code وبثلاثة}); later ones only {@code و} (and the article).
     */
    public static NumberPhrase read(AnalyzedText text, int from) {
        List<Token> tokens = text.tokens();
        if (from < 0 || from >= tokens.size()) {
            return null;
        }
        Token first = tokens.get(from);
        if (first.isNumber() || first.kind() == Token.Kind.NUMBER_GROUP) {
            long v = first.isNumber() ? digitsValue(first) : -1;
            if (v < 0) {
                v = dottedThousands(first.stem());
            }
            return v < 0 ? null : new NumberPhrase(v, false, false, false, true, from, from + 1);
        }
        if (!first.isWord() || text.derived(NUMBER_WORDS, NUMBER_WORDS)[from] == 0) {
            return null;
        }
        Hit lead = lookup(first, true);
        if (lead == null) {
            return null;
        }
        Acc acc = new Acc(lead);
        int j = from + 1;
        // where the phrase ends if a trailing أحد/إحدى finds no عشر or tens to complete it
        int completeEnd = acc.complete() ? j : -1;
        long completeValue = acc.complete() ? acc.value() : -1;
        while (j < tokens.size()) {
            int next = acc.extend(tokens, j);
            if (next < 0) {
                break;
            }
            j = next;
            if (acc.complete()) {
                completeEnd = j;
                completeValue = acc.value();
            }
        }
        if (completeEnd < 0) {
            return null;
        }
        j = completeEnd;
        long value = completeValue;
        NumberWord w = lead.word;
        boolean ordinal = w.ordinal() || lead.definite && (w.kind() == Kind.TENS || w.kind() == Kind.HUNDRED
                || w.kind() == Kind.SCALE);
        return new NumberPhrase(value, ordinal, w.feminine(), lead.definite, false, from, j);
    }

    /**
     * Which tokens of {@code text} some reading makes a number word ({@code وبثلاثة}, {@code عشرين}), found for every
     * token in one pass: several rules ask at every token whether a number starts there, and few tokens are one.
     */
    private static int[] numberWords(AnalyzedText text) {
        return text.readingBits(NUMBER_WORDS, stem -> WORDS.contains(stem) ? 1 : 0);
    }

    /** Every number of the text, in order, none overlapping. */
    public static List<NumberPhrase> all(AnalyzedText text) {
        List<NumberPhrase> out = new ArrayList<>();
        for (int i = 0; i < text.tokens().size(); i++) {
            NumberPhrase n = read(text, i);
            if (n != null) {
                out.add(n);
                i = n.endToken() - 1;
            }
        }
        return out;
    }

    /**
     * The value of {@code 2.318} or {@code 1.250.000}: dots as thousands separators (groups of exactly three
     * digits after a first group of one to three), as much of the Arab press writes them; -1 otherwise. No
     * date is written so ({@code 2.3.2024} has a two-digit group), and a decimal with three places is rare.
     */
    static long dottedThousands(String s) {
        int dot = s.indexOf('.');
        if (dot < 1 || dot > 3 || s.length() > 19) {
            return -1;
        }
        long v = 0;
        int group = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
                group++;
            } else if (c == '.' && (i == dot || group == 3)) {
                group = 0;
            } else {
                return -1;
            }
        }
        return group == 3 ? v : -1;
    }

    /**
     * The value of a {@link Token.Kind#NUMBER} token written in digits, thousands separators ignored;
     * -1 for a decimal, a non-number or more than 15 digits.
     */
    public static long digitsValue(Token token) {
        if (!token.isNumber()) {
            return -1;
        }
        String s = token.stem();
        long v = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 15) {
                    return -1;
                }
                v = v * 10 + (c - '0');
            } else if (c != ',' && c != '٬') {
                return -1;
            }
        }
        return v;
    }

    /**
     * True when {@code token} is the dual of the noun {@code singular} (folded, e.g. {@code مقعد},
     * {@code سنه}, {@code رفيق}): {@code مقعدين}, {@code مقعدان}, {@code للسنتين}, {@code الرفيقين}.
     * The sound masculine plural is written like the dual ({@code ين}); callers pass singulars whose
     * plural is broken, or accept the ambiguity.
     */
    public static boolean isDualOf(Token token, String singular) {
        String base = singular.endsWith("ه") ? singular.substring(0, singular.length() - 1) + "ت" : singular;
        return token.hasStem(base + "ين") || token.hasStem(base + "ان");
    }

    /** True when {@code foldedStem} is a number word of the lexicon ({@code ثلاثه}, {@code عشرين}, {@code حادي}). */
    public static boolean isNumberWord(String foldedStem) {
        return WORDS.contains(foldedStem);
    }

    /** Whether a word is a number word, with its article state. */
    private record Hit(NumberWord word, boolean definite, boolean conjunction) {
    }

    /**
     * The number word {@code t} is, or null. When {@code first}, any clitics may precede it; otherwise only
     * {@code و} and the article (and the result says whether {@code و} was there).
     */
    private static Hit lookup(Token t, boolean first) {
        Hit best = null;
        int bestAffixes = Integer.MAX_VALUE;
        for (Reading r : t.readings()) {
            NumberWord w = WORDS.get(r.stem());
            if (w == null || r.affixes().size() >= bestAffixes) {
                continue;
            }
            boolean conj = false;
            boolean ok = true;
            for (Affix a : r.affixes()) {
                if (a.clitic() == Clitic.WA) {
                    conj = true;
                } else if (a.clitic() != Clitic.AL && !first) {
                    ok = false;
                }
            }
            if (ok) {
                // the reading that strips least wins: واحد is "one", not و + أحد
                best = new Hit(w, r.definite(), conj);
                bestAffixes = r.affixes().size();
            }
        }
        return best;
    }

    /** Accumulates a compound number left to right. */
    private static final class Acc {
        private long total;
        private long current;
        private NumberWord last;
        private boolean pendingCompound;

        Acc(Hit lead) {
            add(lead.word, false);
        }

        /** Consumes the word at {@code j} (and a lone {@code و} before it); the next index, or -1. */
        int extend(List<Token> tokens, int j) {
            Token t = tokens.get(j);
            boolean loneWa = t.isWord() && t.is("و");
            int at = loneWa ? j + 1 : j;
            if (at >= tokens.size() || !tokens.get(at).isWord()) {
                return -1;
            }
            Hit h = lookup(tokens.get(at), false);
            if (h == null) {
                return -1;
            }
            boolean joined = loneWa || h.conjunction;
            if (!fits(h.word, joined)) {
                return -1;
            }
            add(h.word, joined);
            return at + 1;
        }

        /**
         * Whether {@code w} may follow what was read. Without و: the teen's {@code عشر} after a unit, {@code مئة}
         * after a unit ({@code ثلاث مئة}), a scale after a sum ({@code ثلاثة آلاف}). With و: a cardinal of a
         * place not yet filled ({@code ألف وتسعمائة وستة وأربعون}, {@code الخامس والعشرون}); two units or two
         * ordinals joined by و are a list, not a compound.
         */
        private boolean fits(NumberWord w, boolean joined) {
            Kind lk = last.kind();
            boolean afterUnit = lk == Kind.UNIT || lk == Kind.UNIT_IN_COMPOUND;
            if (!joined) {
                return switch (w.kind()) {
                    case TEN -> afterUnit && current % 100 < 10;
                    case HUNDRED -> w.value() == 100 && lk == Kind.UNIT && !last.ordinal();
                    case SCALE -> current > 0 && !last.ordinal();
                    default -> false;
                };
            }
            if (w.ordinal() || pendingCompound && w.kind() != Kind.TENS) {
                return false;
            }
            long c = current;
            return switch (w.kind()) {
                case UNIT, TEN -> c % 10 == 0 && lk != Kind.TEN;
                case TENS -> c % 100 < 10 && lk != Kind.TEN;
                case HUNDRED -> c % 1000 == 0;
                case SCALE -> c == 0 && total % (w.value() * 10) == 0;
                case UNIT_IN_COMPOUND -> c % 10 == 0 && lk != Kind.TEN;
            };
        }

        private void add(NumberWord w, boolean joined) {
            switch (w.kind()) {
                case UNIT, UNIT_IN_COMPOUND -> {
                    current += w.value();
                    pendingCompound = w.kind() == Kind.UNIT_IN_COMPOUND;
                }
                case TEN -> {
                    current += 10;
                    pendingCompound = false;
                }
                case TENS -> {
                    current += w.value();
                    pendingCompound = false;
                }
                case HUNDRED -> {
                    if (!joined && w.value() == 100 && last != null && last.kind() == Kind.UNIT) {
                        current += last.value() * 99;
                    } else {
                        current += w.value();
                    }
                }
                case SCALE -> {
                    if (w.value() % 1000 == 0 && isPlainScale(w) && !joined && current > 0) {
                        total = Math.min(MAX, total + current * w.value());
                    } else {
                        total = Math.min(MAX, total + w.value());
                    }
                    current = 0;
                }
                default -> throw new IllegalStateException();
            }
            last = w;
        }

        private static boolean isPlainScale(NumberWord w) {
            return w.value() == 1000 || w.value() == 1_000_000 || w.value() == 1_000_000_000;
        }

        boolean complete() {
            return !pendingCompound;
        }

        long value() {
            return Math.min(MAX, total + current);
        }
    }

    private static Map<String, NumberWord> lexicon() {
        Map<String, NumberWord> m = new HashMap<>();
        String[][] units = {
                {"1", "واحد", "واحدة", "أول", "أولى"},
                {"2", "اثنان اثنين اثنا اثني", "اثنتان اثنتين اثنتا اثنتي ثنتان ثنتين", "ثاني ثان", "ثانية"},
                {"3", "ثلاثة", "ثلاث", "ثالث", "ثالثة"},
                {"4", "أربعة", "أربع", "رابع", "رابعة"},
                {"5", "خمسة", "خمس", "خامس", "خامسة"},
                {"6", "ستة", "ست", "سادس", "سادسة"},
                {"7", "سبعة", "سبع", "سابع", "سابعة"},
                {"8", "ثمانية", "ثمان ثماني", "ثامن", "ثامنة"},
                {"9", "تسعة", "تسع", "تاسع", "تاسعة"},
        };
        for (String[] u : units) {
            long v = Long.parseLong(u[0]);
            put(m, u[1], new NumberWord(v, Kind.UNIT, false, false));
            put(m, u[2], new NumberWord(v, Kind.UNIT, false, true));
            put(m, u[3], new NumberWord(v, Kind.UNIT, true, false));
            put(m, u[4], new NumberWord(v, Kind.UNIT, true, true));
        }
        put(m, "أحد", new NumberWord(1, Kind.UNIT_IN_COMPOUND, false, false));
        put(m, "إحدى", new NumberWord(1, Kind.UNIT_IN_COMPOUND, false, true));
        put(m, "حادي", new NumberWord(1, Kind.UNIT_IN_COMPOUND, true, false));
        put(m, "حادية", new NumberWord(1, Kind.UNIT_IN_COMPOUND, true, true));
        put(m, "عشرة", new NumberWord(10, Kind.TEN, false, false));
        put(m, "عشر", new NumberWord(10, Kind.TEN, false, true));
        put(m, "عاشر", new NumberWord(10, Kind.TEN, true, false));
        put(m, "عاشرة", new NumberWord(10, Kind.TEN, true, true));
        String[] tens = {"عشرون عشرين", "ثلاثون ثلاثين", "أربعون أربعين", "خمسون خمسين", "ستون ستين", "سبعون سبعين",
                "ثمانون ثمانين", "تسعون تسعين"};
        for (int k = 0; k < tens.length; k++) {
            put(m, tens[k], new NumberWord(20 + 10L * k, Kind.TENS, false, false));
        }
        put(m, "مئة مائة مية", new NumberWord(100, Kind.HUNDRED, false, true));
        put(m, "مئتان مئتين مائتان مائتين مئتا مئتي مائتا مائتي", new NumberWord(200, Kind.HUNDRED, false, true));
        String[] hundredPrefixes = {"ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان ثماني", "تسع"};
        for (int k = 0; k < hundredPrefixes.length; k++) {
            for (String p : hundredPrefixes[k].split(" ")) {
                put(m, p + "مئة " + p + "مائة", new NumberWord(300 + 100L * k, Kind.HUNDRED, false, true));
            }
        }
        put(m, "ألف", new NumberWord(1000, Kind.SCALE, false, false));
        put(m, "ألفان ألفين ألفا ألفي", new NumberWord(2000, Kind.SCALE, false, false));
        put(m, "آلاف", new NumberWord(1000, Kind.SCALE, false, false));
        put(m, "مليون ملايين", new NumberWord(1_000_000, Kind.SCALE, false, false));
        put(m, "مليونان مليونين", new NumberWord(2_000_000, Kind.SCALE, false, false));
        put(m, "مليار مليارات", new NumberWord(1_000_000_000, Kind.SCALE, false, false));
        return m;
    }

    private static void put(Map<String, NumberWord> m, String spellings, NumberWord w) {
        for (String s : spellings.split(" ")) {
            m.put(FoldedText.fold(s), w);
        }
    }
}
