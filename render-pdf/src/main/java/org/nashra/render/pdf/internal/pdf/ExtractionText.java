package org.nashra.render.pdf.internal.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
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
     * The texts of a run ({@code texts}, visual order) with an Arabic letter mark (ALM, U+061C,
     * invisible, and changing nothing for the bidi algorithm next to Arabic letters) beside some
     * inter-word spaces of a right-to-left run, so that extractors that rebuild the order each their
     * own way all put the space where it was written. It depends on the glyph right of the space
     * (where the next word, in visual order, ends):
     * <ul>
     *   <li>a mark (a word ending in a haraka: HarfBuzz puts it before its letter): {@code ALM space}.
     *       pdf.js takes a code whose text starts with white space for a gap, and puts a space back
     *       before the next character only if that character is not a mark, after comparing
     *       positions, which it does not do for a mark: such a word came back split
     *       ({@code صباحا ً}). A code starting with ALM is text to pdf.js, space included;</li>
     *   <li>a character other than a right-to-left letter (punctuation, a digit, a Latin letter):
     *       {@code space ALM}. poppler reads a right-to-left line from its right end, a stretch of
     *       Arabic letters and the neutrals after it reversed, then a stretch of anything else (it
     *       counts punctuation and digits as left to right) and the neutrals after it as drawn: the
     *       space left of {@code ،}, {@code .}, {@code :} or a number went with it to the wrong side
     *       ({@code بستوكهولم ،بحضور}, {@code 16و 17}). The ALM ends that stretch before the
     *       space.</li>
     * </ul>
     * No text ends with the ALM where pdf.js would see it: pdf.js drops a code whose text ends with
     * a format character, space and all. {@code next} is the glyph right of the run on its line, or
     * null.
     */
    static String[] spacesMarked(GlyphRun run, Glyph next, String[] texts) {
        if (!run.isRightToLeft()) {
            return texts;
        }
        List<Glyph> glyphs = run.glyphs();
        String[] result = texts;
        for (int i = 0; i < glyphs.size(); i++) {
            boolean inRun = i + 1 < glyphs.size();
            Glyph right = inRun ? glyphs.get(i + 1) : next;
            // a left-to-right letter in a right-to-left run is under a bidi override, mapped apart
            if (!glyphs.get(i).isWordSpace() || right == null
                    || !right.isMark() && !isNeutralOrLeftToRight(right, !inRun)) {
                continue;
            }
            if (result == texts) {
                result = texts.clone();
            }
            result[i] = right.isMark() ? ALM + result[i] : result[i] + ALM;
        }
        return result;
    }

    private static final String ALM = "\u061C";

    private static final String LRM = "\u200E";

    /*
     * The drawing order. Extractors rebuild a line's logical order from the order the codes are
     * drawn in, each its own way:
     * - MuPDF (1.28) gives each code the direction of its first character (L, EN, ES, ET left to
     *   right; R, AL, AN right to left; the rest continues the one before), reverses each stretch
     *   of right-to-left characters in place and keeps the stretches in drawing order; after a
     *   jump back along the line a left-to-right character starts a new line;
     * - PDFBox (PDFTextStripper as it comes) runs the bidi algorithm over each word of a line in
     *   drawing order, a word ending where the next code starts right of where it expects;
     * - pdf.js ends a text item where the next glyph starts left of the pen, runs its bidi
     *   algorithm over each item alone, and keeps the items in drawing order; it skips a code
     *   whose text ends with a format character;
     * - PDFBox sorted by position and poppler read positions, not the drawing order.
     * So the page writer draws each line's runs in logical order (each run's glyphs left to
     * right, where they belong), and marks the runs with invisible codes that make PDFBox read a
     * left-to-right line whose right-to-left runs are reversed one by one, as MuPDF does:
     * LINE_START first, RUN_START before a run, a run end after it.
     */

    /** The text of the invisible code drawn first on a line, at its right end: an LRM, so that PDFBox takes the line for a left-to-right one. */
    static final String LINE_START = LRM;

    /**
     * The text of the invisible code drawn before a right-to-left run, or any run of a
     * right-to-left line, a unit wide and ending where the run starts: an ALM, so that a neutral
     * starting the run (a full stop, a space) goes with it for PDFBox, and so that MuPDF, back
     * along the line, continues the line (it starts a new line at a left-to-right character).
     */
    static final String RUN_START = ALM;

    /**
     * The texts of the invisible codes drawn after a right-to-left run, inside its right end: an ALM
     * (a neutral ending the run goes with it for PDFBox) then an LRM, which ends the run for PDFBox
     * and MuPDF, so that each reverses it alone.
     */
    static final String[] RIGHT_TO_LEFT_RUN_END = {ALM, LRM};

    /** The text of the invisible code drawn after a left-to-right run: an LRM (see {@link #RIGHT_TO_LEFT_RUN_END}). */
    static final String[] LEFT_TO_RIGHT_RUN_END = {LRM};

    /**
     * The texts of a right-to-left run ({@code texts}) with a word space at either end of it mapped
     * to {@code ALM space}: drawn next to the run start or end codes, a space would be a neutral
     * between an ALM and an LRM for PDFBox and stay out of the run it belongs to, and pdf.js drops a
     * space that starts a text item; an ALM first is text to pdf.js and right-to-left to MuPDF.
     */
    static String[] edgeSpacesMarked(GlyphRun run, String[] texts) {
        List<Glyph> glyphs = run.glyphs();
        if (!run.isRightToLeft() || glyphs.isEmpty()) {
            return texts;
        }
        String[] result = texts.clone();
        for (int i : new int[] {0, glyphs.size() - 1}) {
            if (glyphs.get(i).isWordSpace()) {
                result[i] = ALM + glyphs.get(i).text();
            }
        }
        return result;
    }

    /**
     * The text of a glyph ({@code text}) with a mark first where MuPDF would give it the wrong
     * direction: an ALM before a European separator or terminator in a right-to-left run (the dash
     * of {@code ١- رفع}, which MuPDF would leave at the other end of the run) or before a dash
     * ending a line ({@code dash}, see {@link #endsLineWithDash}); an LRM before an Arabic-Indic digit,
     * which MuPDF would reverse with a right-to-left stretch ({@code ٢٠٢٣} came back {@code ٣٢٠٢})
     * while the others keep it left to right.
     */
    static String directed(GlyphRun run, Glyph glyph, String text, boolean dash) {
        if (glyph.text().isEmpty()) {
            return text;
        }
        int dir = UCharacter.getDirection(glyph.text().codePointAt(0));
        if (dash || run.isRightToLeft() && (dir == UCharacterDirection.EUROPEAN_NUMBER_SEPARATOR
                || dir == UCharacterDirection.EUROPEAN_NUMBER_TERMINATOR)) {
            return ALM + text;
        }
        return dir == UCharacterDirection.ARABIC_NUMBER ? LRM + text : text;
    }

    /**
     * The texts of the invisible, zero-width codes drawn left and right of a mirrored glyph (see
     * {@link #asWrittenIfMirrored}): a word joiner (U+2060) then a left-to-right isolate (U+2066),
     * and a word joiner then its end (U+2069). PDFBox runs the bidi algorithm over the line and
     * mirrors every character it resolves to a right-to-left level; isolated left to right, a
     * bracket is left as written, and in its place. MuPDF takes a code's direction from its first
     * character: the word joiner (a boundary neutral) continues the direction before it, so the
     * codes stay in the right-to-left stretch MuPDF reverses (an isolate or a mark first would
     * make them a left-to-right island). pdf.js skips a code whose text ends with a format
     * character (and does not mirror), so it reads the bracket alone; a combining character in
     * the code would make pdf.js take it for a mark and add a space after a word space.
     */
    static final String ISOLATE_BEFORE_MIRRORED = "\u2060\u2066";

    /** See {@link #ISOLATE_BEFORE_MIRRORED}. */
    static final String ISOLATE_AFTER_MIRRORED = "\u2060\u2069";

    /**
     * The character as written for a glyph HarfBuzz mirrored (a bracket or guillemet in a
     * right-to-left run, drawn with its mirror's glyph, whose {@link Glyph#text()} is the character
     * it shows), or null for any other glyph. pdf.js, poppler and MuPDF do not mirror when they
     * extract, so the code maps to the character as written; PDFBox mirrors every character it
     * resolves right to left, so the page writer isolates it ({@link #ISOLATE_BEFORE_MIRRORED}).
     */
    static String asWrittenIfMirrored(GlyphRun run, Glyph glyph) {
        String text = glyph.text();
        if (!run.isRightToLeft() || text.isEmpty() || text.codePointCount(0, text.length()) != 1) {
            return null;
        }
        int cp = text.codePointAt(0);
        int written = UCharacter.getMirror(cp);
        return written != cp && run.font().covers(written) && run.font().glyphId(' ') != 0
                ? new String(Character.toChars(written)) : null;
    }

    /**
     * The text of the invisible, zero-width code drawn between punctuation and the number right of it
     * in a right-to-left run (the comma written after {@code 1946} in {@code عام 1946، وانتمى}): an ALM
     * (which gives MuPDF a right-to-left code, so it needs no word joiner first). poppler reads a right-to-left line from its right end and takes
     * punctuation and digits together for a left-to-right stretch, so the comma came back before
     * the number ({@code ،1946}); the ALM between them ends the stretch. pdf.js skips the code (its
     * text ends with a format character); for PDFBox and MuPDF an ALM next to Arabic text changes
     * nothing.
     */
    static final String RIGHT_TO_LEFT_BEFORE_NUMBER = "\u061C";

    /**
     * True if glyph {@code i} of a right-to-left run is punctuation with a digit right of it and none
     * left of it (punctuation after a number, not inside one such as {@code 18/4/2023}), and the font
     * has a space glyph to draw {@link #RIGHT_TO_LEFT_BEFORE_NUMBER} with. {@code next} is the glyph
     * right of the run on its line, or null.
     */
    static boolean endsBeforeNumber(GlyphRun run, int i, Glyph next) {
        List<Glyph> glyphs = run.glyphs();
        Glyph right = i + 1 < glyphs.size() ? glyphs.get(i + 1) : next;
        return run.isRightToLeft() && isPunctuation(glyphs.get(i)) && right != null && isDigit(right)
                && (i == 0 || !isDigit(glyphs.get(i - 1))) && run.font().glyphId(' ') != 0;
    }

    /**
     * True if glyph {@code i} is a hyphen or dash ending a right-to-left line on the right (a list
     * item {@code - دعوة …}). poppler takes a line whose rightmost character is a hyphen for a
     * hyphenated one and drops the dash and the line break; MuPDF gives a code starting with a
     * European separator a left-to-right direction and moves it to the other end of the line. Such
     * a dash maps to {@code ALM} and itself (see {@link #mapped}), and {@link #RIGHT_TO_LEFT_BEFORE_NUMBER}
     * follows it, so that the line's last character is the ALM.
     */
    static boolean endsLineWithDash(GlyphRun run, int i, Glyph next) {
        String text = run.glyphs().get(i).text();
        return run.isRightToLeft() && next == null && i == run.glyphs().size() - 1 && text.length() == 1
                && UCharacter.getType(text.charAt(0)) == UCharacterCategory.DASH_PUNCTUATION
                && run.font().glyphId(' ') != 0;
    }

    private static boolean isPunctuation(Glyph glyph) {
        String text = glyph.text();
        if (text.isEmpty() || text.isBlank() || glyph.isMark() || text.codePointCount(0, text.length()) != 1) {
            return false;
        }
        int dir = UCharacter.getDirection(text.codePointAt(0));
        return dir == UCharacterDirection.COMMON_NUMBER_SEPARATOR || dir == UCharacterDirection.OTHER_NEUTRAL
                || dir == UCharacterDirection.EUROPEAN_NUMBER_SEPARATOR
                || dir == UCharacterDirection.EUROPEAN_NUMBER_TERMINATOR;
    }

    private static boolean isDigit(Glyph glyph) {
        if (glyph.text().isEmpty()) {
            return false;
        }
        int dir = UCharacter.getDirection(glyph.text().codePointAt(0));
        return dir == UCharacterDirection.EUROPEAN_NUMBER || dir == UCharacterDirection.ARABIC_NUMBER;
    }

    /**
     * True for a glyph whose text starts with something other than a right-to-left letter or white
     * space; a left-to-right letter counts only if {@code letters}.
     */
    private static boolean isNeutralOrLeftToRight(Glyph glyph, boolean letters) {
        if (glyph.text().isEmpty() || glyph.text().isBlank() || glyph.isMark()) {
            return false;
        }
        int dir = UCharacter.getDirection(glyph.text().codePointAt(0));
        return dir != UCharacterDirection.RIGHT_TO_LEFT && dir != UCharacterDirection.RIGHT_TO_LEFT_ARABIC
                && (letters || dir != UCharacterDirection.LEFT_TO_RIGHT);
    }

    /** The first glyph of the first run from {@code index} on that has one, or null. */
    static Glyph firstGlyph(List<GlyphRun> runs, int index) {
        for (int i = index; i < runs.size(); i++) {
            if (!runs.get(i).glyphs().isEmpty()) {
                return runs.get(i).glyphs().get(0);
            }
        }
        return null;
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
     * The mark to put before a line, at its left edge, drawn before the line's leftmost run:
     * <ul>
     *   <li>LRM before a left-to-right line whose leftmost strong letter is Arabic, so that PDFBox
     *       sorting by position, which guesses a line's direction from its first strong character
     *       left to right, reads it left to right;</li>
     *   <li>before a right-to-left line whose leftmost glyph is a mark (a word ending in a haraka),
     *       RLM and a space ({@code "\u200F "}): pdf.js, which places marks without comparing
     *       positions, would put the mark at the start of the next item unless a code that is no
     *       mark comes first, and it drops a code whose text ends with a format character (RLM,
     *       not ALM: {@code "\u061C "} is the text of a word space before a mark, see
     *       {@link #spacesMarked}).</li>
     * </ul>
     * A right-to-left line needs no other: the run start code of its leftmost run
     * ({@link #RUN_START}, an ALM) comes first left to right.
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
                        return !rtl && g.isMark() ? "\u200F " : null;
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
