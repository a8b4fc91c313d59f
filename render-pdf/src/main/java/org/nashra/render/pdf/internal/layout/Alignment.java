package org.nashra.render.pdf.internal.layout;

/** Where a line narrower than the measure sits. */
public enum Alignment {
    /** At the paragraph's start edge: right for right-to-left, left for left-to-right. */
    START,
    /** Centred. */
    CENTER
}
