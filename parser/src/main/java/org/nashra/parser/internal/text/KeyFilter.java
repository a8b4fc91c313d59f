package org.nashra.parser.internal.text;

import java.util.Collection;

/**
 * A filter of the strings of a word list, read before looking a string up in the list: a string the filter rejects
 * is not in the list; one it passes may be. It reads a string's length and first, second and last chars, so that the
 * analysers of a new word form, which try a dozen ways to cut a stem out of it and look each up (nearly all missing),
 * make and hash a string only for the few cuts that can be listed. Immutable.
 *
 * <pre>{@code
 * KeyFilter f = KeyFilter.of(List.of("مؤتمر", "رفيق"));
 * f.mayContain("المؤتمر", 2, 7);   // true: "مؤتمر" may be listed
 * f.mayContain("اجتماع", 0, 6);    // false (most strings): "اجتماع" is not
 * }</pre>
 */
public final class KeyFilter {
    private static final int BITS = 1 << 18;
    private final long[] bits = new long[BITS / 64];

    private KeyFilter(Collection<String> keys) {
        for (String k : keys) {
            if (k.length() >= 2) {
                int h = index(k.charAt(0), k.charAt(1), k.charAt(k.length() - 1), k.length());
                bits[h >>> 6] |= 1L << h;
            }
        }
    }

    /** A filter of {@code keys}; keys shorter than two chars are never asked about and left out. */
    public static KeyFilter of(Collection<String> keys) {
        return new KeyFilter(keys);
    }

    /** False when {@code s[from, to)}, at least two chars, is no key. */
    public boolean mayContain(String s, int from, int to) {
        return mayContain(s.charAt(from), s.charAt(from + 1), s.charAt(to - 1), to - from);
    }

    /**
     * False when {@code s[from, to)}, at least two chars, with its last one read as ة (folded ه) is no key: a stem
     * whose ت stands for ة before a pronoun ({@code جمعيتها} is {@code جمعية}).
     */
    public boolean mayContainWithTaMarbuta(String s, int from, int to) {
        return mayContain(s.charAt(from), to - from == 2 ? 'ه' : s.charAt(from + 1), 'ه', to - from);
    }

    /** False when no key of {@code length} chars (at least two) starts with {@code first}, {@code second} and ends with {@code last}. */
    public boolean mayContain(char first, char second, char last, int length) {
        int h = index(first, second, last, length);
        return (bits[h >>> 6] & 1L << h) != 0;
    }

    private static int index(char first, char second, char last, int length) {
        int h = first * 0x9E3779B1 ^ second * 0x85EBCA6B ^ last * 0xC2B2AE35 ^ length * 0x27D4EB2F;
        h ^= h >>> 15;
        h *= 0x2C1B3C6D;
        h ^= h >>> 13;
        return h & (BITS - 1);
    }
}
