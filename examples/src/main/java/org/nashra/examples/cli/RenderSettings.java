package org.nashra.examples.cli;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code render} lays the bulletin out, whatever the file type.
 *
 * @param page    the paper size
 * @param digits  the digits numbers are written in
 * @param date    the creation date written in PDFs, none if empty
 * @param margins the PDF's margins all round, millimetres
 * @param accent  the colour of the PDF's rules and table header bands, {@code 0xRRGGBB}
 */
record RenderSettings(Page page, Digits digits, Optional<Instant> date, float margins, int accent) {

    RenderSettings {
        Objects.requireNonNull(date, "date");
    }

    /** The defaults of the PDF's look: 20 mm margins, a grey accent. */
    RenderSettings(Page page, Digits digits, Optional<Instant> date) {
        this(page, digits, date, 20, 0x8C8C8C);
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
