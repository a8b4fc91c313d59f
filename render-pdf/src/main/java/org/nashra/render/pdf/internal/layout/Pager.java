package org.nashra.render.pdf.internal.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.nashra.render.pdf.internal.pdf.DocumentFonts;
import org.nashra.render.pdf.internal.pdf.PageWriter;
import org.nashra.render.pdf.internal.text.ShapedLine;

/**
 * Places blocks on pages top to bottom and draws them.
 *
 * <p>Rules: each line takes a box of the block's line height, its baseline
 * placed so that the leading is shared above and below the line's ascent and
 * descent; a line whose box does not fit above the bottom margin goes on a new
 * page; space before a block is dropped at the top of a page; a block marked
 * keep-with-next (a heading) moves to the next page unless the following
 * block's first two lines fit under it; a paragraph's first line is not left
 * alone at the foot of a page (orphan), nor, in a paragraph of four lines or
 * more, its last line alone at the head of one (widow). A line taller than the
 * whole text area is drawn anyway and overflows.
 * Footers ({@link Footer}) are drawn after the last page is known.
 *
 * <pre>{@code
 * Pager pager = new Pager(document, fonts, geometry);
 * pager.add(heading);
 * pager.add(paragraph);
 * int pages = pager.finish(footer);
 * }</pre>
 */
public final class Pager {

    /** What to draw at the foot of each page, knowing the page count. */
    @FunctionalInterface
    public interface Footer {
        /**
         * The line to draw centred in the bottom margin of page {@code number}
         * (1-based) of {@code count}, marked as an artifact; null for none.
         */
        ShapedLine line(int number, int count);
    }

    private final PDDocument document;
    private final DocumentFonts fonts;
    private final PageGeometry geometry;
    private final List<PageWriter> pages = new ArrayList<>();
    private PageWriter page;
    private float y;
    private TextBlock held;

    public Pager(PDDocument document, DocumentFonts fonts, PageGeometry geometry) {
        this.document = Objects.requireNonNull(document, "document");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.geometry = Objects.requireNonNull(geometry, "geometry");
    }

    /** Adds a block below the previous one. */
    public void add(TextBlock block) {
        if (block.lines().isEmpty()) {
            return;
        }
        if (held != null) {
            TextBlock heading = held;
            held = null;
            float need = height(heading, heading.lines().size()) + heading.spaceAfter() + block.spaceBefore()
                    + height(block, Math.min(2, block.lines().size()));
            if (page != null && y - heading.spaceBefore() - need < geometry.bottom()) {
                newPage();
            }
            place(heading);
        }
        if (block.keepWithNext()) {
            held = block;
            return;
        }
        place(block);
    }

    private void place(TextBlock block) {
        if (page == null) {
            newPage();
        } else if (y < top()) {
            y -= block.spaceBefore();
        }
        List<ShapedLine> lines = block.lines();
        int n = lines.size();
        float lineHeight = block.lineHeight();
        for (int i = 0; i < n; i++) {
            int room = (int) Math.floor((y - geometry.bottom()) / lineHeight + 1e-4);
            boolean atTop = y >= top();
            if (room < 1 && !atTop
                    || i == 0 && n >= 2 && room == 1 && !atTop          // an orphan: first line alone at the foot
                    || i == n - 2 && n >= 4 && room == 1 && !atTop) {   // a widow: last line alone at the head
                newPage();
            }
            ShapedLine line = lines.get(i);
            float halfLeading = (lineHeight - line.ascent() - line.descent()) / 2;
            float baseline = y - halfLeading - line.ascent();
            draw(line, block.alignment(), baseline);
            y -= lineHeight;
        }
        y -= block.spaceAfter();
    }

    private void draw(ShapedLine line, Alignment alignment, float baseline) {
        float measure = geometry.measure();
        float slack = measure - line.width();
        float x = geometry.left();
        if (alignment == Alignment.CENTER) {
            x += slack / 2;
        } else if (line.isRightToLeft()) {
            x += slack;
        }
        page.drawLine(line, x, baseline);
    }

    private float top() {
        return geometry.height() - geometry.top();
    }

    private static float height(TextBlock block, int lines) {
        return block.lineHeight() * lines;
    }

    private void newPage() {
        PDPage pdPage = new PDPage(new PDRectangle(geometry.width(), geometry.height()));
        document.addPage(pdPage);
        page = new PageWriter(document, pdPage, fonts);
        pages.add(page);
        y = top();
    }

    /**
     * Draws the footers and writes every page; returns the page count (at
     * least one: an empty document still has a page).
     */
    public int finish(Footer footer) throws IOException {
        if (held != null) {
            TextBlock last = held;
            held = null;
            place(last);
        }
        if (page == null) {
            newPage();
        }
        for (int i = 0; i < pages.size(); i++) {
            PageWriter p = pages.get(i);
            ShapedLine line = footer == null ? null : footer.line(i + 1, pages.size());
            if (line != null) {
                p.content().beginMarkedContent(COSName.ARTIFACT);
                float x = geometry.left() + (geometry.measure() - line.width()) / 2;
                p.drawLine(line, x, geometry.bottom() / 2);
                p.content().endMarkedContent();
            }
            p.finish();
        }
        return pages.size();
    }
}
