/**
 * Shaping: the JDK's layout engine (HarfBuzz inside) behind the
 * {@link org.nashra.render.pdf.internal.text.Shaper} interface, with a cache of
 * shaped words.
 *
 * <p>Internal: not exported by the module.
 */
package org.nashra.render.pdf.internal.shaping;
