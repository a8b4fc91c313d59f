package org.nashra.parser.internal.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;
import org.nashra.model.Span;

/**
 * The matching form of a text, with a map from every folded char back to the
 * original. Rules match on {@link #folded()}; values are cut from the original
 * through {@link #originalSpan(int, int)}, never from the folded form.
 *
 * <p>Folding, for matching only:
 * <ul>
 *   <li>hamza seats and alef variants: أ إ آ ٱ → ا, ؤ → و, ئ → ي, ء dropped; ى and ی → ي; ة → ه;
 *       Persian and Kurdish letters to the Arabic letter they transcribe: ک گ → ك, ڤ → ف, پ → ب, چ → ج,
 *       ژ → ز, ڕ → ر, ۆ ۇ → و, ێ ې → ي, ە ہ → ه, ڵ → ل (دلوڤان matches دلوفان);</li>
 *   <li>tatweel and harakat (U+064B–U+065F, U+0670, Quranic marks) dropped;</li>
 *   <li>presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) NFKC-folded to their letters; those that
 *       hold only harakat ({@code ﹺ}, {@code ﱞ}) dropped as harakat;</li>
 *   <li>Arabic-Indic (٠–٩) and Persian (۰–۹) digits → ASCII digits;</li>
 *   <li>bidi controls, zero-width characters and the BOM dropped; every other space → U+0020;</li>
 *   <li>Latin letters lower-cased.</li>
 * </ul>
 * A dropped mark, tatweel or hamza is counted into the span of the letter before
 * it, so a value cut from the original keeps its harakat ({@code اجتماعاً}) and its
 * final hamza ({@code كربلاء}).
 *
 * <pre>{@code
 * FoldedText t = FoldedText.of("إجتماعاً");
 * t.folded();                      // "اجتماعا"
 * t.originalSpan(0, 7);            // [0, 8): the tanween is kept
 * }</pre>
 */
public final class FoldedText {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** What {@link #foldChar} returns for a char the matching form drops. */
    private static final int DROPPED = -1;
    /** The chars below this one (Latin, Arabic and their marks, digits, punctuation) are folded by {@link #LOW_FOLDS}. */
    private static final char LOW = '\u0700';
    /** {@link #LOW_FOLDS}'s value for a dropped char: no char below {@link #LOW} folds to it. */
    private static final char LOW_DROPPED = '\uFFFF';
    /** {@link #foldChar} of every char below {@link #LOW}, {@link #LOW_DROPPED} for a dropped one: a string, immutable. */
    private static final String LOW_FOLDS = lowFolds();

    private final String original;
    private final String folded;
    /** For folded char i: the original range [start[i], end[i]) it came from. */
    private final int[] start;
    private final int[] end;

    private FoldedText(String original, String folded, int[] start, int[] end) {
        this.original = original;
        this.folded = folded;
        this.start = start;
        this.end = end;
    }

    /** Folds {@code original}; linear in its length. */
    public static FoldedText of(String original) {
        int n = original.length();
        Out out = new Out(n + 8);
        int i = 0;
        while (i < n) {
            char ch = original.charAt(i);
            if (ch < LOW) {
                // most chars: Arabic letters, marks, digits, spaces and punctuation, folded by a table
                char f = LOW_FOLDS.charAt(ch);
                if (f != LOW_DROPPED) {
                    out.add(f, i, i + 1);
                } else if (clingsToLetter(ch)) {
                    out.clingToLast(i, i + 1);
                }
                i++;
                continue;
            }
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isHarakaForm(cp)) {
                // a haraka in a presentation form is a haraka: dropped, and kept with its letter
                out.clingToLast(i, next);
            } else if (isPresentationForm(cp)) {
                String letters = NFKC.normalize(new String(Character.toChars(cp)));
                for (int k = 0; k < letters.length(); k++) {
                    int f = foldChar(letters.charAt(k));
                    if (f != DROPPED) {
                        out.add((char) f, i, next);
                    }
                }
            } else if (cp > 0xFFFF) {
                for (int k = i; k < next; k++) {
                    out.add(original.charAt(k), i, next);
                }
            } else {
                int f = foldChar((char) cp);
                if (f != DROPPED) {
                    out.add((char) f, i, next);
                } else if (clingsToLetter((char) cp)) {
                    out.clingToLast(i, next);
                }
            }
            i = next;
        }
        return new FoldedText(original, new String(out.chars, 0, out.len), Arrays.copyOf(out.start, out.len),
                Arrays.copyOf(out.end, out.len));
    }

    /** The folded chars being made, each with the original range it came from; grown as needed. */
    private static final class Out {
        char[] chars;
        int[] start;
        int[] end;
        int len;

        Out(int capacity) {
            chars = new char[capacity];
            start = new int[capacity];
            end = new int[capacity];
        }

        void add(char c, int from, int to) {
            if (len == chars.length) {
                int size = Math.max(len + 1, len * 2);
                chars = Arrays.copyOf(chars, size);
                start = Arrays.copyOf(start, size);
                end = Arrays.copyOf(end, size);
            }
            start[len] = from;
            end[len] = to;
            chars[len++] = c;
        }

