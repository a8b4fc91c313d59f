package org.nashra.render.html;

import org.nashra.fonts.FontSource;

/**
 * A bundled face the page's stylesheet names: its family name, weight, file and the characters
 * it is used for. A print engine that reads {@link HtmlRenderer#printablePage} registers these
 * under the same family names, so the page's text is drawn with the bundled fonts.
 *
 * <pre>{@code
 * for (FontFace face : HtmlRenderer.fontFaces()) {
 *     builder.useFont(face.source()::openStream, face.family(), face.weight(), ...);
 * }
 * }</pre>
 *
 * @param family       the family name the stylesheet uses
 * @param weight       400 or 700
 * @param source       the font file
 * @param unicodeRange the characters it is used for (CSS {@code unicode-range}), or null for all it has
 */
public record FontFace(String family, int weight, FontSource source, String unicodeRange) {
}
