package org.nashra.render.pdf;

/**
 * What happens to a character that no font of the chain can draw. It is never
 * drawn as glyph 0 (the empty box that copies as nothing).
 *
 * <pre>{@code
 * PdfRenderer strict = PdfRenderer.builder().missingGlyphs(MissingGlyphs.FAIL).build();
 * }</pre>
 */
public enum MissingGlyphs {
    /** Rendering fails with a {@link MissingGlyphException} naming the character and its offset. */
    FAIL,
    /**
     * The character is drawn as U+FFFD (or "?" where no font has U+FFFD), still
     * copies as itself, and a warning goes into the {@link RenderReport}.
     */
    REPLACE
}
