/**
 * Prints a {@link org.nashra.model.Bulletin} as PDF on PDFBox, with Arabic
 * shaped exactly as HarfBuzz shapes it and text that copies back in logical
 * order. The entry point is {@link org.nashra.render.pdf.PdfRenderer}.
 */
module org.nashra.render.pdf {
    requires transitive org.nashra.model;
    requires transitive org.nashra.document;
    requires transitive org.nashra.fonts;
    requires org.apache.pdfbox;
    requires org.apache.fontbox;
    requires org.apache.pdfbox.io;
    requires com.ibm.icu;
    requires java.desktop;

    exports org.nashra.render.pdf;
}
