/**
 * The layout layer: blocks of set lines placed on pages, and the pages drawn
 * through the PDF layer.
 *
 * <p>Internal: not exported by the module.
 */
package org.nashra.render.pdf.internal.layout;
