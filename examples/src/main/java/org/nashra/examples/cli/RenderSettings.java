package org.nashra.examples.cli;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.nashra.document.DocumentOptions;
import org.nashra.document.Numerals;

/**
 * How {@code render} lays the bulletin out, whatever the file type.
 *
 * @param page     the paper size
 * @param document what every renderer shows and writes about the document: digits, logo, accent
 *                 colour, author, subject, keywords
 * @param date     the creation date written in PDFs, none if empty
 * @param margins  the PDF's margins all round, millimetres
 */
record RenderSettings(Page page, DocumentOptions document, Optional<Instant> date, float margins) {

    RenderSettings {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(date, "date");
    }

    /** The defaults of the PDF's look: 20 mm margins; the document's defaults but its digits. */
    RenderSettings(Page page, Digits digits, Optional<Instant> date) {
        this(page, DocumentOptions.builder().numerals(digits.numerals()).build(), date, 20);
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

        /** The document's digits, for every renderer alike. */
        Numerals numerals() {
            return this == ARABIC ? Numerals.ARABIC_INDIC : Numerals.LATIN;
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
