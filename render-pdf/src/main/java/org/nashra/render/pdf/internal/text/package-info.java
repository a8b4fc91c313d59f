/**
 * The text layer's data: shaped glyphs, glyph runs and lines, and the two
 * services other layers plug into them, {@link org.nashra.render.pdf.internal.text.Shaper}
 * and {@link org.nashra.render.pdf.internal.text.Justifier}.
 *
 * <p>A paragraph goes bidi → itemisation → shaping → line breaking →
 * justification → PDF. Everything from shaping on speaks in these types:
 * a {@link org.nashra.render.pdf.internal.text.ShapedLine} is a list of
 * {@link org.nashra.render.pdf.internal.text.GlyphRun}s in visual order (left to
 * right on the page), each run one font, one size and one bidi level, holding
 * {@link org.nashra.render.pdf.internal.text.Glyph}s in visual order too.
 *
 * <p>Internal: not exported by the module; may change without notice.
 */
package org.nashra.render.pdf.internal.text;
