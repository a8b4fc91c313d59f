package org.nashra.render.pdf.internal.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.nashra.render.pdf.internal.pdf.ContentWriter;
import org.nashra.render.pdf.internal.pdf.DocumentFonts;
import org.nashra.render.pdf.internal.pdf.PageWriter;
import org.nashra.render.pdf.internal.pdf.Tagger;
import org.nashra.render.pdf.internal.text.GlyphRun;
import org.nashra.render.pdf.internal.text.ShapedLine;

/**
 * Places boxes on pages top to bottom and draws them.
 *
 * <p>Rules: each line takes a box of the block's line height, its baseline
 * placed so that the leading is shared above and below the line's ascent and
 * descent; a line whose box does not fit above the bottom margin goes on a new
 * page; space before a box is dropped at the top of a page; a block marked
 * keep-with-next (a heading) moves to the next page unless what follows it
 * can start under it (two lines, or a table's header and first row); a
 * paragraph's first line is not left alone at the foot of a page (orphan),
 * nor, in a paragraph of four lines or more, its last line alone at the head of
 * one (widow). A table row is not split unless it is taller than a page, when
 * it goes on line by line; a table that runs onto a new page repeats its header
 * row there (as an artifact: the structure tree holds it once). Only a single
 * line taller than the whole text area is drawn anyway and overflows.
 * Running headers and footers ({@link Furniture}) are drawn as artifacts after
 * the last page is known.
 *
 * <pre>{@code
 * Pager pager = new Pager(document, fonts, geometry, tagger);
 * pager.add(heading);
 * pager.add(paragraph);
 * int pages = pager.finish(furniture);
 * }</pre>
 */
public final class Pager {

    /** What to draw above and below the text area of each page, knowing the page count. */
    public interface Furniture {
        /** The running header of page {@code number} (1-based) of {@code count}, or null for none. */
        ShapedLine header(int number, int count);

        /** The footer of page {@code number} (1-based) of {@code count}, or null for none. */
        ShapedLine footer(int number, int count);
    }

    private static final float[] GREY = {0.55f, 0.55f, 0.55f};

    /** Rules, and a table header's band (the rule colour mixed with much white). */
    private final float[] rule;
    private final float[] band;

    private final PDDocument document;
    private final DocumentFonts fonts;
    private final PageGeometry geometry;
    private final Tagger tagger;
    private final List<PageWriter> pages = new ArrayList<>();
    private PageWriter page;
    private float y;
    /** Headings waiting for what follows them (a section heading, then a group's). */
    private final List<TextBlock> held = new ArrayList<>();
    private Placement last;

    /**
     * Where the last text block was placed: its first line's page and top, its last line's page,
     * baseline and bottom (pages as 0-based indices), for what is drawn over it once later pages
     * are known (a contents entry's page number and link).
     *
     * @param firstPage    the page of the first line
     * @param top          the top of the first line's box
     * @param lastPage     the page of the last line
     * @param lastBaseline the last line's baseline
     * @param bottom       the bottom of the last line's box
     */
    public record Placement(int firstPage, float top, int lastPage, float lastBaseline, float bottom) {
    }

    /** A pager for untagged content. */
    public Pager(PDDocument document, DocumentFonts fonts, PageGeometry geometry) {
        this(document, fonts, geometry, null);
    }

    /** A pager that marks what blocks draw as the content of their structure elements. */
    public Pager(PDDocument document, DocumentFonts fonts, PageGeometry geometry, Tagger tagger) {
        this(document, fonts, geometry, tagger, GREY);
    }

    /**
     * A tagging pager that draws rules and table header bands in an accent colour.
     *
     * @param accent red, green and blue, 0 to 1
     */
    public Pager(PDDocument document, DocumentFonts fonts, PageGeometry geometry, Tagger tagger, float[] accent) {
        this.rule = accent.clone();
        this.band = new float[3];
        for (int i = 0; i < 3; i++) {
            band[i] = 1 - (1 - accent[i]) * 0.15f;
        }
        this.document = Objects.requireNonNull(document, "document");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.tagger = tagger;
    }

