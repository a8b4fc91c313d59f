package org.nashra.render.pdf;

import java.time.Instant;
import java.util.List;
import org.nashra.document.DocumentOptions;
import java.util.Objects;
import java.util.Optional;
import org.nashra.fonts.FontFamily;

/**
 * The settings of a {@link PdfRenderer}, immutable; made by
 * {@link PdfRenderer.Builder}, read back with {@link PdfRenderer#options()}.
 *
 * <pre>{@code
 * PdfOptions options = PdfRenderer.builder().pageSize(PageSize.A5).build().options();
 * options.margins();   // 20 mm all round
 * }</pre>
 *
 * @param pageSize         page size
 * @param margins          page margins
 * @param bodyFamily       the family of body text, tried first
 * @param headingFamily    the family of the title (its bold face), tried first for it
 * @param fallbackFamilies the caller's families tried next, in order, before the
 *                         bundled ones (Amiri, Noto Naskh Arabic, Noto Sans)
 * @param bodySize         body font size, points
 * @param headingSize      title font size, points
 * @param justification    how body lines fill the measure
 * @param missingGlyphs    what to do with a character no font has
 * @param document         what the bulletin document holds and says about itself: parts and
 *                         their order, digits, month names, Hijri dates, a title of the caller's
 *                         own, the logo, the accent colour, author, subject and keywords
 * @param creationDate     the creation and modification date written in the file (to the second), or
 *                         none: either way the same input gives the same bytes, since the document ID
 *                         is a digest of the content, never of the clock
 */
public record PdfOptions(PageSize pageSize, Margins margins, FontFamily bodyFamily, FontFamily headingFamily,
                         List<FontFamily> fallbackFamilies, float bodySize, float headingSize,
                         Justification justification, MissingGlyphs missingGlyphs, DocumentOptions document, Optional<Instant> creationDate) {

    /**
     * Checks the settings and copies the fallback list.
     *
     * @param pageSize         page size
     * @param margins          page margins
     * @param bodyFamily       the family of body text, tried first
     * @param headingFamily    the family of the title (its bold face), tried first for it
     * @param fallbackFamilies the caller's families tried next, in order, before the bundled ones
     * @param bodySize         body font size, points
     * @param headingSize      title font size, points
     * @param justification    how body lines fill the measure
     * @param missingGlyphs    what to do with a character no font has
     * @param document         what the bulletin document holds
     * @param creationDate     the creation and modification date written in the file, or none
     * @throws NullPointerException     if a setting is null
     * @throws IllegalArgumentException if a font size is outside 4 to 200 points, the margins leave
     *                                  less than an inch of text area across or down the page
     */
    public PdfOptions {
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(margins, "margins");
        Objects.requireNonNull(bodyFamily, "bodyFamily");
        Objects.requireNonNull(headingFamily, "headingFamily");
        fallbackFamilies = List.copyOf(fallbackFamilies);
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(missingGlyphs, "missingGlyphs");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(creationDate, "creationDate");
        checkSize("body", bodySize);
        checkSize("heading", headingSize);
        if (margins.left() + margins.right() > pageSize.width() - 72
                || margins.top() + margins.bottom() > pageSize.height() - 72) {
            throw new IllegalArgumentException("margins " + margins + " leave less than an inch of text area on "
                    + pageSize);
        }
    }

    private static void checkSize(String what, float size) {
        if (!(size >= 4 && size <= 200)) {
            throw new IllegalArgumentException(what + " size must be between 4 and 200 points: " + size);
        }
    }
}
