package org.nashra.render.pdf.internal.layout;

import java.io.IOException;
import java.util.Objects;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.nashra.render.pdf.internal.pdf.ContentWriter;
import org.nashra.render.pdf.internal.pdf.PageWriter;
import org.nashra.render.pdf.internal.pdf.Tagger;

/**
 * A collection's table of contents after layout: the dotted leader between an entry's
 * title and its page number, and the link annotation over the entry, tagged as content of
 * its {@code Link} element.
 *
 * <pre>{@code
 * Contents.leader(page.content(), 80, 300, baseline);
 * Contents.link(tagger, page, entry, rectangle, targetPage);
 * }</pre>
 */
final class Contents {

    private static final float DOT = 0.9f;
    private static final float PITCH = 4.5f;
    private static final float GREY = 0.45f;

    private Contents() {
    }

    /**
     * An entry of the contents, placed.
     *
     * @param link          its {@code Link} element
     * @param title         the bulletin's title, the link's description
     * @param placement     where the entry's lines went
     * @param lastLineWidth the width of its last line, which the leader runs up to
     */
    record Entry(Tagger.Element link, String title, Pager.Placement placement, float lastLineWidth) {
        Entry {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(placement, "placement");
        }
    }

    /** Dots from {@code from} to {@code to} on the baseline, as an artifact; none when there is no room. */
    static void leader(ContentWriter c, float from, float to, float baseline) {
        // dots aligned on a grid of the page, so that the leaders of all entries line up
        float first = (float) Math.ceil(from / PITCH) * PITCH;
        if (to - first < 2 * PITCH) {
            return;
        }
        c.beginMarkedContent(COSName.ARTIFACT).saveState().fillColor(GREY, GREY, GREY);
        for (float x = first; x + DOT <= to; x += PITCH) {
            c.fillRect(x, baseline, DOT, DOT);
        }
        c.restoreState().endMarkedContent();
    }

    /** A link over {@code area} to the top of {@code target}, printed, borderless, described by the title. */
    static void link(Tagger tagger, PageWriter page, Entry entry, PDRectangle area, PDPage target)
            throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(area);
        link.setPrinted(true);
        link.setContents(entry.title());
        COSArray border = new COSArray();
        border.add(COSInteger.ZERO);
        border.add(COSInteger.ZERO);
        border.add(COSInteger.ZERO);
        link.getCOSObject().setItem(COSName.BORDER, border);
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(target);
        destination.setTop((int) Math.ceil(target.getMediaBox().getHeight()));
        link.setDestination(destination);
        page.page().getAnnotations().add(link);
        tagger.annotation(page, entry.link(), link);
    }
}
