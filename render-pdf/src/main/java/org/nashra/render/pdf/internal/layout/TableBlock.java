package org.nashra.render.pdf.internal.layout;

import java.util.List;
import java.util.Objects;
import org.nashra.render.pdf.internal.pdf.Tagger;
import org.nashra.render.pdf.internal.text.ShapedLine;

/**
 * A table, set: columns from the start edge (right, in a right-to-left document),
 * a header row repeated at the top of every page the table runs onto, and rows
 * split only when taller than a page.
 *
 * <pre>{@code
 * TableBlock t = new TableBlock(List.of(120f, 200f, 160f), header, rows, 4, 10, 10);
 * pager.add(t);
 * }</pre>
 *
 * @param widths      column widths, start edge first; their sum is the table's width
 * @param header      the header row
 * @param rows        the body rows
 * @param padding     inside each cell, points
 * @param spaceBefore above the table
 * @param spaceAfter  below the table
 */
public record TableBlock(List<Float> widths, Row header, List<Row> rows, float padding, float spaceBefore,
                         float spaceAfter) implements Box {

    /**
     * One cell, set to its column's width less the padding.
     *
     * @param lines      its lines
     * @param lineHeight baseline to baseline
     * @param alignment  where short lines sit
     * @param element    its structure element ({@code TH}, {@code TD}), or null
     */
    public record Cell(List<ShapedLine> lines, float lineHeight, Alignment alignment, Tagger.Element element) {
        public Cell {
            lines = List.copyOf(lines);
            Objects.requireNonNull(alignment, "alignment");
        }

        float height() {
            return lines.size() * lineHeight;
        }
    }

    /**
     * A row.
     *
     * @param cells one per column
     */
    public record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The tallest cell. */
        float contentHeight() {
            float h = 0;
            for (Cell c : cells) {
                h = Math.max(h, c.height());
            }
            return h;
        }
    }

    public TableBlock {
        widths = List.copyOf(widths);
        Objects.requireNonNull(header, "header");
        rows = List.copyOf(rows);
        for (Row r : rows) {
            if (r.cells().size() != widths.size()) {
                throw new IllegalArgumentException("a row has " + r.cells().size() + " cells for " + widths.size()
                        + " columns");
            }
        }
    }

    float height(Row row) {
        return row.contentHeight() + 2 * padding;
    }

    /** The height of what is left of a row once {@code drawn[c]} lines of each cell are drawn, padding included. */
    float remainingHeight(Row row, int[] drawn) {
        float h = 0;
        for (int c = 0; c < row.cells().size(); c++) {
            Cell cell = row.cells().get(c);
            h = Math.max(h, (cell.lines().size() - drawn[c]) * cell.lineHeight());
        }
        return h + 2 * padding;
    }

    @Override
    public float keptHeight() {
        return height(header) + (rows.isEmpty() ? 0 : height(rows.get(0)));
    }

    @Override
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
