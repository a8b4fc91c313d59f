/**
 * Bidi: the Unicode Bidirectional Algorithm (UAX #9) through ICU4J, per
 * paragraph for the levels and per line for the visual order.
 *
 * <p>Internal: not exported by the module.
 */
package org.nashra.render.pdf.internal.bidi;
