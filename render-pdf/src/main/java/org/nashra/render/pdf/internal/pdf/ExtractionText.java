package org.nashra.render.pdf.internal.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nashra.render.pdf.internal.text.Glyph;
import org.nashra.render.pdf.internal.text.GlyphRun;
import org.nashra.render.pdf.internal.text.ShapedLine;

/**
 * What each glyph of a run gives when the text is extracted: its
 * {@link Glyph#text()}, except that glyphs off the baseline hand their text to
 * a glyph of the same word on the baseline, and give nothing themselves:
 * <ul>
 *   <li>a combining mark goes with the glyph before it in logical order (its
 *       letter);</li>
 *   <li>a letter the font raised or lowered (Amiri's cursive attachment lifts
 *       the beh of {@code بر} and the first letters of {@code لمحمد} above
 *       the baseline) goes with the next baseline letter of its word, or the
 *       previous one at the end of a word.</li>
 * </ul>
 *
 * <p>Why: extractors rebuild lines and words from glyph boxes (origin, width,
 * height) in page order. HarfBuzz places Arabic marks by anchors, often from an
 * origin outside their letter's box (Amiri's shadda in {@code مُحَمَّد} has
 * its origin over the previous letter), and cursive attachment moves whole
 * letters up by a third of an em; PDFBox then splits the word, or takes the
 * raised letters for another line (measured: {@code بريطانيا} came back as
 * {@code بر} and {@code يطانيا} on different lines). Carried by a glyph on the
 * baseline, the characters copy in place, in source order, in every extractor.
 *
 * <p>The glyphs themselves are drawn where the shaper put them; only the
 * ToUnicode mapping changes ({@link #mapped}) and, where PDF/A and PDF/UA are
 * not asked for, the widths of the codes ({@link #gapsClosed}).
 * A glyph with no baseline glyph in its word keeps its own text.
 */
final class ExtractionText {

    /** A gap narrower than this (font units) is left: no extractor sees it, and it would cost a code. */
    private static final float GAP = 0.01f;

    private ExtractionText() {
    }