    /** Adds a box below the previous one. */
    public void add(Box box) {
        if (box.isEmpty()) {
            return;
        }
        if (box instanceof TextBlock block && block.keepWithNext()) {
            held.add(block);
            return;
        }
        placeHeld(box.spaceBefore() + box.keptHeight());
        if (box instanceof TextBlock block) {
            place(block);
        } else if (box instanceof TableBlock table) {
            place(table);
        } else if (box instanceof FigureBlock figure) {
            place(figure);
        }
    }

    /** An image centred across the text area, on the next page if it does not fit above the bottom margin. */
    private void place(FigureBlock figure) {
        spaceBefore(figure);
        if (y < top() && y - figure.height() < geometry.bottom()) {
            newPage();
        }
        float x = geometry.left() + (geometry.measure() - figure.width()) / 2;
        float bottom = y - figure.height();
        page.drawImage(figure.image(), x, bottom, figure.width(), figure.height(), tagger, figure.element());
        tagger.boundingBox(figure.element(), new PDRectangle(x, bottom, figure.width(), figure.height()));
        y = bottom - figure.spaceAfter();
    }

    /** Places the held headings, on a new page unless they and {@code following} points of what comes next fit. */
    private void placeHeld(float following) {
        if (held.isEmpty()) {
            return;
        }
        float need = following;
        for (TextBlock heading : held) {
            need += heading.spaceBefore() + heading.lineHeight() * heading.lines().size() + heading.spaceAfter();
        }
        if (page != null && y < top() && y - need < geometry.bottom()) {
            newPage();
        }
        for (TextBlock heading : held) {
            place(heading);
        }
        held.clear();
    }

    private void spaceBefore(Box box) {
        if (page == null) {
            newPage();
        } else if (y < top()) {
            y -= box.spaceBefore();
        }
    }

    private void place(TextBlock block) {
        spaceBefore(block);
        List<ShapedLine> lines = block.lines();
        int n = lines.size();
        float lineHeight = block.lineHeight();
        int firstPage = -1;
        float firstTop = 0;
        float lastBaseline = 0;
        for (int i = 0; i < n; i++) {
            int room = (int) Math.floor((y - geometry.bottom()) / lineHeight + 1e-4);
            boolean atTop = y >= top();
            if (room < 1 && !atTop
                    || i == 0 && n >= 2 && room == 1 && !atTop          // an orphan: first line alone at the foot
                    || i == n - 2 && n >= 4 && room == 1 && !atTop) {   // a widow: last line alone at the head
                newPage();
            }
            ShapedLine line = lines.get(i);
            float baseline = baseline(y, lineHeight, line);
            if (i == 0) {
                firstPage = pages.size() - 1;
                firstTop = y;
            }
            lastBaseline = baseline;
            if (i == 0 && block.marker() != null) {
                TextBlock.Marker m = block.marker();
                float right = geometry.left() + geometry.measure() - m.start();
                drawLine(m.line(), right - m.line().width(), baseline, m.element());
            }
            float width = block.frame().width() > 0 ? block.frame().width()
                    : geometry.measure() - block.frame().start();
            float right = geometry.left() + geometry.measure() - block.frame().start();
            drawLine(line, x(line, block.alignment(), right - width, width), baseline, block.owner());
            y -= lineHeight;
        }
        last = new Placement(firstPage, firstTop, pages.size() - 1, lastBaseline, y);
        y -= block.spaceAfter();
    }

    /** Where the last text block added went; null before any. */
    public Placement lastPlacement() {
        return last;
    }

    /** Moves down the page by {@code points}, even at the top of a page (a cover's title sits lower). */
    public void advance(float points) {
        placeHeld(0);
        if (page == null) {
            newPage();
        }
        y -= points;
    }

    /** Ends the page: what is added next starts a new one (a collection's bulletin). */
    public void breakPage() {
        placeHeld(0);
        newPage();
    }

