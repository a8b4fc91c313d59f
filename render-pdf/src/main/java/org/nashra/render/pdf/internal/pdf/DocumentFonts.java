package org.nashra.render.pdf.internal.pdf;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.nashra.render.pdf.internal.font.FontFace;

/**
 * The fonts of one document being written: one {@link PdfFont} per face, each
 * with a resource name ({@code /F1}, {@code /F2}…) used on every page.
 *
 * <pre>{@code
 * DocumentFonts fonts = new DocumentFonts(document);
 * ... draw pages ...
 * fonts.embedAll();
 * document.save(out);
 * }</pre>
 *
 * <p>Not thread-safe: one instance per document being written.
 */
public final class DocumentFonts {

    private final PDDocument document;
    private final Map<FontFace, PdfFont> fonts = new LinkedHashMap<>();
    private final Map<PdfFont, COSName> names = new LinkedHashMap<>();

    /** The fonts of a document, none used yet. */
    public DocumentFonts(PDDocument document) {
        this.document = document;
    }

    /** The document's font for a face, created on first use. */
    public PdfFont font(FontFace face) {
        return fonts.computeIfAbsent(face, f -> {
            PdfFont font = new PdfFont(f, document);
            names.put(font, COSName.getPDFName("F" + (names.size() + 1)));
            return font;
        });
    }

    /** The resource name of a font of this document. */
    public COSName resourceName(PdfFont font) {
        COSName name = names.get(font);
        if (name == null) {
            throw new IllegalArgumentException("not a font of this document: " + font.face());
        }
        return name;
    }

    /** Subsets and completes every font that was drawn with. */
    public void embedAll() throws IOException {
        for (PdfFont font : fonts.values()) {
            if (!font.isUnused()) {
                font.embed();
            }
        }
    }
}
