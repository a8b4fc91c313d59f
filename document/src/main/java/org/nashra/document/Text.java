package org.nashra.document;

import org.nashra.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A line of document text as a sequence of {@link Run}s.
 *
 * <pre>{@code
 * Text t = new Text(List.of(new Run("الرفيق ", Run.Kind.TEXT, null, null, null),
 *         new Run("رائد فهمي", Run.Kind.NAME, null, null, new Span(111, 125))));
 * t.plain();   // "الرفيق رائد فهمي"
 * }</pre>
 *
 * @param runs the runs in logical order; never empty
 */
public record Text(List<Run> runs) {

    /**
     * Copies the runs.
     *
     * @param runs the runs in logical order; never empty
     * @throws IllegalArgumentException if there are none
     */
    public Text {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a text has no runs");
        }
    }

    /**
     * A text of one plain run, for composed words that show no fact.
     *
     * @param plain what is shown; not empty
     * @return the text
     */
    public static Text of(String plain) {
        return new Text(List.of(new Run(plain, Run.Kind.TEXT, null, null, null)));
    }

    /**
     * The runs' text joined, as a reader sees it.
     *
     * @return the plain text
     */
    public String plain() {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs) {
            sb.append(r.text());
        }
        return sb.toString();
    }

    /**
     * The source spans of the runs.
     *
     * @return the spans in order, each once
     */
    public List<Span> spans() {
        List<Span> spans = new ArrayList<>();
        for (Run r : runs) {
            if (r.span() != null && !spans.contains(r.span())) {
                spans.add(r.span());
            }
        }
        return List.copyOf(spans);
    }

    @Override
    public String toString() {
        return plain();
    }

    static List<Span> spansOf(List<Text> texts) {
        List<Span> spans = new ArrayList<>();
        for (Text t : Objects.requireNonNull(texts)) {
            for (Span s : t.spans()) {
                if (!spans.contains(s)) {
                    spans.add(s);
                }
            }
        }
        return List.copyOf(spans);
    }
}
