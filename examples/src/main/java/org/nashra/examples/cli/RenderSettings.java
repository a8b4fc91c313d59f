package org.nashra.examples.cli;

import java.util.Locale;

/**
 * How {@code render} lays the bulletin out, whatever the file type.
 *
 * @param page    the paper size
 * @param digits  the digits numbers are written in
 * @param margins the margins all round, millimetres
 * @param accent  the colour of rules and table header bands, {@code 0xRRGGBB}
 */
record RenderSettings(Page page, Digits digits, float margins, int accent) {

    /** The defaults of the options beyond page and digits: 20 mm margins, a grey accent. */
    RenderSettings(Page page, Digits digits) {
        this(page, digits, 20, 0x8C8C8C);
    }

    /** Paper size. */
    enum Page {
        A4, A5, LETTER;

        /** As written on the command line: {@code a4}. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code latin}: 0123456789; {@code arabic}: the Arabic-Indic ٠١٢٣٤٥٦٧٨٩. */
    enum Digits {
        LATIN, ARABIC;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
