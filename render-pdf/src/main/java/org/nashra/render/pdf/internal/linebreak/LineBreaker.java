package org.nashra.render.pdf.internal.linebreak;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Chooses line ends: the break opportunities of UAX #14 (ICU4J
 * {@link BreakIterator#getLineInstance}) on the logical text, chosen by total
 * fit over the paragraph (Knuth and Plass's method) on the shaped widths of
 * the segments between them.
 *
 * <p>A line never ends inside a word: only at an opportunity, and the
 * opportunities of UAX #14 fall between words (after spaces, after a dash or
 * hyphen), never between the letters of an Arabic or Latin word, nor inside
 * {@code 1/9/2013} or at a no-break space; nor, here, after the dash of a
 * range of numbers ({@code 20–21}), which stays on one line. A piece wider
 * than the measure gets a line of its own and overflows it; {@link #fit}
 * reports such lines through {@link LineSpan#width()} being greater than the
 * measure (the typesetter cuts such words first).
 *
 * <p>Total fit: each way of breaking has demerits, the sum over its lines of
 * {@code (1 + badness)²}, where a line's badness grows with the cube of how far
 * it must stretch to the measure ({@link Stretch}: its spaces, and its words
 * where a kashida justifier elongates them); the last line is not stretched,
 * but ending the paragraph with a single word costs as much as a loose line.
 * Balanced text (ragged or centred: a headline) does not stretch: a line's
 * badness grows with the square of the room it leaves, the last line's too,
 * so that its lines come out even.
 * The breaks with the least demerits win. A line is never set wider than the
 * measure, so the candidates for a line's start are the breaks less than a
 * measure back: the work is linear in the paragraph's length times the words
 * of a line.
 *
 * <pre>{@code
 * int[] breaks = LineBreaker.opportunities("كتب الرئيس رسالة");  // {4, 11, 16}
 * List<LineSpan> lines = LineBreaker.fit(breaks, segments, 200f, new LineBreaker.Stretch(3, 0, false));
 * }</pre>
 */
public final class LineBreaker {

    /**
     * How far a line can stretch to fill the measure without looking loose.
     *
     * @param perSpace points each inter-word space can grow
     * @param perWord  points each word can grow (by kashida); 0 when words keep their width
     * @param balanced true for ragged or centred text (headlines, cells), whose last line counts
     *                 like the others, so that lines come out of even length; false for justified
     *                 text, whose last line may be as short as it falls
     */
    public record Stretch(float perSpace, float perWord, boolean balanced) {
        public Stretch {
            if (!(perSpace >= 0) || !(perWord >= 0)) {
                throw new IllegalArgumentException("bad stretch: " + perSpace + ", " + perWord);
            }
        }
    }

    private static final BreakIterator PROTOTYPE = BreakIterator.getLineInstance(ULocale.ROOT);
    private static final double LINE_PENALTY = 10;
    private static final double MAX_BADNESS = 10_000;
    /** The badness of a ragged line that is empty: lines are kept even rather than few. */
    private static final double BALANCE = 1_000;
    /** A one-word last line costs as much as a line stretched about half again as far as it should. */
    private static final double LONE_LAST_WORD = 60_000;

    private LineBreaker() {
    }

    /**
     * The positions a line may end at, ascending, the text's length last; the
     * empty text has none.
     */
    public static int[] opportunities(String text) {
        Objects.requireNonNull(text, "text");
        BreakIterator it;
        synchronized (PROTOTYPE) {
            it = (BreakIterator) PROTOTYPE.clone();
        }
        it.setText(text);
        List<Integer> breaks = new ArrayList<>();
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            if (!insideNumberRange(text, b)) {
                breaks.add(b);
            }
        }
        return breaks.stream().mapToInt(Integer::intValue).toArray();
    }

    /** True at {@code 20–|21}: a dash between digits joins a range, which is read as one. */
    private static boolean insideNumberRange(String text, int at) {
        if (at < 2 || at >= text.length()) {
            return false;
        }
        char dash = text.charAt(at - 1);
        boolean isDash = dash == '-' || dash >= '\u2010' && dash <= '\u2015';
        return isDash && Character.isDigit(text.charAt(at - 2)) && Character.isDigit(text.charAt(at));
    }

    /**
     * Breaks lines by total fit, with the stretch of ordinary inter-word spacing.
     *
     * @see #fit(int[], List, float, Stretch)
     */
    public static List<LineSpan> fit(int[] opportunities, List<Segment> segments, float measure) {
        return fit(opportunities, segments, measure, new Stretch(meanSpace(segments), 0, false));
    }

    /**
     * The mean width of the white-space segments, the natural stretch of a space.
     *
     * @param segments a paragraph's segments
     * @return the mean width in points, 0 when there is no space
     */
    public static float meanSpace(List<Segment> segments) {
        float total = 0;
        int spaces = 0;
        for (Segment s : segments) {
            if (s.space()) {
                total += s.width();
                spaces++;
            }
        }
        return spaces == 0 ? 0 : total / spaces;
    }

    /**
     * Breaks lines by total fit.
     *
     * @param opportunities from {@link #opportunities}, for the same text
     * @param segments      covering the text in logical order, none crossing
     *                      an opportunity
     * @param measure       the line width, in points
     * @param stretch       how far lines may stretch
     * @return the lines in order; none for a text without segments
     */
    public static List<LineSpan> fit(int[] opportunities, List<Segment> segments, float measure, Stretch stretch) {
        if (!(measure > 0)) {
            throw new IllegalArgumentException("measure must be positive: " + measure);
        }
        List<Piece> pieces = pieces(opportunities, segments);
        int n = pieces.size();
        if (n == 0) {
            return List.of();
        }
        // prefix sums over pieces: width with trailing space, and pieces followed by a space
        double[] width = new double[n + 1];
        int[] spaced = new int[n + 1];
        for (int k = 0; k < n; k++) {
            Piece p = pieces.get(k);
            width[k + 1] = width[k] + p.content + p.trailing;
            spaced[k + 1] = spaced[k] + (p.trailing > 0 ? 1 : 0);
        }
        // node b: a break after piece b - 1 (node 0: the paragraph's start)
        double[] demerits = new double[n + 1];
        int[] previous = new int[n + 1];
        Arrays.fill(demerits, Double.POSITIVE_INFINITY);
        demerits[0] = 0;
        ArrayDeque<Integer> active = new ArrayDeque<>();
        active.add(0);
        for (int b = 1; b <= n; b++) {
            boolean last = b == n;
            for (Iterator<Integer> it = active.iterator(); it.hasNext(); ) {
                int a = it.next();
                double natural = width[b] - width[a] - pieces.get(b - 1).trailing;
                boolean single = b == a + 1;
                if (natural > measure && !single) {
                    it.remove();   // lines from a only get wider
                    continue;
                }
                double badness;
                if (natural > measure) {
                    badness = MAX_BADNESS;     // a piece wider than the measure: its own line, overflowing
                } else if (stretch.balanced()) {
                    // ragged lines do not stretch: the squares of what each leaves empty, least when even
                    double slack = (measure - natural) / measure;
                    badness = BALANCE * slack * slack;
                } else if (last) {
                    badness = 0;
                } else {
                    int spaces = spaced[b - 1] - spaced[a];
                    double room = spaces * stretch.perSpace() + (b - a) * stretch.perWord();
                    double ratio = room > 0 ? (measure - natural) / room : (measure - natural > 0.5 ? 100 : 0);
                    badness = Math.min(MAX_BADNESS, 100 * ratio * ratio * ratio);
                }
                double d = demerits[a] + (LINE_PENALTY + badness) * (LINE_PENALTY + badness);
                if (last && single && a > 0) {
                    d += LONE_LAST_WORD;
                }
                if (d < demerits[b]) {
                    demerits[b] = d;
                    previous[b] = a;
                }
            }
            if (demerits[b] < Double.POSITIVE_INFINITY) {
                active.add(b);
            }
        }
        List<LineSpan> lines = new ArrayList<>();
        for (int b = n; b > 0; b = previous[b]) {
            int a = previous[b];
            Piece first = pieces.get(a);
            Piece end = pieces.get(b - 1);
            float natural = (float) (width[b] - width[a] - end.trailing);
            lines.add(new LineSpan(first.start, end.end, end.contentEnd, natural));
        }
        Collections.reverse(lines);
        return lines;
    }

    /**
     * The text between two opportunities: its width up to its last non-space segment and the white
     * space after it. A piece of white space alone joins the piece before it.
     */
    private static final class Piece {
        final int start;
        int end;
        final int contentEnd;
        final double content;
        double trailing;

        Piece(int start, int end, int contentEnd, double content, double trailing) {
            this.start = start;
            this.end = end;
            this.contentEnd = contentEnd;
            this.content = content;
            this.trailing = trailing;
        }
    }

    private static List<Piece> pieces(int[] opportunities, List<Segment> segments) {
        List<Piece> pieces = new ArrayList<>();
        int seg = 0;
        for (int opportunity : opportunities) {
            if (seg == segments.size()) {
                break;
            }
            int first = seg;
            int start = segments.get(seg).start();
            double all = 0;
            double content = 0;
            int contentEnd = -1;
            while (seg < segments.size() && segments.get(seg).end() <= opportunity) {
                Segment s = segments.get(seg++);
                all += s.width();
                if (!s.space()) {
                    content = all;
                    contentEnd = s.end();
                }
            }
            if (seg == first) {
                throw new IllegalArgumentException("segment " + segments.get(seg) + " crosses the break at " + opportunity);
            }
            int end = segments.get(seg - 1).end();
            if (contentEnd < 0 && !pieces.isEmpty()) {
                Piece before = pieces.get(pieces.size() - 1);
                before.trailing += all;
                before.end = end;
            } else {
                pieces.add(contentEnd < 0 ? new Piece(start, end, start, 0, all)
                        : new Piece(start, end, contentEnd, content, all - content));
            }
        }
        return pieces;
    }
}
