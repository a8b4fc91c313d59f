/**
 * Prints a {@link org.nashra.model.Bulletin} as semantic right-to-left HTML5, laid out
 * from the same {@link org.nashra.document.BulletinDocument} as the PDF. The entry
 * point is {@link org.nashra.render.html.HtmlRenderer}.
 *
 * <pre>{@code
 * String html = HtmlRenderer.create().page(bulletin, sourceText);
 * }</pre>
 */
module org.nashra.render.html {
    requires transitive org.nashra.model;
    requires transitive org.nashra.document;
    requires org.nashra.fonts;
    requires owasp.encoder;

    exports org.nashra.render.html;
}
