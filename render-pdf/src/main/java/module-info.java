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
    // PDFBox (an automatic module, which names no dependencies) logs through commons-logging:
    // required here so that the module path resolves it
    requires org.apache.commons.logging;
    // and it frees its memory-mapped buffers through sun.misc.Unsafe; without this module it
    // falls back to reflection the module system forbids and logs a SEVERE stack trace per run
    requires jdk.unsupported;
    requires org.apache.fontbox;
    requires org.apache.pdfbox.io;
    requires com.ibm.icu;
    requires java.desktop;

    exports org.nashra.render.pdf;
}
