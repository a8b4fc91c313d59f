package org.nashra.render.pdf;

/**
 * No font of the chain has a glyph for a character, and the caller asked for
 * an error ({@link MissingGlyphs#FAIL}) rather than a replacement; or no font has
 * even a replacement to stand for it. Nothing is written when it is thrown.
 *
 * <pre>{@code
 * PdfRenderer strict = PdfRenderer.builder().missingGlyphs(MissingGlyphs.FAIL).build();
 * try {
 *     strict.render(bulletin, text, out);
 * } catch (MissingGlyphException e) {
 *     System.err.printf("U+%04X at %d has no glyph%n", e.codePoint(), e.offset());
 * }
 * }</pre>
 */
public final class MissingGlyphException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The character without a glyph. */
    private final int codePoint;
    /** Its UTF-16 offset in the paragraph. */
    private final int offset;

    /**
     * An exception naming the character, where it is and the fonts tried.
     *
     * @param codePoint the character without a glyph
     * @param offset    its UTF-16 offset in the paragraph
     * @param fonts     the names of the fonts tried, for the message
     */
    public MissingGlyphException(int codePoint, int offset, String fonts) {
        super(String.format("no font has a glyph for U+%04X %s at offset %d (fonts tried: %s)",
                codePoint, describe(codePoint), offset, fonts));
        this.codePoint = codePoint;
        this.offset = offset;
    }

    /**
     * The character without a glyph (an unpaired surrogate is reported as itself).
     *
     * @return the code point
     */
    public int codePoint() {
        return codePoint;
    }

    /**
     * Its UTF-16 offset in the paragraph.
     *
     * @return the offset
     */
    public int offset() {
        return offset;
    }

    /**
     * A character's name for messages.
     *
     * @param codePoint the character
     * @return {@code (LATIN SMALL LETTER A)}, or {@code (unassigned)}
     */
    public static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return name == null ? "(unassigned)" : "(" + name + ")";
    }
}