        /**
         * Counts the dropped chars [{@code from}, {@code to}) into the span of the last folded letter when it ends
         * at {@code from}.
         */
        void clingToLast(int from, int to) {
            int last = len - 1;
            if (last >= 0 && end[last] == from && Character.isLetter(chars[last])) {
                end[last] = to;
            }
        }
    }

    /** The folded form of a short key (a gazetteer entry, a keyword): the same rules as {@link #of}. */
    public static String fold(String key) {
        // most keys looked up while parsing are tokens of a folded text already: no copy for them
        return isFolded(key) ? key : of(key).folded();
    }

    /** True when folding leaves {@code s} as it is: every char is a BMP char that folds to itself. */
    private static boolean isFolded(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isPlainArabicLetter(c)) {
                continue;
            }
            if (Character.isSurrogate(c) || isPresentationForm(c) || foldChar(c) != c) {
                return false;
            }
        }
        return true;
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    public int length() {
        return folded.length();
    }

    /** The original offset where folded char {@code foldedIndex} starts; the original length at the end. */
    public int originalStart(int foldedIndex) {
        return foldedIndex >= folded.length() ? original.length() : start[foldedIndex];
    }

    /** The original offset just after folded char {@code foldedIndex - 1} (with its dropped marks). */
    public int originalEnd(int foldedIndex) {
        return foldedIndex <= 0 ? 0 : end[foldedIndex - 1];
    }

    /** The original span of folded range [{@code foldedStart}, {@code foldedEnd}). */
    public Span originalSpan(int foldedStart, int foldedEnd) {
        if (foldedStart < 0 || foldedEnd > folded.length() || foldedEnd < foldedStart) {
            throw new IndexOutOfBoundsException("folded range [" + foldedStart + ", " + foldedEnd
                    + ") is outside a folded text of length " + folded.length());
        }
        if (foldedStart == foldedEnd) {
            int at = originalStart(foldedStart);
            return new Span(at, at);
        }
        return new Span(start[foldedStart], end[foldedEnd - 1]);
    }

    /** The original text of folded range [{@code foldedStart}, {@code foldedEnd}), harakat and all. */
    public String originalText(int foldedStart, int foldedEnd) {
        return originalSpan(foldedStart, foldedEnd).of(original);
    }

    /**
     * True for the chars that folding drops and that belong to the letter before them when a value is cut:
     * harakat (also in a presentation form), tatweel and hamza ({@code مساءً} keeps its {@code ءً}).
     */
    public static boolean clingsToLetter(char c) {
        return isMarkOrTatweel(c) || c == 'ء' || isHarakaForm(c);
    }

    /** The letters ا to ي that fold to themselves (not ة, ى, the tatweel or a hamza seat): most chars of a token. */
    private static boolean isPlainArabicLetter(char c) {
        return c >= '\u0627' && c <= '\u064A' && c != 'ة' && c != '\u0640' && c != 'ى';
    }

    private static String lowFolds() {
        StringBuilder sb = new StringBuilder(LOW);
        for (char c = 0; c < LOW; c++) {
            int f = foldChar(c);
            sb.append(f == DROPPED ? LOW_DROPPED : (char) f);
        }
        return sb.toString();
    }

    private static boolean isPresentationForm(int cp) {
        return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFE);
    }

    /**
     * A presentation form that holds no letter: a haraka alone or on a tatweel ({@code ﹺ}, {@code ﹻ}), or
     * shadda with a vowel ({@code ﱞ}), whose compatibility form is a space or a tatweel with the marks.
     */
    private static boolean isHarakaForm(int cp) {
        return isPresentationForm(cp) && NFKC.normalize(new String(Character.toChars(cp))).chars()
                .allMatch(c -> c == ' ' || isMarkOrTatweel((char) c));
    }

    private static boolean isMarkOrTatweel(char c) {
        return c == '\u0640' || isHaraka(c);
    }

    private static boolean isHaraka(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED');
    }

    /** The folded form of one char, or {@link #DROPPED}. */
    private static int foldChar(char c) {
        if (isMarkOrTatweel(c)) {
            return DROPPED;
        }
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ':
                return 'ا';
            case 'ى', 'ی', 'ئ':
                return 'ي';
            case 'ؤ':
                return 'و';
            case 'ة':
                return 'ه';
            case 'ک', 'گ':
                return 'ك';
            case 'ڤ':
                return 'ف';
            case 'پ':
                return 'ب';
            case 'چ':
                return 'ج';
            case 'ژ':
                return 'ز';
            case 'ڕ':
                return 'ر';
            case 'ۆ', 'ۇ', 'ۊ':
                return 'و';
            case 'ێ', 'ې':
                return 'ي';
            case 'ە', 'ہ':
                return 'ه';
            case 'ڵ':
                return 'ل';
            case 'ء':
            case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\uFEFF', '\u2060':
            case '\u202A', '\u202B', '\u202C', '\u202D', '\u202E':
            case '\u2066', '\u2067', '\u2068', '\u2069':
                return DROPPED;
            default:
                break;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return '0' + (c - '\u0660');
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return '0' + (c - '\u06F0');
        }
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && Character.isSpaceChar(c)) {
            return ' ';
        }
        if (c < 0x250) {
            return Character.toLowerCase(c);
        }
        return c;
    }
}
