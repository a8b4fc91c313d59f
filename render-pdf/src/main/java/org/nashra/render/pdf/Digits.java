package org.nashra.render.pdf;

/**
 * Which digits are drawn. Copying text out of the PDF gives the digits of the
 * source whatever is drawn.
 *
 * <pre>{@code
 * PdfRenderer.builder().digits(Digits.ARABIC).build();   // "عام 2019" drawn as "عام ٢٠١٩"
 * }</pre>
 */
public enum Digits {
    /** The digits of the text, as written. */
    AS_WRITTEN,
    /** 0–9, also for Arabic-Indic (٣) and Persian (۳) digits in the text. */
    LATIN,
    /**
     * Arabic-Indic digits (٠١٢٣…) for 0–9 that follow Arabic text (or open a
     * right-to-left paragraph); numbers inside Latin text keep 0–9.
     */
    ARABIC
}
