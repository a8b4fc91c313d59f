/**
 * A renderer-neutral description of a printed bulletin: a {@link org.nashra.model.Bulletin}
 * (with its source text when there is one) turned into sections of blocks — headings,
 * paragraphs, fact lists, tables, lists — with every label, name of a genre or kind,
 * country, date, time, number and ordinal composed in Arabic. The PDF and HTML renderers
 * both lay out this document, so a section added here appears in both.
 *
 * <p>The entry point is {@link org.nashra.document.BulletinDocument#of}.
 */
module org.nashra.document {
    requires transitive org.nashra.model;
    requires com.ibm.icu;
    // Logo reads and checks PNG and JPEG files with ImageIO
    requires java.desktop;

    exports org.nashra.document;
}
