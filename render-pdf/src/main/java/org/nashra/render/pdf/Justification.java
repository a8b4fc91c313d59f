package org.nashra.render.pdf;

/**
 * How body lines fill the measure. The last line of a paragraph is never
 * justified; it sits at the paragraph's start edge.
 *
 * <pre>{@code
 * PdfRenderer.builder().justification(Justification.NONE).build();
 * }</pre>
 */
public enum Justification {
    /** Ragged lines at the start edge (right for Arabic). */
    NONE,
    /** Extra width spread evenly over the spaces between words. */
    INTER_WORD
}