    /**
     * Draws a line on a page already laid out (its content is written only by {@link #finish}).
     *
     * @param index    the page, 0-based
     * @param element  the structure element it is the content of, or null for an artifact
     */
    public void drawLater(int index, ShapedLine line, float x, float baseline, Tagger.Element element) {
        PageWriter saved = page;
        page = pages.get(index);
        drawLine(line, x, baseline, element);
        page = saved;
    }

    /** The writer of a page laid out, 0-based, for drawing and annotating it before {@link #finish}. */
    public PageWriter page(int index) {
        return pages.get(index);
    }

    private void place(TableBlock table) {
        spaceBefore(table);
        if (y < top() && y - table.keptHeight() < geometry.bottom()) {
            newPage();
        }
        drawRow(table, table.header(), true, false, null);
        boolean fresh = false;  // only the header is on this page so far
        float pageRoom = top() - geometry.bottom() - table.height(table.header());
        for (TableBlock.Row row : table.rows()) {
            int[] drawn = new int[row.cells().size()];
            while (true) {
                float rest = table.remainingHeight(row, drawn);
                boolean fits = y - rest >= geometry.bottom() - 1e-3f;
                if (!fits && !fresh && rest <= pageRoom) {
                    // the row fits whole on the next page: it is not split
                    continueTable(table);
                    fresh = true;
                    continue;
                }
                if (!drawRow(table, row, false, false, drawn) && !fresh) {
                    continueTable(table);
                    fresh = true;
                    continue;
                }
                fresh = false;
                if (table.remainingHeight(row, drawn) <= 2 * table.padding()) {
                    break;
                }
                // a row taller than a page goes on, line by line, under the header of the next
                continueTable(table);
                fresh = true;
            }
        }
        y -= table.spaceAfter();
    }

    private void continueTable(TableBlock table) {
        newPage();
        drawRow(table, table.header(), true, true, null);
    }

    /**
     * Draws a row at {@code y}: a shaded band for a header, a rule below, each cell's lines from
     * the top. With {@code drawn} (lines of each cell already drawn, updated) only the lines that
     * fit above the bottom margin are drawn, at least one of some cell on a page that has nothing
     * else; returns false when nothing could be drawn.
     */
    private boolean drawRow(TableBlock table, TableBlock.Row row, boolean header, boolean repeated, int[] drawn) {
        int cells = row.cells().size();
        int[] from = new int[cells];
        int[] to = new int[cells];
        float content = 0;
        boolean left = false;
        for (int i = 0; i < cells; i++) {
            TableBlock.Cell cell = row.cells().get(i);
            from[i] = drawn == null ? 0 : drawn[i];
            left |= from[i] < cell.lines().size();
            int fit = drawn == null ? cell.lines().size()
                    : (int) Math.floor((y - geometry.bottom() - 2 * table.padding()) / cell.lineHeight() + 1e-4);
            to[i] = Math.min(cell.lines().size(), from[i] + Math.max(0, fit));
            content = Math.max(content, (to[i] - from[i]) * cell.lineHeight());
        }
        if (drawn != null && content == 0 && left) {
            boolean alone = y >= top() - table.height(table.header()) - 1e-3f;
            for (int i = 0; i < cells && alone; i++) {
                if (from[i] < row.cells().get(i).lines().size()) {
                    // a line taller than the page: drawn, overflowing, rather than never
                    to[i] = from[i] + 1;
                    content = Math.max(content, row.cells().get(i).lineHeight());
                }
            }
            if (content == 0) {
                return false;
            }
        }
        float height = content + 2 * table.padding();
        float tableWidth = 0;
        for (float w : table.widths()) {
            tableWidth += w;
        }
        float areaRight = geometry.left() + geometry.measure();
        ContentWriter c = page.content();
        c.beginMarkedContent(COSName.ARTIFACT).saveState();
        if (header) {
            c.fillColor(band[0], band[1], band[2]).fillRect(areaRight - tableWidth, y - height,
                    tableWidth, height);
        }
        c.strokeColor(rule[0], rule[1], rule[2]).lineWidth(header ? 0.8f : 0.4f)
                .line(areaRight - tableWidth, y - height, areaRight, y - height);
        c.restoreState().endMarkedContent();
        float right = areaRight;
        for (int i = 0; i < cells; i++) {
            TableBlock.Cell cell = row.cells().get(i);
            float width = table.widths().get(i);
            float measure = width - 2 * table.padding();
            float lineTop = y - table.padding();
            for (int l = from[i]; l < to[i]; l++) {
                ShapedLine line = cell.lines().get(l);
                float baseline = baseline(lineTop, cell.lineHeight(), line);
                drawLine(line, x(line, cell.alignment(), right - width + table.padding(), measure), baseline,
                        repeated ? null : cell.element());
                lineTop -= cell.lineHeight();
            }
            right -= width;
            if (drawn != null) {
                drawn[i] = to[i];
            }
        }
        y -= height;
        return true;
    }

