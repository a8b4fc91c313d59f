package org.nashra.render.pdf.internal.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import java.util.List;
import org.nashra.render.pdf.internal.text.Glyph;
import org.nashra.render.pdf.internal.text.GlyphRun;
import org.nashra.render.pdf.internal.text.ShapedLine;

/**
 * What each glyph of a run gives when the text is extracted: its own
 * {@link Glyph#text()}, one character per glyph wherever the font draws one
 * glyph per character, so that no code maps to a sequence an extractor could
 * reverse (pdf.js and poppler reverse the characters of one code in a
 * right-to-left line: {@code مساءً} came back {@code مساًء}); glyphs that stand
 * for no character of their own still map to something that adds no letter
 * ({@link #mapped}), as PDF/A-2a and PDF/UA-1 require.
 *
 * <p>Where each glyph is drawn for extractors is the page writer's part: every
 * glyph on the baseline at its pen, a mark at the start of its letter
 * ({@link #baseOfMark}), the shaper's offsets inside the font program.
 */
final class ExtractionText {

    private ExtractionText() {
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
     * {@link #own}: PDF/A-2a and PDF/UA-1 want every code mapped, so a glyph
     * that stands for no character of its own still maps to something that adds
     * no letter:
     * <ul>
     *   <li>one that draws ink along the line (a tatweel the kashida justifier
     *       inserted) to a tatweel U+0640;</li>
     *   <li>one without advance (the second glyph of a letter a font draws in
     *       two) to the combining grapheme joiner U+034F, a default-ignorable
     *       mark that extractors fold into the letter before it.</li>
     * </ul>
     */
    static String mapped(String text, Glyph glyph) {
        if (!text.isEmpty()) {
            return text;
        }
        return glyph.advance() > 0 ? "\u0640" : "\u034F";
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
                if (!g.text().isEmpty() && !g.isWordSpace() && g.charStart() < start
                        && (best < 0 || g.charStart() > glyphs.get(best).charStart())) {
                    best = j;
                }
            }
        }
        return best;
    }
}
