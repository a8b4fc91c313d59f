package org.nashra.document;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * How a bulletin becomes a document: which parts in which order, digits, month
 * names, the Hijri date, a title of the caller's own. Immutable; made by {@link #builder()}.
 *
 * <pre>{@code
 * DocumentOptions options = DocumentOptions.builder()
 *         .numerals(Numerals.ARABIC_INDIC)
 *         .monthNames(MonthNames.EGYPTIAN)
 *         .hijri(true)
 *         .title("نشرة الاجتماع")
 *         .build();
 * }</pre>
 *
 * @param parts      the parts shown, in this order; each at most once
 * @param numerals   which digits are written
 * @param monthNames which names the Gregorian months get
 * @param hijri      true to add the Umm al-Qura Hijri date after every Gregorian day
 * @param title      a headline replacing the bulletin's own, or null
 */
public record DocumentOptions(List<Part> parts, Numerals numerals, MonthNames monthNames, boolean hijri,
                              String title) {

    private static final DocumentOptions DEFAULTS = builder().build();

    /**
     * Copies the parts and checks the components.
     *
     * @param parts      the parts shown, in this order; each at most once
     * @param numerals   which digits are written
     * @param monthNames which names the Gregorian months get
     * @param hijri      true to add the Umm al-Qura Hijri date after every Gregorian day
     * @param title      a headline replacing the bulletin's own, or null
     * @throws IllegalArgumentException for a part listed twice or a blank title
     */
    public DocumentOptions {
        parts = List.copyOf(parts);
        if (new HashSet<>(parts).size() != parts.size()) {
            throw new IllegalArgumentException("a part is listed twice: " + parts);
        }
        Objects.requireNonNull(numerals, "numerals");
        Objects.requireNonNull(monthNames, "monthNames");
        if (title != null && title.isBlank()) {
            throw new IllegalArgumentException("title is blank; use null for the bulletin's own");
        }
    }

    /**
     * The options of a document that says nothing special.
     *
     * @return all parts in their natural order, digits as written, Levantine months, no Hijri
     *         date, the bulletin's title
     */
    public static DocumentOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from {@link #defaults()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects {@link DocumentOptions}; not thread-safe. */
    public static final class Builder {
        private List<Part> parts = List.of(Part.values());
        private Numerals numerals = Numerals.AS_WRITTEN;
        private MonthNames monthNames = MonthNames.LEVANTINE;
        private boolean hijri;
        private String title;

        private Builder() {
        }

        /**
         * The parts shown, in this order (default: all, in {@link Part}'s order).
         *
         * @param value the parts; each at most once
         * @return this builder
         */
        public Builder parts(Part... value) {
            this.parts = List.of(value);
            return this;
        }

        /**
         * The parts shown, in this order.
         *
         * @param value the parts; each at most once
         * @return this builder
         */
        public Builder parts(List<Part> value) {
            this.parts = List.copyOf(value);
            return this;
        }

        /**
         * Which digits are written (default: {@link Numerals#AS_WRITTEN}).
         *
         * @param value the digits
         * @return this builder
         */
        public Builder numerals(Numerals value) {
            this.numerals = Objects.requireNonNull(value, "numerals");
            return this;
        }

        /**
         * Which names the Gregorian months get (default: {@link MonthNames#LEVANTINE}).
         *
         * @param value the month names
         * @return this builder
         */
        public Builder monthNames(MonthNames value) {
            this.monthNames = Objects.requireNonNull(value, "monthNames");
            return this;
        }

        /**
         * Adds the Umm al-Qura Hijri date (ICU's {@code islamic-umalqura}) after every Gregorian day.
         *
         * @param value true to add it (default: false)
         * @return this builder
         */
        public Builder hijri(boolean value) {
            this.hijri = value;
            return this;
        }

        /**
         * A headline replacing the bulletin's own.
         *
         * @param value the headline; null for the bulletin's
         * @return this builder
         */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /**
         * The options collected.
         *
         * @return the options
         * @throws IllegalArgumentException for a part listed twice or a blank title
         */
        public DocumentOptions build() {
            return new DocumentOptions(parts, numerals, monthNames, hijri, title);
        }
    }
}
