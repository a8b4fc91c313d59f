package org.nashra.render.pdf.internal.layout;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * How a viewer moves about a PDF: page labels that match the printed numbers, and an
 * outline (bookmarks) with an entry per bulletin.
 *
 * <pre>{@code
 * Navigation.pageLabels(document, 1);                       // i, then 1, 2, 3…
 * Navigation.outline(document, titles, firstPages);
 * }</pre>
 */
final class Navigation {

    private Navigation() {
    }

    /** Lower-case roman numerals on the first {@code coverPages} pages, then 1, 2, 3… */
    static void pageLabels(PDDocument document, int coverPages) {
        PDPageLabels labels = new PDPageLabels(document);
        if (coverPages > 0) {
            PDPageLabelRange cover = new PDPageLabelRange();
            cover.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
            labels.setLabelItem(0, cover);
        }
        if (document.getNumberOfPages() > coverPages) {
            PDPageLabelRange body = new PDPageLabelRange();
            body.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            labels.setLabelItem(coverPages, body);
        }
        document.getDocumentCatalog().setPageLabels(labels);
    }

    /** One bookmark per title, to the top of its first page (0-based indices). */
    static void outline(PDDocument document, List<String> titles, int[] firstPages) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (int i = 0; i < titles.size(); i++) {
            PDPage page = document.getPage(firstPages[i]);
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(page);
            destination.setTop((int) Math.ceil(page.getMediaBox().getHeight()));
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(titles.get(i));
            item.setDestination(destination);
            outline.addLast(item);
        }
        outline.openNode();
        document.getDocumentCatalog().setDocumentOutline(outline);
    }
}
