package org.nashra.render.pdf;

/**
 * How body lines fill the measure. The last line of a paragraph is never
 * justified; it sits at the paragraph's start edge.
 *
 * <pre>{@code
 * PdfRenderer.builder().justification(Justification.INTER_WORD).build();
 * }</pre>
 */
public enum Justification {
    /** Ragged lines at the start edge (right for Arabic). */
    NONE,
    /** Extra width spread evenly over the spaces between words. */
    INTER_WORD,
    /**
     * The default: Arabic words elongated with kashidas (tatweel) at the joins
     * Arabic typesetting allows (after seen and sad, before a final ha or teh
     * marbuta, between medial letters…; never in a ligature, next to harakat or
     * in Latin), the remainder, under one tatweel, spread over the spaces. A
     * line with no Arabic word to elongate (a Latin line) is spaced as
     * {@link #INTER_WORD}. Copy and paste gives the words without the inserted
     * tatweels.
     */
    KASHIDA
}