    private static float baseline(float top, float lineHeight, ShapedLine line) {
        float halfLeading = (lineHeight - line.ascent() - line.descent()) / 2;
        return top - halfLeading - line.ascent();
    }

    /** Where a line starts in a column from {@code left}, {@code width} wide. */
    private static float x(ShapedLine line, Alignment alignment, float left, float width) {
        float slack = width - line.width();
        if (alignment == Alignment.CENTER) {
            return left + slack / 2;
        }
        return line.isRightToLeft() ? left + slack : left;
    }

    private void drawLine(ShapedLine line, float x, float baseline, Tagger.Element element) {
        drawLine(line, x, baseline, element == null ? null : run -> element);
    }

    /** A line as the content of the elements {@code owner} gives, or as an artifact when there is none. */
    private void drawLine(ShapedLine line, float x, float baseline, Function<GlyphRun, Tagger.Element> owner) {
        if (tagger == null) {
            page.drawLine(line, x, baseline);
        } else if (owner == null) {
            page.content().beginMarkedContent(COSName.ARTIFACT);
            page.drawLine(line, x, baseline);
            page.content().endMarkedContent();
        } else {
            page.drawLine(line, x, baseline, tagger, owner);
        }
    }

    private float top() {
        return geometry.height() - geometry.top();
    }

    private void newPage() {
        PDPage pdPage = new PDPage(new PDRectangle(geometry.width(), geometry.height()));
        document.addPage(pdPage);
        page = new PageWriter(document, pdPage, fonts);
        pages.add(page);
        y = top();
    }

    /** The number of pages so far. */
    public int pageCount() {
        return pages.size();
    }

    /**
     * Draws the running headers and footers and writes every page; returns the
     * page count (at least one: an empty document still has a page).
     *
     * @param furniture what to draw around the text area, or null for nothing
     */
    public int finish(Furniture furniture) throws IOException {
        placeHeld(0);
        if (page == null) {
            newPage();
        }
        for (int i = 0; i < pages.size(); i++) {
            PageWriter p = pages.get(i);
            if (furniture != null) {
                ShapedLine header = furniture.header(i + 1, pages.size());
                if (header != null) {
                    float baseline = geometry.height() - geometry.top() * 0.55f;
                    artifact(p, header, baseline);
                    p.content().beginMarkedContent(COSName.ARTIFACT).saveState()
                            .strokeColor(rule[0], rule[1], rule[2]).lineWidth(0.4f)
                            .line(geometry.left(), baseline - header.descent() - 3,
                                    geometry.left() + geometry.measure(), baseline - header.descent() - 3)
                            .restoreState().endMarkedContent();
                }
                ShapedLine footer = furniture.footer(i + 1, pages.size());
                if (footer != null) {
                    artifact(p, footer, geometry.bottom() / 2);
                }
            }
            p.finish();
        }
        return pages.size();
    }

    private void artifact(PageWriter p, ShapedLine line, float baseline) {
        p.content().beginMarkedContent(COSName.ARTIFACT);
        p.drawLine(line, geometry.left() + (geometry.measure() - line.width()) / 2, baseline);
        p.content().endMarkedContent();
    }
}
