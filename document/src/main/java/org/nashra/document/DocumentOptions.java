package org.nashra.document;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * How a bulletin becomes a document, whichever renderer prints it: which parts in which
 * order, digits, month names, the Hijri date, a title of the caller's own, the
 * organisation's logo in the masthead, the accent colour of rules and headings, and what
 * the file says about itself (author, subject, keywords). Immutable; made by
 * {@link #builder()}.
 *
 * <pre>{@code
 * DocumentOptions options = DocumentOptions.builder()
 *         .numerals(Numerals.ARABIC_INDIC)
 *         .monthNames(MonthNames.EGYPTIAN)
 *         .hijri(true)
 *         .title("نشرة الاجتماع")
 *         .logo(Logo.read(Path.of("logo.png"), "شعار الاتحاد"))
 *         .accent(0x1F6F8B)
 *         .author("المكتب الإعلامي")
 *         .subject("البيان الختامي للمؤتمر")
 *         .keywords("مؤتمر", "بيان ختامي")
 *         .build();
 * }</pre>
 *
 * @param parts      the parts shown, in this order; each at most once
 * @param numerals   which digits are written
 * @param monthNames which names the Gregorian months get
 * @param hijri      true to add the Umm al-Qura Hijri date after every Gregorian day
 * @param title      a headline replacing the bulletin's own, or null
 * @param logo       the organisation's logo, at the head of the masthead; null for none
 * @param accent     the accent colour, {@code 0xRRGGBB}: the PDF's rules and table header bands,
 *                   the HTML's headings and rules (its {@code --nashra-accent})
 * @param author     who wrote the document (the PDF's Author and {@code dc:creator}, the HTML
 *                   {@code <meta name="author">}); null for none
 * @param subject    what the document is about (the PDF's Subject and {@code dc:description},
 *                   the HTML {@code <meta name="description">}); null for none
 * @param keywords   words to find the document by (the PDF's Keywords and {@code pdf:Keywords},
 *                   the HTML {@code <meta name="keywords">}), in order; empty for none
 */
public record DocumentOptions(List<Part> parts, Numerals numerals, MonthNames monthNames, boolean hijri,
                              String title, Logo logo, int accent, String author, String subject,
                              List<String> keywords) {

    /** The accent colour unless told otherwise: a dark red, {@code #8A1C1C}. */
    public static final int DEFAULT_ACCENT = 0x8A1C1C;

    private static final DocumentOptions DEFAULTS = builder().build();

    /**
     * Copies the parts and checks the components.
     *
     * @param parts      the parts shown, in this order; each at most once
     * @param numerals   which digits are written
     * @param monthNames which names the Gregorian months get
     * @param hijri      true to add the Umm al-Qura Hijri date after every Gregorian day
     * @param title      a headline replacing the bulletin's own, or null
     * @param logo       the organisation's logo; null for none
     * @param accent     the accent colour, {@code 0xRRGGBB}
     * @param author     who wrote the document; null for none
     * @param subject    what the document is about; null for none
     * @param keywords   words to find the document by; empty for none
     * @throws IllegalArgumentException for a part listed twice, a blank title, author or subject, or a
     *         keyword that is blank or holds a comma (commas separate keywords), or an accent that is
     *         not {@code 0xRRGGBB}
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
        if ((accent & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException(String.format("accent colour must be 0xRRGGBB: 0x%X", accent));
        }
        requireNullOrText("author", author);
        requireNullOrText("subject", subject);
        keywords = List.copyOf(keywords);
        for (String k : keywords) {
            if (k.isBlank() || k.indexOf(',') >= 0) {
                throw new IllegalArgumentException("a keyword is blank or holds a comma, which separates keywords: \""
                        + k + "\"");
            }
        }
    }

    private static void requireNullOrText(String what, String value) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(what + " is blank; use null for none");
        }
    }

    /**
     * The options of a document that says nothing special.
     *
     * @return all parts in their natural order, digits as written, Levantine months, no Hijri
     *         date, the bulletin's title, no logo, the accent {@link #DEFAULT_ACCENT}, no author,
     *         subject or keywords
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
        private Logo logo;
        private int accent = DEFAULT_ACCENT;
        private String author;
        private String subject;
        private List<String> keywords = List.of();

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
         * The organisation's logo, at the head of the masthead, centred, a few centimetres wide.
         *
         * @param value the logo; null for none (the default)
         * @return this builder
         */
        public Builder logo(Logo value) {
            this.logo = value;
            return this;
        }

        /**
         * The accent colour: the PDF's rules and table header bands (a pale tint of it), the HTML's
         * headings, rules and links (its {@code --nashra-accent}, which a caller's stylesheet can still
         * override).
         *
         * @param rgb red, green and blue as {@code 0xRRGGBB}; {@link #DEFAULT_ACCENT} unless set
         * @return this builder
         */
        public Builder accent(int rgb) {
            this.accent = rgb;
            return this;
        }

        /**
         * Who wrote the document: a person or an office.
         *
         * @param value the author; null for none (the default)
         * @return this builder
         */
        public Builder author(String value) {
            this.author = value;
            return this;
        }

        /**
         * What the document is about, in a sentence.
         *
         * @param value the subject; null for none (the default)
         * @return this builder
         */
        public Builder subject(String value) {
            this.subject = value;
            return this;
        }

        /**
         * Words to find the document by, in order.
         *
         * @param value the keywords, none blank or holding a comma; none by default
         * @return this builder
         */
        public Builder keywords(String... value) {
            return keywords(List.of(value));
        }

        /**
         * Words to find the document by, in order.
         *
         * @param value the keywords, none blank or holding a comma; none by default
         * @return this builder
         */
        public Builder keywords(List<String> value) {
            this.keywords = List.copyOf(value);
            return this;
        }

        /**
         * The options collected.
         *
         * @return the options
         * @throws IllegalArgumentException for a part listed twice, a blank title, author or subject,
         *         or a keyword that is blank or holds a comma
         */
        public DocumentOptions build() {
            return new DocumentOptions(parts, numerals, monthNames, hijri, title, logo, accent, author, subject,
                    keywords);
        }
    }
}
