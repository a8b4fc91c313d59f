package org.nashra.parser.internal.text;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;

/**
 * A fixed set of folded stems that rules ask tokens about ({@link Token#hasStemIn}), with a 64-bit filter of its
 * stems: a rule that scans every token of a text for a few stems ({@code رحيل}, {@code كتلة}, {@code فرقة}) then
 * rejects most tokens by one AND of the filter with the bits of the token's stems, kept with the token's form
 * ({@link #bits}), instead of probing the set with each reading's stem. An ordinary {@code Set} otherwise: equal to any
 * set of the same stems. Immutable.
 *
 * <pre>{@code
 * Set<String> passing = StemSet.of("رحيل", "وفاه");
 * token.hasStemIn(passing);   // as with Set.of, most tokens answered by the filter alone
 * }</pre>
 */
public final class StemSet extends AbstractSet<String> {
    private final Set<String> stems;
    private final long filter;

    private StemSet(Set<String> stems) {
        this.stems = stems;
        long f = 0;
        for (String s : stems) {
            f |= bit(s);
        }
        this.filter = f;
    }

    /** The set of {@code stems}, as {@link Set#of(Object[])} makes it (no duplicates, no nulls). */
    public static StemSet of(String... stems) {
        return new StemSet(Set.of(stems));
    }

    /** The set of the stems in {@code stems}. */
    public static StemSet copyOf(Collection<String> stems) {
        return new StemSet(Set.copyOf(stems));
    }

    /**
     * A stem's bit in the filter: one of 64, from its string's hash (the same in every run). The hash is mixed
     * because the low bits of a string's hash are those of its last char for the most part.
     */
    static long bit(String stem) {
        return 1L << ((stem.hashCode() * 0x9E3779B9) >>> 26);
    }

    /** The filter bits of every stem in {@code stems} together: a form's, made once ({@link Token.Form}). */
    static long bits(Collection<Reading> readings) {
        long b = 0;
        for (Reading r : readings) {
            b |= bit(r.stem());
        }
        return b;
    }

    /** False when no stem whose bits are in {@code stemBits} ({@link #bits}) is in this set. */
    boolean mayHold(long stemBits) {
        return (stemBits & filter) != 0;
    }

    @Override
    public boolean contains(Object o) {
        return stems.contains(o);
    }

    @Override
    public Iterator<String> iterator() {
        return stems.iterator();
    }

    @Override
    public int size() {
        return stems.size();
    }
}
