package org.nashra.parser.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Splits the proclitics off a word: every licit reading, the most likely first.
 *
 * <p>Arabic writes {@code [و|ف] [ب|ل|ك] [ال]} before a stem, each optional; after ل the article is
 * written {@code ل} alone ({@code للرفيق}), and fuses with a stem that starts with ل ({@code للجنة} is
 * {@code ل + ال + لجنة}). The letters do not decide which reading is meant ({@code وفد} "delegation" vs
 * {@code و + فد}), so all are kept and ranked:
 * <ol>
 *   <li>readings whose stem (less a pronoun or plural suffix) is listed in {@code whole-words.txt}, the
 *       one that strips least first ({@code بلدية}, not {@code ب + لديه});</li>
 *   <li>readings that strip the most, unless a clitic other than the article leaves a stem shorter than
 *       three letters (two for a few function words: {@code وهو}), ك or ف stands alone before a bare stem
 *       ({@code فهمي} is more often a name than {@code ف + همي}), or the article is read as fused into
 *       the stem — those come last.</li>
 * </ol>
 */
final class Segmenter {
    /** The words of {@code whole-words.txt}: a cut of a new word is looked up in place, not made a string. */
    private static final KeyTable<String> WHOLE;
    /** {@link #WHOLE}'s filter: most cuts of a new word are listed nowhere. */
    private static final KeyFilter WHOLE_KEYS;

    static {
        Set<String> whole = load("whole-words.txt");
        WHOLE = KeyTable.ofKeys(whole);
        WHOLE_KEYS = KeyFilter.of(whole);
    }

    /** Two-letter stems that do follow a bare clitic ({@code وهو}, {@code فمن}, the district noun in {@code بحي}). */
    private static final Set<String> SHORT_STEMS = Set.of("هو", "هي", "هم", "من", "في", "عن", "ما", "لا", "ان",
            "قد", "لم", "لن", "كل", "مع", "ذا", "ها", "نا", "كم", "لي", "له", "لك", "به", "بي", "هن", "حي");

    /** First parts of names written with the article of their second part ({@code عبدالرحمن}): never cut. */
    private static final Set<String> NAME_FIRSTS = load("name-compounds.txt");
    /** The fewest letters after an inner article where a word is cut: shorter rests are endings ({@code اتصال}). */
    private static final int MIN_REST = 3;
    private static final Clitic[] CLITICS = Clitic.values();
    /** Suffixes tried when looking a stem up in the whole-word list ({@code فوزها} is {@code فوز}). */
    private static final List<String> SUFFIXES = List.of("هما", "ها", "هم", "هن", "ه", "كم", "ك", "نا", "ي", "ين", "ون",
            "ان", "ات", "يه", "يا", "ت", "وا", "تم", "ته", "تها", "تهم", "ا");

    private Segmenter() {
    }

    /**
     * The readings of the folded {@code word}, the most likely first; never empty. {@code shared} gives the
     * string to keep for a stem.
     */
    static List<Reading> readings(String word, UnaryOperator<String> shared) {
        if (!mayHaveClitic(word)) {
            // most words start with a letter no clitic starts with: one reading, nothing to rank
            return List.of(Reading.bare(word));
        }
        List<Cut> cuts = cuts(word);
        long[] keys = keys(word, cuts);
        java.util.Arrays.sort(keys);
        List<Reading> out = new ArrayList<>(cuts.size());
        for (long key : keys) {
            out.add(reading(word, cuts.get((int) (key & 0xFF)), shared));
        }
        return out;
    }

    /** The most likely reading of the folded {@code word}: the first of {@link #readings}, the others not made. */
    static Reading best(String word) {
        if (!mayHaveClitic(word)) {
            return Reading.bare(word);
        }
        List<Cut> cuts = cuts(word);
        long best = Long.MAX_VALUE;
        for (long key : keys(word, cuts)) {
            best = Math.min(best, key);
        }
        return reading(word, cuts.get((int) (best & 0xFF)), UnaryOperator.identity());
    }

    private static boolean mayHaveClitic(String word) {
        char first = word.charAt(0);
        return single(first) != null || first == 'ا';
    }

    private static List<Cut> cuts(String word) {
        List<Cut> cuts = new ArrayList<>();
        collect(word, 0, word.length(), 0, new ArrayList<>(), cuts);
        return cuts;
    }

