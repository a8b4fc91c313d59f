package org.nashra.render.pdf.internal.typeset;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;

/**
 * Which digits are drawn, whatever digits the text holds (ICU
 * {@link ArabicShaping}, digit options only: letters are left to the shaper).
 * The text copied out of the PDF keeps the digits of the source.
 */
public enum DigitForm {
    /** The digits of the text. */
    AS_WRITTEN(0, 0),
    /** Arabic-Indic (U+0660…) and Persian (U+06F0…) digits drawn as 0–9. */
    LATIN(ArabicShaping.DIGITS_AN2EN | ArabicShaping.DIGIT_TYPE_AN,
            ArabicShaping.DIGITS_AN2EN | ArabicShaping.DIGIT_TYPE_AN_EXTENDED),
    /**
     * 0–9 drawn as Arabic-Indic digits where the last strong letter before them
     * is Arabic (from the start of a right-to-left paragraph, Arabic is assumed),
     * so numbers inside Latin text keep their digits.
     */
    ARABIC(ArabicShaping.DIGITS_EN2AN_INIT_AL | ArabicShaping.DIGIT_TYPE_AN,
            ArabicShaping.DIGITS_EN2AN_INIT_LR | ArabicShaping.DIGIT_TYPE_AN);

    private final int first;
    private final int second;

    DigitForm(int first, int second) {
        this.first = first;
        this.second = second;
    }

    /**
     * The text with its digits replaced, char for char (same length, same
     * indices).
     *
     * @param rightToLeft the paragraph's base direction
     */
    public String apply(String text, boolean rightToLeft) {
        try {
            switch (this) {
                case LATIN:
                    return new ArabicShaping(second).shape(new ArabicShaping(first).shape(text));
                case ARABIC:
                    return new ArabicShaping(rightToLeft ? first : second).shape(text);
                default:
                    return text;
            }
        } catch (ArabicShapingException e) {
            // only letter shaping can fail (no room for lam-alef); digit options never do
            throw new IllegalStateException(e);
        }
    }
}
