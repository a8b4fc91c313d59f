package org.nashra.parser.internal.frame;

import java.util.List;

/**
 * The mentions a tagger found in a text (persons, organisations, places, dates),
 * in text order, with look-ups by token in logarithmic time, so frames that ask
 * "which place follows this gathering" stay linear over a long text.
 *
 * <pre>{@code
 * Mentions<Place> places = reading.places();
 * for (Found<Place> p : places.within(from, to)) { … }
 * places.covering(i);   // the mention token i belongs to, or null
 * }</pre>
 *
 * @param all the mentions, ordered by first token, not overlapping
 */
public record Mentions<T>(List<Found<T>> all) {
    public Mentions {
        all = List.copyOf(all);
    }

    /** The mentions whose first token lies in [{@code from}, {@code to}), in order. */
    public List<Found<T>> within(int from, int to) {
        int a = firstFrom(from);
        int b = firstFrom(to);
        return a >= b ? List.of() : all.subList(a, b);
    }

    /** The mention that covers token {@code i}, or null. */
    public Found<T> covering(int i) {
        int k = firstFrom(i + 1) - 1;
        if (k >= 0 && all.get(k).from() <= i && i < all.get(k).to()) {
            return all.get(k);
        }
        return null;
    }

    /** The index of the first mention starting at or after token {@code token}. */
    private int firstFrom(int token) {
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).from() < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