    /** Each cut's sort key, most likely lowest; its low byte is the cut's index (rank each once: ranking looks words up). */
    private static long[] keys(String word, List<Cut> cuts) {
        long[] keys = new long[cuts.size()];
        for (int k = 0; k < keys.length; k++) {
            Cut c = cuts.get(k);
            int rank = c.rank(word, word.length());
            keys[k] = ((long) rank << 40) + ((long) (c.order(rank) + (1 << 20)) << 8) + k;
        }
        return keys;
    }

    private static Reading reading(String word, Cut c, UnaryOperator<String> shared) {
        return c.affixes.isEmpty() ? Reading.bare(word) : c.toReading(word, 0, word.length(), shared);
    }

    /**
     * The reading of clitic letters {@code s[start, digitsStart)} written before the digits ending at
     * {@code end} ({@code وبـ2018}), offsets relative to {@code start}, or null when those letters are not a
     * licit clitic sequence.
     */
    static Reading numberReading(String s, int start, int digitsStart, int end) {
        List<int[]> affixes = new ArrayList<>();
        int slot = -1;
        for (int i = start; i < digitsStart; i++) {
            Clitic c = single(s.charAt(i));
            if (c == null || c.slot() <= slot) {
                return null;
            }
            slot = c.slot();
            affixes.add(new int[] {c.ordinal(), i, i + 1});
        }
        return new Cut(affixes, digitsStart).toReading(s, start, end, UnaryOperator.identity());
    }

    private static Clitic single(char c) {
        return switch (c) {
            case 'و' -> Clitic.WA;
            case 'ف' -> Clitic.FA;
            case 'ب' -> Clitic.BI;
            case 'ل' -> Clitic.LI;
            case 'ك' -> Clitic.KA;
            default -> null;
        };
    }

    /** Adds every reading of {@code s[pos, end)} whose clitics fill slots from {@code slot} on. */
    private static void collect(String s, int pos, int end, int slot, List<int[]> acc, List<Cut> out) {
        out.add(new Cut(acc, pos));
        int left = end - pos - 1;
        Clitic c = single(s.charAt(pos));
        if (c != null && c.isConjunction() && slot == 0 && left >= 2) {
            collect(s, pos + 1, end, 1, with(acc, c, pos, pos + 1), out);
        }
        if (c != null && c.isPreposition() && slot <= 1 && left >= 2) {
            if (c == Clitic.LI && s.charAt(pos + 1) == 'ل') {
                List<int[]> li = with(acc, c, pos, pos + 1);
                if (end - pos - 2 >= 2) {
                    out.add(new Cut(with(li, Clitic.AL, pos + 1, pos + 2), pos + 2));
                }
                out.add(new Cut(with(li, Clitic.AL, pos + 1, pos + 1), pos + 1));
            }
            // no article after a bare ل: it would be written لل
            collect(s, pos + 1, end, c == Clitic.LI ? 3 : 2, with(acc, c, pos, pos + 1), out);
        }
        if (slot <= 2 && end - pos - 2 >= 2 && s.startsWith("ال", pos)) {
            out.add(new Cut(with(acc, Clitic.AL, pos, pos + 2), pos + 2));
        }
    }

