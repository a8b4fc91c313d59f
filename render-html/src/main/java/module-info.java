/**
 * Prints a {@link org.nashra.model.Bulletin} as semantic right-to-left HTML5, laid out
 * from the same {@link org.nashra.document.BulletinDocument} as the PDF
 * ({@link org.nashra.render.html.HtmlRenderer}), and that page as PDF through openhtmltopdf
 * ({@link org.nashra.render.html.HtmlPdfRenderer}).
 *
 * <pre>{@code
 * String html = HtmlRenderer.create().page(bulletin, sourceText);
 * HtmlPdfRenderer.create().render(bulletin, sourceText, out);
 * }</pre>
 */
module org.nashra.render.html {
    requires transitive org.nashra.model;
    requires transitive org.nashra.document;
    requires org.nashra.fonts;
    requires owasp.encoder;
    // HtmlPdfRenderer answers with the direct engine's report, paper sizes and exceptions
    requires transitive org.nashra.render.pdf;
    // openhtmltopdf's jars name no module: these are the names the module system gives them
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires openhtmltopdf.rtl.support;
    requires org.apache.pdfbox;
    requires org.apache.fontbox;
    requires org.apache.pdfbox.io;
    requires java.desktop;
    requires java.logging;
    requires java.xml;
    requires org.apache.xmpbox;

    exports org.nashra.render.html;
}
