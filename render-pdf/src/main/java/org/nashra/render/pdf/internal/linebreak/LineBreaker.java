package org.nashra.render.pdf.internal.linebreak;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Chooses line ends: the break opportunities of UAX #14 (ICU4J
 * {@link BreakIterator#getLineInstance}) on the logical text, taken first-fit
 * by the shaped widths of the segments between them.
 *
 * <p>A line never ends inside a word: only at an opportunity, and the
 * opportunities of UAX #14 fall between words (after spaces, after a dash or
 * hyphen), never between the letters of an Arabic or Latin word, nor inside
 * {@code 1/9/2013} or at a no-break space. A word wider than the measure gets
 * a line of its own and overflows it; {@link #fit} reports such lines through
 * {@link LineSpan#width()} being greater than the measure.
 *
 * <p>First-fit, not Knuth–Plass: each line takes as much as fits. For Arabic
 * with kashida justification this is what the typographic tradition does.
 *
 * <pre>{@code
 * int[] breaks = LineBreaker.opportunities("كتب الرئيس رسالة");  // {4, 11, 16}
 * List<LineSpan> lines = LineBreaker.fit(breaks, segments, 200f);
 * }</pre>
 */
public final class LineBreaker {

    private static final BreakIterator PROTOTYPE = BreakIterator.getLineInstance(ULocale.ROOT);

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
            breaks.add(b);
        }
        return breaks.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Fills lines first-fit.
     *
     * @param opportunities from {@link #opportunities}, for the same text
     * @param segments      covering the text in logical order, none crossing
     *                      an opportunity
     * @param measure       the line width, in points
     * @return the lines in order; none for a text without segments
     */
    public static List<LineSpan> fit(int[] opportunities, List<Segment> segments, float measure) {
        if (!(measure > 0)) {
            throw new IllegalArgumentException("measure must be positive: " + measure);
        }
        List<LineSpan> lines = new ArrayList<>();
        int seg = 0;
        int lineStart = segments.isEmpty() ? 0 : segments.get(0).start();
        int lineContentEnd = lineStart;
        int lineEnd = lineStart;
        float contentWidth = 0;   // up to lineContentEnd
        float pendingSpace = 0;   // white space after lineContentEnd
        for (int opportunity : opportunities) {
            if (seg == segments.size()) {
                break;
            }
            int first = seg;
            int pieceStart = segments.get(seg).start();
            float pieceWidth = 0;
            float pieceContentWidth = 0;
            int pieceContentEnd = -1;
            while (seg < segments.size() && segments.get(seg).end() <= opportunity) {
                Segment s = segments.get(seg++);
                pieceWidth += s.width();
                if (!s.space()) {
                    pieceContentWidth = pieceWidth;
                    pieceContentEnd = s.end();
                }
            }
            if (seg == first) {
                throw new IllegalArgumentException("segment " + segments.get(seg) + " crosses the break at " + opportunity);
            }
            if (pieceContentEnd < 0) {
                pendingSpace += pieceWidth;
            } else {
                float candidate = contentWidth + pendingSpace + pieceContentWidth;
                if (lineContentEnd > lineStart && candidate > measure) {
                    lines.add(new LineSpan(lineStart, pieceStart, lineContentEnd, contentWidth));
                    lineStart = pieceStart;
                    candidate = pieceContentWidth;
                }
                contentWidth = candidate;
                lineContentEnd = pieceContentEnd;
                pendingSpace = pieceWidth - pieceContentWidth;
            }
            lineEnd = Math.max(lineEnd, segments.get(seg - 1).end());
        }
        if (lineEnd > lineStart) {
            lines.add(new LineSpan(lineStart, lineEnd, lineContentEnd, contentWidth));
        }
        return lines;
    }
}
