package org.nashra.document;

import org.nashra.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One block of a {@link Section}: what a renderer lays out. The hierarchy is
 * sealed; a renderer handles each of its kinds.
 *
 * <pre>{@code
 * for (Block block : section.blocks()) {
 *     if (block instanceof Block.Heading h) { ... h.level() ... }
 *     else if (block instanceof Block.Table t) { ... t.header() ... t.rows() ... }
 * }
 * }</pre>
 */
public sealed interface Block
        permits Block.Heading, Block.Paragraph, Block.FactList, Block.Table, Block.NumberedList, Block.ItemList,
        Block.Figure {

    /**
     * The source spans of the facts this block shows, so that a renderer can link a block back to the text.
     *
     * @return the spans in order, each once; empty for composed text
     */
    List<Span> spans();

    /**
     * A heading.
     *
     * @param level 1 for the headline, 2 for a section, 3 for a group inside a section
     * @param text  the heading
     */
    record Heading(int level, Text text) implements Block {
        /**
         * Checks the level and text.
         *
         * @param level 1 for the headline, 2 for a section, 3 for a group inside a section
         * @param text  the heading
         * @throws IllegalArgumentException if the level is not 1, 2 or 3
         */
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level " + level + " is not 1, 2 or 3");
            }
            Objects.requireNonNull(text, "text");
        }

        @Override
        public List<Span> spans() {
            return text.spans();
        }
    }

    /**
     * A paragraph of running text, e.g. a line of the source text.
     *
     * @param text the paragraph
     * @param span where it was cut from the source text, or null for a composed one
     */
    record Paragraph(Text text, Span span) implements Block {
        /**
         * Checks that there is a text.
         *
         * @param text the paragraph
         * @param span where it was cut from the source text, or null for a composed one
         */
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public List<Span> spans() {
            return span == null ? text.spans() : List.of(span);
        }
    }

    /**
     * Labelled values: the facts panel, the masthead.
     *
     * @param facts the label–value pairs in order; never empty
     */
    record FactList(List<Fact> facts) implements Block {
        /**
         * Copies the facts.
         *
         * @param facts the label–value pairs in order; never empty
         * @throws IllegalArgumentException if there are none
         */
        public FactList {
            facts = nonEmpty("facts", facts);
        }

        @Override
        public List<Span> spans() {
            return Text.spansOf(facts.stream().map(Fact::value).toList());
        }
    }

    /**
     * One label and its value.
     *
     * @param label e.g. {@code المكان}
     * @param value e.g. {@code مالمو، السويد}
     */
    record Fact(String label, Text value) {
        /**
         * Checks that both label and value are given.
         *
         * @param label e.g. {@code المكان}
         * @param value e.g. {@code مالمو، السويد}
         */
        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A table read right to left, its header row repeated when it breaks across pages.
     *
     * @param caption what the table lists
     * @param header  the column headings (a renderer gives them {@code scope="col"}); never empty
     * @param rows    the rows, each with one cell per column; never empty
     */
    record Table(String caption, List<String> header, List<Row> rows) implements Block {
        /**
         * Copies header and rows.
         *
         * @param caption what the table lists
         * @param header  the column headings (a renderer gives them {@code scope="col"}); never empty
         * @param rows    the rows, each with one cell per column; never empty
         * @throws IllegalArgumentException if either is empty or a row's cells do not match the columns
         */
        public Table {
            Objects.requireNonNull(caption, "caption");
            header = nonEmpty("header", header);
            rows = nonEmpty("rows", rows);
            for (Row r : rows) {
                if (r.cells().size() != header.size()) {
                    throw new IllegalArgumentException("a row has " + r.cells().size() + " cells for "
                            + header.size() + " columns");
                }
            }
        }

        @Override
        public List<Span> spans() {
            return factSpans(rows, Row::span, r -> Text.spansOf(r.cells()));
        }
    }

    /**
     * A table row; an empty cell is {@link Text#of(String) Text.of("—")}.
     *
     * @param cells one text per column
     * @param span  the fact the row shows, or null
     */
    record Row(List<Text> cells, Span span) {
        /**
         * Copies the cells.
         *
         * @param cells one text per column
         * @param span  the fact the row shows, or null
         */
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A numbered list, e.g. the resolutions of one kind; numbers run on across the
     * lists of one section.
     *
     * @param items the items, each with its number composed ({@code ٣.}); never empty
     */
    record NumberedList(List<Item> items) implements Block {
        /**
         * Copies the items.
         *
         * @param items the items, each with its number composed ({@code ٣.}); never empty
         * @throws IllegalArgumentException if there are none
         */
        public NumberedList {
            items = nonEmpty("items", items);
        }

        @Override
        public List<Span> spans() {
            return factSpans(items, Item::span, i -> i.text().spans());
        }
    }

    /**
     * A list without numbers: attendees, topics, people elected.
     *
     * @param items the items; their labels are empty; never empty
     */
    record ItemList(List<Item> items) implements Block {
        /**
         * Copies the items.
         *
         * @param items the items; their labels are empty; never empty
         * @throws IllegalArgumentException if there are none
         */
        public ItemList {
            items = nonEmpty("items", items);
        }

        @Override
        public List<Span> spans() {
            return factSpans(items, Item::span, i -> i.text().spans());
        }
    }

    /**
     * A list item.
     *
     * @param label its number as shown ({@code ١.}) in a numbered list, else empty
     * @param text  the item
     * @param span  the fact the item shows, or null
     */
    record Item(String label, Text text, Span span) {
        /**
         * Checks that both label and text are given.
         *
         * @param label its number as shown ({@code ١.}) in a numbered list, else empty
         * @param text  the item
         * @param span  the fact the item shows, or null
         */
        public Item {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * An image with the text that stands for it: the organisation's logo, at the head of the masthead.
     *
     * @param logo the image and its text ({@link Logo#alt()})
     */
    record Figure(Logo logo) implements Block {
        /**
         * Checks that there is an image.
         *
         * @param logo the image and its text
         */
        public Figure {
            Objects.requireNonNull(logo, "logo");
        }

        @Override
        public List<Span> spans() {
            return List.of();
        }
    }

    private static <T> List<T> nonEmpty(String what, List<T> list) {
        List<T> copy = List.copyOf(list);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        return copy;
    }

    /** Each element's own span, or the spans of its text where it has none. */
    private static <T> List<Span> factSpans(List<T> elements, Function<T, Span> own, Function<T, List<Span>> inner) {
        List<Span> spans = new ArrayList<>();
        for (T e : elements) {
            Span span = own.apply(e);
            for (Span s : span != null ? List.of(span) : inner.apply(e)) {
                if (!spans.contains(s)) {
                    spans.add(s);
                }
            }
        }
        return List.copyOf(spans);
    }
}
