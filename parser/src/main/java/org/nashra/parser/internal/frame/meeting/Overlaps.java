package org.nashra.parser.internal.frame.meeting;

import java.util.Map;
import java.util.TreeMap;
import org.nashra.model.Span;

/**
 * Spans added in any order, asked whether one of them overlaps a given span, in logarithmic time for spans of
 * bounded length: a frame that asks this for every item of a long text stays linear (a list scanned per item
 * made a 5 MB archive quadratic).
 *
 * <pre>{@code
 * Overlaps delegated = new Overlaps();
 * delegated.add(new Span(10, 20));
 * delegated.overlaps(new Span(15, 30));   // true
 * delegated.overlaps(new Span(20, 30));   // false: spans are half-open
 * }</pre>
 */
final class Overlaps {
    /** The furthest end of the spans starting at each offset. */
    private final TreeMap<Integer, Integer> endByStart = new TreeMap<>();
    /** The length of the longest span added: no span starting further back than this can reach a given one. */
    private int longest;

    void add(Span s) {
        endByStart.merge(s.start(), s.end(), Math::max);
        longest = Math.max(longest, s.end() - s.start());
    }

    /** True when a span added overlaps {@code at}: it starts before {@code at} ends and ends after it starts. */
    boolean overlaps(Span at) {
        // a span ending after at.start() starts after at.start() - longest
        for (Map.Entry<Integer, Integer> e : endByStart.subMap(at.start() - longest, true, at.end(), false).entrySet()) {
            if (e.getValue() > at.start()) {
                return true;
            }
        }
        return false;
    }
}
