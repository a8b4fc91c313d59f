package org.nashra.render.html.internal;

import org.nashra.document.Block;
import org.nashra.document.BulletinDocument;
import org.nashra.document.Part;
import org.nashra.document.Run;
import org.nashra.document.Section;
import org.nashra.document.Text;
import org.nashra.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where each fact of a bulletin was read in its full text: {@code <mark>} ranges of the
 * full-text paragraphs, the first of each fact's with an id, and the id a fact links to.
 * A paragraph of the document is its source line with white space squeezed and digits
 * perhaps converted, so source offsets are carried into it by aligning the two strings.
 *
 * <pre>{@code
 * Evidence e = Evidence.of(document, sourceText, "nashra-1");
 * e.anchor(run.span());              // Optional[nashra-1-t-46]: the fact links to #nashra-1-t-46
 * e.marks(paragraph.span());         // the <mark> ranges of that paragraph
 * }</pre>
 */
final class Evidence {
    private static final Evidence NONE = new Evidence(Map.of(), Map.of());

    /**
     * A range of a paragraph's shown text to mark.
     *
     * @param start first char, in the paragraph's plain text
     * @param end   end, exclusive
     * @param id    the anchor id of the facts starting here, or null
     */
    record Mark(int start, int end, String id) {
    }

    private final Map<Integer, String> anchorByStart;
    private final Map<Span, List<Mark>> marksByParagraph;

    private Evidence(Map<Integer, String> anchorByStart, Map<Span, List<Mark>> marksByParagraph) {
        this.anchorByStart = anchorByStart;
        this.marksByParagraph = marksByParagraph;
    }

    /** No marks and no links. */
    static Evidence none() {
        return NONE;
    }

    /** The marks and links of a document whose full text is {@code source}. */
    static Evidence of(BulletinDocument document, String source, String idPrefix) {
        Optional<Section> fullText = document.section(Part.FULL_TEXT);
        if (fullText.isEmpty()) {
            return NONE;
        }
        List<Span> facts = new ArrayList<>();
        for (Section s : document.sections()) {
            if (s.part() != Part.FULL_TEXT) {
                for (Block b : s.blocks()) {
                    for (Text t : Blocks.texts(b)) {
                        for (Run r : t.runs()) {
                            if (r.span() != null && r.span().end() <= source.length() && !facts.contains(r.span())) {
                                facts.add(r.span());
                            }
                        }
                    }
                }
            }
        }
        Map<Integer, String> anchors = new HashMap<>();
        Map<Span, List<Mark>> marks = new HashMap<>();
        for (Block b : fullText.get().blocks()) {
            if (b instanceof Block.Paragraph p && p.span() != null) {
                marks.put(p.span(), marks(p, source, facts, idPrefix, anchors));
            }
        }
        return new Evidence(Map.copyOf(anchors), Map.copyOf(marks));
    }

    /** The id a fact read at {@code span} links to, if its text is shown marked. */
    Optional<String> anchor(Span span) {
        return span == null ? Optional.empty() : Optional.ofNullable(anchorByStart.get(span.start()));
    }

    /** The marks of the full-text paragraph cut from {@code span}, in order; empty when none. */
    List<Mark> marks(Span paragraph) {
        return paragraph == null ? List.of() : marksByParagraph.getOrDefault(paragraph, List.of());
    }

    private static List<Mark> marks(Block.Paragraph p, String source, List<Span> facts, String idPrefix,
                                    Map<Integer, String> anchors) {
        Span line = p.span();
        int[] at = align(source.substring(line.start(), line.end()), p.text().plain());
        TreeSet<Integer> cuts = new TreeSet<>();
        List<int[]> covered = new ArrayList<>();
        Map<Integer, Integer> startOfFact = new HashMap<>();
        for (Span f : facts) {
            if (f.start() >= line.end() || f.end() <= line.start()) {
                continue;
            }
            int from = at[Math.max(f.start(), line.start()) - line.start()];
            int to = at[Math.min(f.end(), line.end()) - line.start()];
            if (from >= to) {
                continue;
            }
            cuts.add(from);
            cuts.add(to);
            covered.add(new int[] {from, to});
            if (f.start() >= line.start()) {
                startOfFact.putIfAbsent(from, f.start());
                String id = idPrefix + "-t-" + startOfFact.get(from);
                anchors.put(f.start(), id);
            }
        }
        List<Mark> marks = new ArrayList<>();
        Integer from = cuts.isEmpty() ? null : cuts.first();
        for (Integer to = from == null ? null : cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            int a = from;
            int b = to;
            if (covered.stream().anyMatch(c -> c[0] <= a && b <= c[1])) {
                Integer fact = startOfFact.get(a);
                marks.add(new Mark(a, b, fact == null ? null : idPrefix + "-t-" + fact));
            }
        }
        return List.copyOf(marks);
    }

    /**
     * For each offset of {@code source} (and its end), the offset of {@code shown} it
     * falls at: chars that match (the same char, the same digit in other numerals, a
     * space for any white space) move both on; others (squeezed spaces, dropped
     * controls) move the source only.
     */
    static int[] align(String source, String shown) {
        int[] at = new int[source.length() + 1];
        int j = 0;
        for (int i = 0; i < source.length(); i++) {
            at[i] = j;
            if (j < shown.length() && same(source.charAt(i), shown.charAt(j))) {
                j++;
            }
        }
        at[source.length()] = j;
        return at;
    }

    private static boolean same(char source, char shown) {
        if (source == shown) {
            return true;
        }
        if (Character.isDigit(source) && Character.isDigit(shown)) {
            return Character.digit(source, 10) == Character.digit(shown, 10);
        }
        return shown == ' ' && (Character.isWhitespace(source) || Character.isSpaceChar(source));
    }
}
