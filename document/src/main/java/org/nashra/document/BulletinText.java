package org.nashra.document;

import java.util.Objects;
import org.nashra.model.Bulletin;

/**
 * A bulletin with the text it was read from, if there is one: an item of a collection, which
 * both renderers print from a list of these.
 *
 * <pre>{@code
 * List<BulletinText> items = List.of(BulletinText.of(parsed, text), BulletinText.of(fromJson));
 * pdfRenderer.render("نشرات أيار", items, out);
 * String page = htmlRenderer.collection("نشرات أيار", items);
 * }</pre>
 *
 * @param bulletin   the bulletin
 * @param sourceText its text, or null to show the facts alone
 */
public record BulletinText(Bulletin bulletin, String sourceText) {

    /**
     * Checks that there is a bulletin.
     *
     * @param bulletin   the bulletin
     * @param sourceText its text, or null
     */
    public BulletinText {
        Objects.requireNonNull(bulletin, "bulletin");
    }

    /**
     * A bulletin without its text.
     *
     * @param bulletin the bulletin
     * @return the item
     */
    public static BulletinText of(Bulletin bulletin) {
        return new BulletinText(bulletin, null);
    }

    /**
     * A bulletin with the text it was read from.
     *
     * @param bulletin   the bulletin
     * @param sourceText its text, or null
     * @return the item
     */
    public static BulletinText of(Bulletin bulletin, String sourceText) {
        return new BulletinText(bulletin, sourceText);
    }
}
