package org.nashra.render.pdf.internal.layout;

/**
 * What the {@link Pager} stacks down the page: a {@link TextBlock}, a {@link TableBlock} or a {@link FigureBlock}.
 *
 * <pre>{@code
 * pager.add(heading);    // a TextBlock kept with what follows
 * pager.add(table);      // a TableBlock: its header and first row stay with the heading
 * }</pre>
 */
public sealed interface Box permits TextBlock, TableBlock, FigureBlock {

    /** Space above, dropped at the top of a page. */
    float spaceBefore();

    /** How much of the box must fit under a heading kept with it: two lines, or a table's header and first row. */
    float keptHeight();

    /** True when there is nothing to draw. */
    boolean isEmpty();
}