    /** One string per glyph of the run, in the run's (visual) order. */
    static String[] of(GlyphRun run) {
        List<Glyph> glyphs = run.glyphs();
        int n = glyphs.size();
        int[] logical = new int[n];
        for (int k = 0; k < n; k++) {
            logical[k] = run.isRightToLeft() ? n - 1 - k : k;
        }
        // target[k]: the logical position whose glyph carries k's text; k itself for an anchor
        int[] target = new int[n];
        for (int k = 0; k < n; k++) {
            Glyph g = glyphs.get(logical[k]);
            target[k] = k;
            if (g.isWordSpace()) {
                continue;
            }
            if (g.isMark()) {
                if (k > 0 && !glyphs.get(logical[k - 1]).isWordSpace()) {
                    target[k] = k - 1;
                }
            } else if (g.yOffset() != 0) {
                int anchor = baselineGlyph(glyphs, logical, k, +1);
                if (anchor < 0) {
                    anchor = baselineGlyph(glyphs, logical, k, -1);
                }
                if (anchor >= 0) {
                    target[k] = anchor;
                }
            }
        }
        List<List<Glyph>> carried = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            carried.add(new ArrayList<>(1));
        }
        for (int k = 0; k < n; k++) {
            carried.get(resolve(target, k)).add(glyphs.get(logical[k]));
        }
        String[] texts = new String[n];
        for (int k = 0; k < n; k++) {
            texts[logical[k]] = join(carried.get(k));
        }
        return texts;
    }

    /**
     * One string per glyph of the run: its own {@link Glyph#text()}, one
     * character per glyph wherever the font draws one glyph per character, so
     * that no code maps to a sequence an extractor could reverse (pdf.js and
     * poppler reverse the characters of one code in a right-to-left line).
     */
    static String[] own(GlyphRun run) {
        return run.glyphs().stream().map(Glyph::text).toArray(String[]::new);
    }

    /**
     * The texts of a run ({@code texts}, visual order) with the glyphs drawn
     * under a bidi override (U+202D, U+202E) mapped so that the text copies as
     * written: extractors read a line in visual order and undo the bidi
     * algorithm's reordering, which cannot undo an override (Latin letters
     * forced right to left by U+202E read back {@code cba} for {@code abc}).
     * Inside each stretch of glyphs whose letters run against their run's
     * direction, the n-th glyph from the left maps to the n-th character as
     * written, counted from where the extractor starts reading.
     */
    static String[] overridesInLogicalOrder(GlyphRun run, String[] texts) {
        List<Glyph> glyphs = run.glyphs();
        String[] result = texts.clone();
        int i = 0;
        while (i < glyphs.size()) {
            if (against(glyphs.get(i), run.isRightToLeft()) != Boolean.TRUE) {
                i++;
                continue;
            }
            int end = i + 1;
            int lastAgainst = i;
            while (end < glyphs.size() && against(glyphs.get(end), run.isRightToLeft()) != Boolean.FALSE) {
                if (against(glyphs.get(end), run.isRightToLeft()) == Boolean.TRUE) {
                    lastAgainst = end;
                }
                end++;
            }
            for (int a = i, b = lastAgainst; a < b; a++, b--) {
                String swap = result[a];
                result[a] = result[b];
                result[b] = swap;
            }
            i = lastAgainst + 1;
        }
        return result;
    }

    /**
     * TRUE if the glyph's text is a strong letter or digit of the direction
     * opposite to its run's (only a bidi override puts it there), FALSE if of
     * the run's own direction, null for neutrals, marks and glyphs without text.
     */
    private static Boolean against(Glyph glyph, boolean rightToLeftRun) {
        Boolean result = null;
        for (int i = 0; i < glyph.text().length(); ) {
            int cp = glyph.text().codePointAt(i);
            int dir = UCharacter.getDirection(cp);
            boolean rtl = dir == UCharacterDirection.RIGHT_TO_LEFT || dir == UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
            boolean ltr = dir == UCharacterDirection.LEFT_TO_RIGHT || dir == UCharacterDirection.EUROPEAN_NUMBER
                    || dir == UCharacterDirection.ARABIC_NUMBER;
            if (rtl || ltr) {
                boolean isAgainst = rightToLeftRun ? ltr : rtl;
                if (result != null && result != isAgainst) {
                    return Boolean.FALSE;
                }
                result = isAgainst;
            }
            i += Character.charCount(cp);
        }
        return result;
    }

    /**
     * What a glyph's code maps to in the ToUnicode CMap, given its text from
     * {@link #own}: PDF/A-2a and PDF/UA-1 want every code mapped and every code as
     * wide as its glyph, so a glyph whose text another glyph carries still maps
     * to something that adds no letter:
     * <ul>
     *   <li>one that draws ink along the line (an inserted kashida, a letter
     *       raised off the baseline) to a tatweel U+0640, which also leaves no
     *       gap inside the word for extractors to split it at;</li>
     *   <li>one without advance (a mark whose letter carries it) to the
     *       combining grapheme joiner U+034F, a default-ignorable mark that
     *       extractors fold into the letter before it.</li>
     * </ul>
     */
    static String mapped(String text, Glyph glyph) {
        if (!text.isEmpty()) {
            return text;
        }
        return glyph.advance() > 0 ? "\u0640" : "\u034F";
    }

    /**
     * How much wider than its glyph each glyph's code must be, in font units,
     * so that no gap opens inside a word for an extractor: a glyph that gives
     * text, other than a space, reaches to where the next glyph giving text
     * starts, in its word or the space after it ({@code texts} from
     * {@link #of}, visual order, left to right).
     *
     * <p>Why: extractors place each character in the box of its code (origin,
     * width from {@code /W}) and split a word where the next character starts
     * after a gap (PDFBox: 0.3 average glyph widths with its default settings;
     * poppler a tenth of the font size). Inside an Arabic word such gaps are
     * everywhere something is drawn that gives no text of its own: a tatweel the
     * kashida justifier inserted (one per elongation, about one word in three of
     * a justified paragraph), a letter raised off the baseline whose text the
     * next letter carries, a reh that Amiri sets right of the pen after beh.
     * An empty ToUnicode entry or an empty {@code /ActualText} for the tatweel
     * does not help: PDFBox copies the first as a space, and splits the line at
     * the second (both measured).
     */
    static int[] gapsClosed(GlyphRun run, String[] texts) {
        List<Glyph> glyphs = run.glyphs();
        int n = glyphs.size();
        int[] extra = new int[n];
        int previous = -1;
        float previousEnd = 0;
        float pen = 0;
        for (int i = 0; i < n; i++) {
            Glyph g = glyphs.get(i);
            float at = pen + g.xOffset();
            pen += g.advance();
            if (texts[i].isEmpty()) {
                continue;
            }
            if (previous >= 0 && at - previousEnd > GAP) {
                extra[previous] = (int) Math.ceil(at - previousEnd - GAP);
            }
            // a space is not widened: the room justification gives it is a gap extractors read as a space anyway
            previous = texts[i].isBlank() ? -1 : i;
            previousEnd = at + run.font().advance(g.id());
        }
        return extra;
    }

    /**
     * The bidi mark to put before a line, at its left edge, so that an
     * extractor rebuilding logical order with the bidi algorithm over the
     * visual line (PDFBox runs {@code java.text.Bidi} with
     * DIRECTION_DEFAULT_LEFT_TO_RIGHT on it) resolves it as the engine did:
     * <ul>
     *   <li>ALM (U+061C, an Arabic letter mark) before a right-to-left line
     *       whose leftmost character is not a right-to-left letter: a Latin
     *       word there would make the extractor guess a left-to-right line,
     *       and a number there ({@code 0736-482915} ending an Arabic line) would
     *       be read as European digits, which keep their hyphen (rule W4)
     *       where the engine, reading them after Arabic letters as Arabic
     *       digits (W2), split them;</li>
     *   <li>LRM before a left-to-right line whose leftmost strong letter is
     *       Arabic.</li>
     * </ul>
     * Null for other lines, most of them.
     */
    static String directionMark(ShapedLine line) {
        boolean first = true;
        for (GlyphRun run : line.runs()) {
            for (Glyph g : run.glyphs()) {
                for (int i = 0; i < g.text().length(); ) {
                    int cp = g.text().codePointAt(i);
                    int dir = UCharacter.getDirection(cp);
                    boolean rtl = dir == UCharacterDirection.RIGHT_TO_LEFT
                            || dir == UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
                    if (line.isRightToLeft() && first) {
                        return rtl ? null : "\u061C";
                    }
                    if (rtl) {
                        return "\u200E";
                    }
                    if (dir == UCharacterDirection.LEFT_TO_RIGHT) {
                        return null;
                    }
                    first = false;
                    i += Character.charCount(cp);
                }
            }
        }
        return null;
    }

    /**
     * The letter a mark belongs to: of the nearest glyphs on either side that
     * are not marks (the marks between skipped), the one whose text comes last
     * before the mark's; -1 if there is none (a mark on its own).
     */
    static int baseOfMark(List<Glyph> glyphs, int mark) {
        int start = glyphs.get(mark).charStart();
        int best = -1;
        for (int step : new int[] {-1, 1}) {
            int j = mark + step;
            while (j >= 0 && j < glyphs.size() && glyphs.get(j).isMark()) {
                j += step;
            }
            if (j >= 0 && j < glyphs.size()) {
                Glyph g = glyphs.get(j);
                if (g.advance() > 0 && !g.isWordSpace() && g.charStart() < start
                        && (best < 0 || g.charStart() > glyphs.get(best).charStart())) {
                    best = j;
                }
            }
        }
        return best;
    }

    /** The nearest glyph from k in the given logical direction, in the same word, on the baseline and not a mark; -1 if none. */
    private static int baselineGlyph(List<Glyph> glyphs, int[] logical, int k, int step) {
        for (int j = k + step; j >= 0 && j < logical.length; j += step) {
            Glyph g = glyphs.get(logical[j]);
            if (g.isWordSpace()) {
                return -1;
            }
            if (!g.isMark() && g.yOffset() == 0) {
                return j;
            }
        }
        return -1;
    }

    private static int resolve(int[] target, int k) {
        int at = k;
        for (int hops = 0; target[at] != at && hops < target.length; hops++) {
            at = target[at];
        }
        return at;
    }

    private static String join(List<Glyph> group) {
        if (group.isEmpty()) {
            return "";
        }
        if (group.size() == 1) {
            return group.get(0).text();
        }
        List<Glyph> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingInt(Glyph::charStart));
        StringBuilder sb = new StringBuilder();
        for (Glyph g : sorted) {
            sb.append(g.text());
        }
        return sb.toString();
    }
}
