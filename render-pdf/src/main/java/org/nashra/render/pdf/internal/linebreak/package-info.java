/**
 * Line breaking: ICU4J's UAX #14 break opportunities on the logical text, and a
 * total-fit choice among them (Knuth–Plass) by shaped widths.
 *
 * <p>Internal: not exported by the module.
 */
package org.nashra.render.pdf.internal.linebreak;
