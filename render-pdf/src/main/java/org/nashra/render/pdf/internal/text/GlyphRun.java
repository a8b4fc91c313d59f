package org.nashra.render.pdf.internal.text;

import java.util.List;
import java.util.Objects;
import org.nashra.render.pdf.internal.font.FontFace;

/**
 * Glyphs of one font, size and bidi level, in visual order (left to right on
 * the page, whatever the direction: an Arabic word's glyphs come last letter
 * first, as HarfBuzz returns them for a right-to-left buffer).
 *
 * <p>{@code start}..{@code end} is the run's span of the paragraph text. A run
 * may hold several words and the spaces between them.
 *
 * <pre>{@code
 * GlyphRun run = new GlyphRun(amiri, 12f, 1, 0, 5, glyphs);
 * float widthInPoints = run.width();
 * }</pre>
 *
 * @param font     the face the glyph ids belong to
 * @param fontSize in points
 * @param level    bidi embedding level; odd is right-to-left
 * @param start    first char of the run in the paragraph text
 * @param end      end (exclusive) of the run in the paragraph text
 * @param glyphs   in visual order; copied, never null
 */
public record GlyphRun(FontFace font, float fontSize, int level, int start, int end, List<Glyph> glyphs) {

    public GlyphRun {
        Objects.requireNonNull(font, "font");
        glyphs = List.copyOf(glyphs);
        if (!(fontSize > 0) || Float.isInfinite(fontSize)) {
            throw new IllegalArgumentException("font size must be positive: " + fontSize);
        }
        if (level < 0 || level > 126) {
            throw new IllegalArgumentException("bidi level out of range: " + level);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad run span: " + start + ".." + end);
        }
    }

    /** True if the run is right-to-left (odd level). */
    public boolean isRightToLeft() {
        return (level & 1) == 1;
    }

    /** Points per font unit of this run. */
    public float scale() {
        return fontSize / font.unitsPerEm();
    }

    /** The sum of the advances, in points. */
    public float width() {
        float units = 0;
        for (Glyph g : glyphs) {
            units += g.advance();
        }
        return units * scale();
    }

    /** A copy holding other glyphs (for justification). */
    public GlyphRun withGlyphs(List<Glyph> newGlyphs) {
        return new GlyphRun(font, fontSize, level, start, end, newGlyphs);
    }
}
