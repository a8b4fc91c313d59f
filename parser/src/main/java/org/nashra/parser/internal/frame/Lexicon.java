package org.nashra.parser.internal.frame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nashra.parser.internal.text.KeyFilter;
import org.nashra.parser.internal.text.KeyTable;

/**
 * Recognises the {@link Word}s of a vocabulary in folded tokens, with their
 * clitics: a conjunction ({@code و}, {@code ف}), a preposition ({@code ب}, {@code ل},
 * {@code ك}), the article (also {@code لل} = ل + ال) and a pronoun suffix
 * ({@code ه}, {@code ها}, {@code هم}, {@code نا} …, with {@code ة} written {@code ت}
 * before it). Verbs take only the conjunction and an object pronoun.
 *
 * <pre>{@code
 * Lexicon lex = Lexicon.of(List.of(demand));
 * lex.analyze("ومطالبتهم");   // [Hit(demand, MASDAR, conj "و", suffix "هم")]
 * lex.analyze("وطالبوا");     // [Hit(demand, PAST, THIRD_PLURAL, conj "و")]
 * }</pre>
 *
 * Analysing a token tries a fixed number of splits, so a text is analysed in linear time.
 */
public final class Lexicon {

    /**
     * A word recognised in a token.
     *
     * @param word    the family
     * @param form    shape and person of the bare form
     * @param conj    length of the leading conjunction (0 or 1)
     * @param prefix  the preposition and/or article after it, folded ({@code ""}, {@code "ب"}, {@code "لل"} …)
     * @param suffix  the pronoun suffix, folded, or {@code ""}
     */
    public record Hit(Word word, Word.Form form, int conj, String prefix, String suffix) {

        public Word.Shape shape() {
            return form.shape();
        }

        public Word.Person person() {
            return form.person();
        }

        public boolean isVerb() {
            return form.shape() == Word.Shape.PAST || form.shape() == Word.Shape.PRESENT
                    || form.shape() == Word.Shape.FUTURE;
        }

        /** True when the word carries the article ({@code ال}, {@code بال}, {@code لل}). */
        public boolean definite() {
            return prefix.endsWith("ال") || prefix.equals("لل");
        }

        /** The preposition before the word: {@code ب}, {@code ل}, {@code ك} or {@code ""}. */
        public String preposition() {
            return prefix.isEmpty() || prefix.equals("ال") ? "" : prefix.substring(0, 1);
        }
    }

    private static final String[] CONJUNCTIONS = {"", "و", "ف"};
    private static final String[] PREFIXES = {"", "ب", "ل", "ك", "ال", "بال", "كال", "لل"};
    private static final String[] SUFFIXES = {"", "ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ي", "ني"};
    private static final List<Hit> NONE = List.of();

    /** The entries by bare form, looked up in place for the plain stem of a cut ({@link KeyTable}). */
    private final KeyTable<List<Entry>> entries;
    /** The strings {@link #entries} holds, tested before a cut of a token is looked up. */
    private final KeyFilter keys;

    private record Entry(Word word, Word.Form form) {
    }

    private Lexicon(Map<String, List<Entry>> entries) {
        this.entries = KeyTable.of(entries);
        this.keys = KeyFilter.of(entries.keySet());
    }

