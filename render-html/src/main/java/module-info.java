/**
 * Prints a {@link org.nashra.model.Bulletin} as semantic right-to-left HTML5, laid out
 * from the same {@link org.nashra.document.BulletinDocument} as the PDF
 * ({@link org.nashra.render.html.HtmlRenderer}), and as the XHTML page that CSS 2.1
 * paged-media printers read ({@link org.nashra.render.html.HtmlRenderer#printablePage});
 * module {@code org.nashra.render.htmlpdf} prints that page through openhtmltopdf.
 *
 * <pre>{@code
 * String html = HtmlRenderer.create().page(bulletin, sourceText);
 * }</pre>
 */
module org.nashra.render.html {
    requires transitive org.nashra.model;
    requires transitive org.nashra.document;
    // FontFace names the bundled font files
    requires transitive org.nashra.fonts;
    requires owasp.encoder;

    exports org.nashra.render.html;
}
