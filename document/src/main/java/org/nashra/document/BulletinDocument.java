package org.nashra.document;

import org.nashra.document.internal.Composer;
import org.nashra.model.Bulletin;
import org.nashra.model.IsoDate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A bulletin as a reader sees it on the page, before any page exists: a masthead,
 * a headline, a facts panel, the sections that have content and the full text,
 * every string composed in Arabic. Both renderers lay out this one description.
 *
 * <pre>{@code
 * BulletinDocument doc = BulletinDocument.of(bulletin, sourceText,
 *         DocumentOptions.builder().monthNames(MonthNames.EGYPTIAN).build());
 * for (Section section : doc.sections()) {
 *     section.heading();          // "القرارات والمواقف", or null for the masthead, headline, facts
 *     section.blocks();           // headings, paragraphs, fact lists, tables, lists
 * }
 * doc.pageLabel(1, 3);            // "صفحة 1 من 3"
 * }</pre>
 *
 * @param title    the headline as plain text (for the document's metadata): the title
 *                 option, the bulletin's title, one composed from the main meeting, or
 *                 the genre's name
 * @param digits   the digits composed numbers use ({@link Numerals#LATIN} or
 *                 {@link Numerals#ARABIC_INDIC}; {@code AS_WRITTEN} is resolved from the text)
 * @param sections the parts that have content, in the order of the options
 */
public record BulletinDocument(String title, Numerals digits, List<Section> sections) {

    /**
     * Checks the components and copies the sections.
     *
     * @param title    the headline as plain text (for the document's metadata): the title
     *                 option, the bulletin's title, one composed from the main meeting, or
     *                 the genre's name
     * @param digits   the digits composed numbers use ({@link Numerals#LATIN} or
     *                 {@link Numerals#ARABIC_INDIC}; {@code AS_WRITTEN} is resolved from the text)
     * @param sections the parts that have content, in the order of the options
     * @throws IllegalArgumentException if the digits are {@link Numerals#AS_WRITTEN}, which a document resolves
     */
    public BulletinDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(digits, "digits");
        if (digits == Numerals.AS_WRITTEN) {
            throw new IllegalArgumentException("digits must be resolved to LATIN or ARABIC_INDIC");
        }
        sections = List.copyOf(sections);
    }

    /**
     * The document of a bulletin.
     *
     * @param bulletin   the bulletin
     * @param sourceText the text it was parsed from, shown as the full text; null when there is none
     * @param options    parts, digits, month names…
     * @return the document, with a section for each shown part that has content
     * @throws IllegalArgumentException if the bulletin records a source that the text does not
     *         match (another text, or an edited one)
     */
    public static BulletinDocument of(Bulletin bulletin, String sourceText, DocumentOptions options) {
        Objects.requireNonNull(bulletin, "bulletin");
        Objects.requireNonNull(options, "options");
        return Composer.compose(bulletin, sourceText, options);
    }

    /**
     * The document of a bulletin without its text, with the {@link DocumentOptions#defaults() defaults}.
     *
     * @param bulletin the bulletin
     * @return the document
     */
    public static BulletinDocument of(Bulletin bulletin) {
        return of(bulletin, null, DocumentOptions.defaults());
    }

    /**
     * The section of a part, so that a renderer can place or style one part by itself.
     *
     * @param part the part
     * @return its section, or empty when the part has no content or is not shown
     */
    public Optional<Section> section(Part part) {
        return sections.stream().filter(s -> s.part() == part).findFirst();
    }

    /**
     * Whether the bulletin gave nothing to show: no fact, no title and no text.
     *
     * @return true when there is no section
     */
    public boolean isEmpty() {
        return sections.isEmpty();
    }

    /**
     * The days from {@code first} to {@code last} as the documents write dates, at the
     * coarser precision of the two: {@code 20–21 تشرين الأول 2018}, or one date when they
     * are the same (a collection's cover dates its bulletins so).
     *
     * @param first   the first day
     * @param last    the last day, not before the first
     * @param options month names and digits ({@link Numerals#AS_WRITTEN} writes Latin digits)
     * @return the date or range
     */
    public static String dates(IsoDate first, IsoDate last, DocumentOptions options) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(options, "options");
        return Composer.dates(first, last, options);
    }

    /**
     * A number in this document's digits, so that a renderer's own numbers match the text's.
     *
     * @param n the number
     * @return {@code 12} or {@code ١٢}
     */
    public String number(int n) {
        return Composer.digits(Integer.toString(n), digits);
    }

    /**
     * A running footer in this document's digits.
     *
     * @param page  the page, from 1
     * @param pages the number of pages
     * @return {@code صفحة ١ من ٣}
     * @throws IllegalArgumentException if the page is not between 1 and pages
     */
    public String pageLabel(int page, int pages) {
        if (page < 1 || page > pages) {
            throw new IllegalArgumentException("page " + page + " of " + pages);
        }
        return Composer.pageLabel(number(page), number(pages));
    }
}
