/**
 * The PDF layer: Type 0 fonts built from the glyphs actually drawn (subset,
 * widths, ToUnicode), and content streams that draw shaped lines by glyph id.
 *
 * <p>Internal: not exported by the module.
 */
package org.nashra.render.pdf.internal.pdf;
