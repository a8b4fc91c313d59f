package org.nashra.render.pdf.internal.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import java.util.Objects;

/**
 * One positioned glyph, as the shaper (HarfBuzz inside the JDK) placed it.
 *
 * <p>Positions follow HarfBuzz's model, in the font units of the run's font:
 * the glyph is drawn at the pen position plus ({@code xOffset}, {@code yOffset}),
 * then the pen moves right by {@code advance}. Marks usually have advance 0 and
 * an offset; a mark may also carry its own advance when the font says so. The
 * y axis points up (a raised mark has a positive {@code yOffset}).
 *
 * <p>Text mapping: {@code charStart}..{@code charEnd} is the span of the
 * paragraph text (indices into {@link ShapedLine#text()}) of the glyph's
 * <em>cluster</em>, the smallest run of characters the shaper mapped as a unit
 * (all glyphs of a cluster share it). {@code text} is this glyph's own share of
 * the cluster, the characters copy-and-paste should give for it: the whole
 * ligature for a ligature glyph ({@code "لا"}, {@code "الله"}), the mark for a
 * mark glyph, the empty string for a glyph that stands for no character of its
 * own (the second glyph of a decomposed letter, or a tatweel that a justifier
 * inserted: such glyphs are drawn but give no text). A glyph the shaper
 * mirrored in a right-to-left run (a parenthesis) stands for the character it
 * shows (the PDF writer maps it back to the character as written, see
 * {@code ExtractionText.asWrittenIfMirrored}).
 *
 * <pre>{@code
 * Glyph alef = new Glyph(1833, 155, 0, 0, 0, 1, "ا");
 * Glyph wider = alef.withAdvance(alef.advance() + 120);   // what a justifier does
 * }</pre>
 *
 * @param id       glyph id in the run's font (never 0 once itemisation has run)
 * @param advance  pen movement after the glyph, font units
 * @param xOffset  horizontal displacement from the pen, font units
 * @param yOffset  vertical displacement from the baseline, font units, up positive
 * @param charStart first char of the glyph's cluster in the paragraph text
 * @param charEnd  end (exclusive) of the cluster; {@code charStart <= charEnd}
 * @param text     the characters this glyph stands for, possibly empty; never null
 */
public record Glyph(int id, float advance, float xOffset, float yOffset, int charStart, int charEnd, String text) {

    public Glyph {
        Objects.requireNonNull(text, "text");
        if (id < 0 || id > 0xFFFF) {
            throw new IllegalArgumentException("glyph id out of range: " + id);
        }
        if (charStart < 0 || charEnd < charStart) {
            throw new IllegalArgumentException("bad cluster span: " + charStart + ".." + charEnd);
        }
    }

    /** A copy with another advance (for justification). */
    public Glyph withAdvance(float newAdvance) {
        return new Glyph(id, newAdvance, xOffset, yOffset, charStart, charEnd, text);
    }

    /** A copy standing for other text over another cluster (for glyphs re-shaped out of context). */
    public Glyph withText(int newCharStart, int newCharEnd, String newText) {
        return new Glyph(id, advance, xOffset, yOffset, newCharStart, newCharEnd, newText);
    }

    /** A copy shifted by the given offsets. */
    public Glyph withOffset(float newXOffset, float newYOffset) {
        return new Glyph(id, advance, newXOffset, newYOffset, charStart, charEnd, text);
    }

    /** True if every character this glyph stands for is a combining mark (harakat, shadda…). */
    public boolean isMark() {
        // a loop, not a stream: this is asked for every glyph drawn, and the stream was 8% of a render
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isCombining(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return !text.isEmpty();
    }

    /** True if the glyph stands for two or more base characters (a ligature such as lam-alef). */
    public boolean isLigature() {
        return text.codePoints().filter(cp -> !isCombining(cp)).count() > 1;
    }

    /** True for a glyph of an inter-word space (U+0020 or no-break space): where inter-word justification stretches. */
    public boolean isWordSpace() {
        return text.equals(" ") || text.equals("\u00A0");
    }

    private static boolean isCombining(int codePoint) {
        int type = UCharacter.getType(codePoint);
        return type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
                || type == UCharacterCategory.COMBINING_SPACING_MARK;
    }
}