    /**
     * True when the stem {@code word[from, to)}, or the stem less a pronoun or plural suffix, is a listed whole word;
     * a cut is looked up only when {@link #WHOLE_KEYS} lets it be listed, and in place ({@link KeyTable}), not made a
     * string.
     */
    private static boolean listed(String word, int from, int to) {
        if (to - from < 2 ? WHOLE.contains(word, from, to)
                : WHOLE_KEYS.mayContain(word, from, to) && WHOLE.contains(word, from, to)) {
            return true;
        }
        for (String suffix : SUFFIXES) {
            int base = to - suffix.length(); // the stem less the suffix: word[from, base), three letters or more
            // the last char first: most cuts end with a letter few of the suffixes do
            if (base - from > 2 && word.charAt(to - 1) == suffix.charAt(suffix.length() - 1)
                    && word.startsWith(suffix, base)) {
                if (WHOLE_KEYS.mayContain(word, from, base) && WHOLE.contains(word, from, base)
                        || word.charAt(base - 1) == 'ت'
                        && WHOLE_KEYS.mayContainWithTaMarbuta(word, from, base)
                        && WHOLE.contains(word.substring(from, base - 1) + "ه")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<int[]> with(List<int[]> acc, Clitic c, int start, int end) {
        // made at its size: a copy of acc is full, and the add would grow it (a new word has a dozen cuts)
        List<int[]> next = new ArrayList<>(acc.size() + 1);
        next.addAll(acc);
        next.add(new int[] {c.ordinal(), start, end});
        return next;
    }

    /** A reading before it is mapped to the original: affixes as {clitic ordinal, start, end}. */
    private record Cut(List<int[]> affixes, int stemStart) {
        /** 0 for a listed stem, 1 for a plausible cut, 2 for an unlikely one. */
        int rank(String s, int end) {
            if (listed(s, stemStart, end)) {
                return 0;
            }
            int stemLength = end - stemStart;
            boolean article = false;
            for (int[] a : affixes) {
                Clitic c = CLITICS[a[0]];
                if (c == Clitic.AL) {
                    article = true;
                    if (a[1] == a[2]) {
                        return 2;
                    }
                }
            }
            for (int[] a : affixes) {
                Clitic c = CLITICS[a[0]];
                if ((c == Clitic.KA || c == Clitic.FA && affixes.size() == 1) && !article) {
                    return 2;
                }
                if (c != Clitic.AL && !article && stemLength < 3 && !SHORT_STEMS.contains(s.substring(stemStart, end))) {
                    return 2;
                }
            }
            return 1;
        }

        /**
         * Within a rank: a listed stem wants the fewest letters stripped, an unlisted one the most; on a tie
         * the reading with the article comes first ({@code للجنة}: {@code ل + ال + لجنة} before {@code ل + لجنة}).
         */
        int order(int rank) {
            int letters = stemStart - (affixes.isEmpty() ? stemStart : affixes.get(0)[1]);
            boolean article = false;
            for (int[] a : affixes) {
                article |= a[0] == Clitic.AL.ordinal();
            }
            return (rank == 0 ? letters : -letters) * 2 - (article ? 1 : 0);
        }

        /** The reading of the word {@code s[wordStart, end)}, offsets relative to {@code wordStart}. */
        Reading toReading(String s, int wordStart, int end, UnaryOperator<String> shared) {
            Affix[] list = new Affix[affixes.size()];
            for (int k = 0; k < list.length; k++) {
                int[] a = affixes.get(k);
                list[k] = new Affix(CLITICS[a[0]], a[1] - wordStart, a[2] - a[1]);
            }
            // an immutable list already, which the reading keeps as it is instead of copying it
            return new Reading(List.of(list), shared.apply(s.substring(stemStart, end)), stemStart - wordStart);
        }
    }

    /**
     * Where the folded {@code word} holds two words run together ({@link RunTogether}): the offset of its inner
     * article, or 0 when it is one word. The first inner {@code ال} after a noun {@code heads} knows, the whole read
     * as no such noun; a few probes of a word (one per inner article), made once per form by the tokenizer.
     */
    static int runTogetherCut(String word, RunTogether heads) {
        int n = word.length();
        for (int p = word.indexOf("ال", 2); p >= 0 && n - p - 2 >= MIN_REST; p = word.indexOf("ال", p + 1)) {
            if (headed(word.substring(0, p), heads)) {
                return headed(word, heads) ? 0 : p;
            }
        }
        return 0;
    }

    /**
     * True when a reading of {@code word} has a stem {@code heads} knows, of three letters or more, and none is the
     * first part of a name ({@code عبد} of {@code عبدالرحمن}).
     */
    private static boolean headed(String word, RunTogether heads) {
        boolean known = false;
        for (Reading r : readings(word, UnaryOperator.identity())) {
            if (NAME_FIRSTS.contains(r.stem())) {
                return false;
            }
            known |= r.stem().length() >= 3 && heads.isHead(r.stem());
        }
        return known;
    }

    /** The folded words of a word-list resource of this package ('#' starts a comment). */
    static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Segmenter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String body = hash >= 0 ? line.substring(0, hash) : line;
                for (String w : body.trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(FoldedText.fold(w));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
