/**
 * Line breaking: ICU4J's UAX #14 break opportunities on the logical text, and a
 * first-fit choice among them by shaped widths.
 *
 * <p>Internal: not exported by the module.
 */
package org.nashra.render.pdf.internal.linebreak;
