package org.nashra.render.pdf.internal.bidi;

/** How a paragraph's base direction is chosen. */
public enum BaseDirection {
    /**
     * From the first strong character outside isolates (rules P2–P3); a
     * paragraph without any (digits only, say) is right-to-left, since nashra
     * prints Arabic documents.
     */
    AUTO,
    /** Left-to-right whatever the text. */
    LTR,
    /** Right-to-left whatever the text. */
    RTL
}
