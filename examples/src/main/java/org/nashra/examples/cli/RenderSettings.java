package org.nashra.examples.cli;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code render} lays the bulletin out, whatever the file type.
 *
 * @param page   the paper size
 * @param digits the digits numbers are written in
 * @param date   the creation date written in PDFs, none if empty
 */
record RenderSettings(Page page, Digits digits, Optional<Instant> date) {

    RenderSettings {
        Objects.requireNonNull(date, "date");
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
