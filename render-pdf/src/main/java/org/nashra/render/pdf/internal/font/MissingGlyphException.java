package org.nashra.render.pdf.internal.font;

/**
 * No font of the chain has a glyph for a character, and the caller asked for
 * an error rather than a replacement.
 */
public final class MissingGlyphException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int codePoint;
    private final int offset;

    public MissingGlyphException(int codePoint, int offset, String fonts) {
        super(String.format("no font has a glyph for U+%04X %s at offset %d (fonts tried: %s)",
                codePoint, describe(codePoint), offset, fonts));
        this.codePoint = codePoint;
        this.offset = offset;
    }

    /** The character without a glyph (an unpaired surrogate is reported as itself). */
    public int codePoint() {
        return codePoint;
    }

    /** Its UTF-16 offset in the paragraph. */
    public int offset() {
        return offset;
    }

    static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return name == null ? "(unassigned)" : "(" + name + ")";
    }
}
