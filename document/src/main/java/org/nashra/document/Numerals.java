package org.nashra.document;

/**
 * Which digits the document writes in numbers, dates, times, list numbers and
 * (except {@link #AS_WRITTEN}) in the values it cuts from the text.
 *
 * <pre>{@code
 * DocumentOptions.builder().numerals(Numerals.ARABIC_INDIC).build();   // 20 تشرين الأول 2018 → ٢٠ تشرين الأول ٢٠١٨
 * }</pre>
 */
public enum Numerals {
    /**
     * Values cut from the text keep their digits; composed numbers and dates use
     * the digits the source text mostly uses (Latin when it has none).
     */
    AS_WRITTEN,
    /** 0–9 everywhere, also for Arabic-Indic (٣) and Persian (۳) digits of the text. */
    LATIN,
    /** Arabic-Indic digits (٠–٩) everywhere except inside Latin runs ({@code COVID-19} stays). */
    ARABIC_INDIC
}