    /** A lexicon recognising {@code words}; a form shared by two words gives a hit for each. */
    public static Lexicon of(List<Word> words) {
        Map<String, List<Entry>> m = new HashMap<>();
        for (Word w : words) {
            w.forms().forEach((form, fs) -> fs.forEach(f -> m.computeIfAbsent(form, k -> new ArrayList<>())
                    .add(new Entry(w, f))));
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return new Lexicon(m);
    }

    /** Every reading of the folded token {@code token} as a word of this lexicon; empty when none. */
    public List<Hit> analyze(String token) {
        List<Hit> hits = null;
        int n = token.length();
        // each clitic's first (a suffix's last) char compared before the string: most words start and end with
        // letters no clitic does, and startsWith and endsWith were a third of a new word's analysis
        for (String c : CONJUNCTIONS) {
            if (n - c.length() < 2 || !c.isEmpty() && (token.charAt(0) != c.charAt(0) || !token.startsWith(c))) {
                continue;
            }
            for (String p : PREFIXES) {
                int from = c.length() + p.length(); // the body after the clitics: token[from, n)
                if (n - from < 2 || !p.isEmpty() && (token.charAt(c.length()) != p.charAt(0)
                        || !token.startsWith(p, c.length()))) {
                    continue;
                }
                for (String s : SUFFIXES) {
                    int to = n - s.length(); // the stem: token[from, to)
                    if (to - from < 2 || !s.isEmpty() && (token.charAt(n - 1) != s.charAt(s.length() - 1)
                            || !token.endsWith(s))) {
                        continue;
                    }
                    // the stem, the stem with its ت read as ة before a pronoun, the stem after لل read as ل + ال:
                    // looked up only when the filter lets them be listed (most cuts of most words are not)
                    boolean plain = keys.mayContain(token, from, to);
                    boolean ta = !s.isEmpty() && token.charAt(to - 1) == 'ت'
                            && keys.mayContainWithTaMarbuta(token, from, to);
                    boolean li = p.equals("لل") && keys.mayContain('ل', token.charAt(from), token.charAt(to - 1),
                            to - from + 1);
                    // ألقاها، التقاه: a past verb's final ى is written ا before a pronoun
                    boolean alif = !s.isEmpty() && to - from >= 3 && token.charAt(to - 1) == 'ا'
                            && keys.mayContain(token.charAt(from), token.charAt(from + 1), 'ي', to - from);
                    if (!plain && !ta && !li && !alif) {
                        continue;
                    }
                    if (plain) {
                        hits = collect(hits, entries.get(token, from, to), token, from, c, p, s, false);
                    }
                    if (ta) {
                        hits = collect(hits, entries.get(token.substring(from, to - 1) + "ه"), token, from, c, p, s,
                                false);
                    }
                    if (li) {
                        hits = collect(hits, entries.get("ل" + token.substring(from, to)), token, from, c, p, s, false);
                    }
                    if (alif) {
                        // the past forms only of the stem with a weak verb's ى restored
                        hits = collect(hits, entries.get(token.substring(from, to - 1) + "ي"), token, from, c, p, s,
                                true);
                    }
                }
            }
        }
        return hits == null ? NONE : List.copyOf(hits);
    }

    /**
     * The readings of a stem, its entries {@code es} (null when it is not listed; its past forms only, if
     * {@code pastOnly}), added to {@code hits}; the body after the clitics, {@code token[from, …)}, is made a string
     * only for a listed stem.
     */
    private List<Hit> collect(List<Hit> hits, List<Entry> es, String token, int from, String conj, String prefix,
                              String suffix, boolean pastOnly) {
        if (es == null) {
            return hits;
        }
        String body = token.substring(from);
        for (Entry e : es) {
            if (!allowed(e.form(), prefix, suffix) || e.word().blocks(body)
                    || pastOnly && e.form().shape() != Word.Shape.PAST) {
                continue;
            }
            Hit h = new Hit(e.word(), e.form(), conj.length(), prefix, suffix);
            if (hits == null) {
                hits = new ArrayList<>(2);
            }
            if (!hits.contains(h)) {
                hits.add(h);
            }
        }
        return hits;
    }

    private static boolean allowed(Word.Form form, String prefix, String suffix) {
        boolean verb = form.shape() == Word.Shape.PAST || form.shape() == Word.Shape.PRESENT
                || form.shape() == Word.Shape.FUTURE;
        if (verb) {
            // ايدي is hands, not أيّد + ي; ليرفع، لنؤكد: a present verb takes the ل of purpose or emphasis
            return (prefix.isEmpty() || prefix.equals("ل") && form.shape() == Word.Shape.PRESENT) && !suffix.equals("ي");
        }
        boolean definite = prefix.endsWith("ال") || prefix.equals("لل");
        if (form.shape() != Word.Shape.NOUN && prefix.startsWith("ك")) {
            return false; // كامله is not ك + آمله
        }
        return !(definite && !suffix.isEmpty());
    }
}
