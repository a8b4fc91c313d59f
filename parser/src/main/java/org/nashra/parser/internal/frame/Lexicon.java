package org.nashra.parser.internal.frame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nashra.parser.internal.text.KeyFilter;

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

    private final Map<String, List<Entry>> entries;
    /** The strings {@link #entries} holds, tested before a cut of a token is made a string and looked up. */
    private final KeyFilter keys;

    private record Entry(Word word, Word.Form form) {
    }

    private Lexicon(Map<String, List<Entry>> entries) {
        this.entries = entries;
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
        // a HashMap, not Map.copyOf: a token's splits are looked up and nearly all miss, and a miss in a HashMap
        // compares hashes where Map.copyOf's table compares the strings of the slots it passes
        return new Lexicon(java.util.Collections.unmodifiableMap(m));
    }

    /** Every reading of the folded token {@code token} as a word of this lexicon; empty when none. */
    public List<Hit> analyze(String token) {
        List<Hit> hits = null;
        int n = token.length();
        for (String c : CONJUNCTIONS) {
            if (!token.startsWith(c) || n - c.length() < 2) {
                continue;
            }
            for (String p : PREFIXES) {
                int from = c.length() + p.length(); // the body after the clitics: token[from, n)
                if (!token.startsWith(p, c.length()) || n - from < 2) {
                    continue;
                }
                String body = null;
                for (String s : SUFFIXES) {
                    int to = n - s.length(); // the stem: token[from, to)
                    if (!token.endsWith(s) || to - from < 2) {
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
                    body = body == null ? token.substring(from) : body;
                    String stem = token.substring(from, to);
                    if (plain) {
                        hits = collect(hits, body, stem, c, p, s);
                    }
                    if (ta) {
                        hits = collect(hits, body, stem.substring(0, stem.length() - 1) + "ه", c, p, s);
                    }
                    if (li) {
                        hits = collect(hits, body, "ل" + stem, c, p, s);
                    }
                    if (alif) {
                        // the past forms only of the stem with a weak verb's ى restored
                        hits = collect(hits, body, stem.substring(0, stem.length() - 1) + "ي", c, p, s, true);
                    }
                }
            }
        }
        return hits == null ? NONE : List.copyOf(hits);
    }

    private List<Hit> collect(List<Hit> hits, String body, String stem, String conj, String prefix, String suffix) {
        return collect(hits, body, stem, conj, prefix, suffix, false);
    }

    /** The readings of {@code stem} (its past forms only, if {@code pastOnly}) added to {@code hits}. */
    private List<Hit> collect(List<Hit> hits, String body, String stem, String conj, String prefix, String suffix,
                              boolean pastOnly) {
        List<Entry> es = entries.get(stem);
        if (es == null) {
            return hits;
        }
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
