package org.nashra.render.pdf.internal.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.nashra.render.pdf.internal.font.FontFace;
import org.nashra.render.pdf.internal.pdf.DocumentFonts;
import org.nashra.render.pdf.internal.text.ShapedLine;
import org.nashra.render.pdf.internal.typeset.ParagraphStyle;
import org.nashra.render.pdf.internal.typeset.Typesetter;

/**
 * The first floor of the bulletin layout: a title, then paragraphs, on
 * numbered pages. The full bulletin (facts, tables, tagging) builds on the same
 * {@link Pager} and {@link TextBlock}s.
 *
 * <pre>{@code
 * PlainDocument doc = new PlainDocument(typesetter, styles, geometry);
 * int pages = doc.write("اختتام الاجتماع", paragraphs, out, warnings::add);
 * }</pre>
 */
public final class PlainDocument {

    /**
     * The paragraph styles of the document.
     *
     * @param title  the title, centred
     * @param body   body paragraphs
     * @param footer page numbers
     */
    public record Styles(ParagraphStyle title, ParagraphStyle body, ParagraphStyle footer) {
        public Styles {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(footer, "footer");
        }
    }

    private final Typesetter typesetter;
    private final Styles styles;
    private final PageGeometry geometry;

    public PlainDocument(Typesetter typesetter, Styles styles, PageGeometry geometry) {
        this.typesetter = Objects.requireNonNull(typesetter, "typesetter");
        this.styles = Objects.requireNonNull(styles, "styles");
        this.geometry = Objects.requireNonNull(geometry, "geometry");
    }

    /**
     * Writes the document.
     *
     * @param title      the title, or null for none
     * @param paragraphs body paragraphs, one string each
     * @param out        receives the PDF; not closed
     * @param warnings   receives what the caller should know
     * @return the page count
     */
    public int write(String title, List<String> paragraphs, OutputStream out, Consumer<String> warnings)
            throws IOException {
        float measure = geometry.measure();
        try (PDDocument document = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(document);
            Pager pager = new Pager(document, fonts, geometry);
            boolean rightToLeft = false;
            if (title != null) {
                float lineHeight = lineHeight(styles.title());
                List<ShapedLine> lines = typesetter.set(title, styles.title(), measure, warnings);
                rightToLeft = !lines.isEmpty() && lines.get(0).isRightToLeft();
                pager.add(new TextBlock(lines, lineHeight, 0, lineHeight * 0.6f, Alignment.CENTER, true));
            }
            float bodyLineHeight = lineHeight(styles.body());
            for (String paragraph : paragraphs) {
                List<ShapedLine> lines = typesetter.set(paragraph, styles.body(), measure, warnings);
                if (title == null && !rightToLeft && !lines.isEmpty()) {
                    rightToLeft = lines.get(0).isRightToLeft();
                }
                pager.add(new TextBlock(lines, bodyLineHeight, bodyLineHeight * 0.4f, 0, Alignment.START, false));
            }
            float footerMeasure = measure;
            int pages = pager.finish((number, count) -> {
                List<ShapedLine> lines = typesetter.set(number + " / " + count, styles.footer(), footerMeasure,
                        warnings);
                return lines.isEmpty() ? null : lines.get(0);
            });
            fonts.embedAll();
            describe(document, title, rightToLeft);
            document.save(out);
            return pages;
        }
    }

    /** Baseline to baseline: the primary face's ascender, descender and line gap, at least 1.2 em. */
    public static float lineHeight(ParagraphStyle style) {
        FontFace face = style.fonts().primary();
        float em = face.ascender() - face.descender() + face.lineGap();
        return Math.max(1.2f, em / face.unitsPerEm()) * style.fontSize();
    }

    private static void describe(PDDocument document, String title, boolean rightToLeft) {
        PDDocumentInformation info = document.getDocumentInformation();
        if (title != null) {
            info.setTitle(title);
        }
        info.setProducer("nashra");
        if (rightToLeft) {
            document.getDocumentCatalog().setLanguage("ar");
        }
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(title != null);
        if (rightToLeft) {
            preferences.setReadingDirection(PDViewerPreferences.READING_DIRECTION.R2L);
        }
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
