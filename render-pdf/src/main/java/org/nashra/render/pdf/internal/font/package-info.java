/**
 * Fonts as the engine uses them: {@link org.nashra.render.pdf.internal.font.FontFace}
 * (a loaded TrueType face) and {@link org.nashra.render.pdf.internal.font.FontChain}
 * (itemisation: which face draws each character).
 *
 * <p>Internal: not exported by the module.
 */
package org.nashra.render.pdf.internal.font;
