/**
 * The paragraph pipeline: bidi, itemisation, shaping, line breaking and
 * justification, from a logical string to shaped lines in visual order.
 *
 * <p>Internal: not exported by the module.
 */
package org.nashra.render.pdf.internal.typeset;
