package org.nashra.render.pdf.internal.text;

import java.util.List;
import org.nashra.render.pdf.internal.font.FontFace;

/**
 * Shapes a stretch of text in one font and one direction: the service the
 * engine uses for every word, and that a justifier may call to re-shape a word
 * (for instance with tatweel U+0640 inserted at a kashida point, so that the
 * font itself picks the joining forms on both sides of the elongation).
 *
 * <p>Implementations are thread-safe and cache their results.
 *
 * <pre>{@code
 * List<Glyph> glyphs = shaper.shape(amiri, "كتاب", 0, 4, true);
 * // visual order; charStart/charEnd/text refer to "كتاب"
 * }</pre>
 */
public interface Shaper {

    /**
     * Shapes {@code text[start, end)}.
     *
     * <p>The characters outside the range are not seen by the shaper (no context
     * across the boundary), which is right at word boundaries.
     *
     * @param font        the face to shape with; it should cover every character
     *                    (characters it lacks come back as glyph 0)
     * @param text        the text the cluster indices of the result refer to
     * @param start       first char to shape
     * @param end         end (exclusive)
     * @param rightToLeft the run direction
     * @return the glyphs in visual order (left to right), with cluster spans and
     *         {@link Glyph#text()} against {@code text}
     */
    List<Glyph> shape(FontFace font, CharSequence text, int start, int end, boolean rightToLeft);
}
