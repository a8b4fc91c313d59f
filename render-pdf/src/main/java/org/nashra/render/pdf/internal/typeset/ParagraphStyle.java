package org.nashra.render.pdf.internal.typeset;

import java.util.Objects;
import org.nashra.render.pdf.internal.bidi.BaseDirection;
import org.nashra.render.pdf.internal.font.FontChain;
import org.nashra.render.pdf.internal.font.FontFace;
import org.nashra.render.pdf.internal.text.Justifier;

/**
 * How a paragraph is set.
 *
 * @param fonts     the fallback chain, first face preferred
 * @param fontSize  in points
 * @param direction how the base direction is chosen
 * @param justifier how lines fill the measure
 * @param missing   what to do with a character no face has
 * @param digits    which digits are drawn
 */
public record ParagraphStyle(FontChain fonts, float fontSize, BaseDirection direction, Justifier justifier,
                             FontChain.Missing missing, DigitForm digits) {

    public ParagraphStyle {
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(justifier, "justifier");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(digits, "digits");
        if (!(fontSize > 0) || Float.isInfinite(fontSize)) {
            throw new IllegalArgumentException("font size must be positive: " + fontSize);
        }
    }

    /** Baseline to baseline: the primary face's ascender, descender and line gap, at least 1.2 em. */
    public float lineHeight() {
        FontFace face = fonts.primary();
        float em = face.ascender() - face.descender() + face.lineGap();
        return Math.max(1.2f, em / face.unitsPerEm()) * fontSize;
    }
}
