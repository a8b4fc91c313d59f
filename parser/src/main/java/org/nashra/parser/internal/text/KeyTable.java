package org.nashra.parser.internal.text;

import java.util.Map;
import java.util.Objects;

/**
 * A fixed map from strings, looked up by a string or by a range of one ({@code s[from, to)}) without making the
 * range a string: the analysers of a new word form cut a dozen stems out of it and look each up in a word list,
 * nearly all missing, and a {@code HashMap} wants each cut copied into a new string (two arrays allocated for a
 * string of Arabic letters), hashed, and then reads a node and the key's chars for every slot it passes. Here the
 * hashes of the keys sit in one array: a miss reads that array alone, and a key's chars are compared only when its
 * hash is the range's. Immutable; no null keys or values.
 *
 * <pre>{@code
 * KeyTable<Integer> t = KeyTable.of(Map.of("مؤتمر", 1));
 * t.get("المؤتمر", 2, 7);   // 1, no substring made
 * t.get("مؤتمر");           // 1
 * t.get("اجتماع", 0, 6);    // null
 * }</pre>
 *
 * @param <V> what a key maps to
 */
public final class KeyTable<V> {
    /** Each slot's mixed hash, 0 for an empty slot (a key whose mixed hash is 0 is kept as 1). */
    private final int[] hashes;
    private final String[] keys;
    private final Object[] values;
    private final int mask;

    private KeyTable(Map<String, ? extends V> map) {
        // at most half full: most look-ups miss, a miss ends at the first empty slot, and the slots it passes on the
        // way lie side by side (a larger table would spread the look-ups of a text over more of the memory)
        int slots = Integer.highestOneBit(Math.max(2, map.size() * 2 - 1)) << 1;
        hashes = new int[slots];
        keys = new String[slots];
        values = new Object[slots];
        mask = slots - 1;
        map.forEach((k, v) -> {
            int h = mixed(k.hashCode());
            int i = h & mask;
            while (hashes[i] != 0) {
                i = (i + 1) & mask;
            }
            hashes[i] = h;
            keys[i] = k;
            values[i] = Objects.requireNonNull(v, "value");
        });
    }

    /** The table of {@code map}'s keys and values. */
    public static <V> KeyTable<V> of(Map<String, ? extends V> map) {
        return new KeyTable<>(map);
    }

    /** A table of {@code keys}, each mapped to itself: a set asked with {@link #contains}. */
    public static KeyTable<String> ofKeys(java.util.Collection<String> keys) {
        Map<String, String> m = new java.util.HashMap<>();
        for (String k : keys) {
            m.put(k, k);
        }
        return new KeyTable<>(m);
    }

    /** The value of {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public V get(String key) {
        int h = mixed(key.hashCode()); // a string's hash is kept with it: a stem asked again is not hashed again
        for (int i = h & mask; hashes[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == h && keys[i].equals(key)) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** The value of the key {@code s[from, to)}, or null. */
    @SuppressWarnings("unchecked")
    public V get(String s, int from, int to) {
        int raw = 0;
        for (int k = from; k < to; k++) {
            raw = 31 * raw + s.charAt(k); // String.hashCode's, so that the keys' own hashes serve
        }
        int h = mixed(raw);
        int length = to - from;
        for (int i = h & mask; hashes[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == h && keys[i].length() == length && keys[i].regionMatches(0, s, from, length)) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** True when {@code key} is a key. */
    public boolean contains(String key) {
        return get(key) != null;
    }

    /** True when {@code s[from, to)} is a key. */
    public boolean contains(String s, int from, int to) {
        return get(s, from, to) != null;
    }

    /** A string's hash with its high bits mixed into the low ones that pick the slot; never 0. */
    private static int mixed(int hash) {
        int h = hash * 0x9E3779B9;
        h ^= h >>> 16;
        return h == 0 ? 1 : h;
    }
}
