package org.nashra.render.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * The words of a text as a reader copies them out of a PDF, and how many of one text's words
 * another holds in order: how the tests compare a printed PDF's text with the page.
 *
 * <pre>{@code
 * int found = Words.inOrder(Words.of(paragraph), Words.of(pdfText));
 * }</pre>
 */
public final class Words {
    /** The elements whose words are compared, each on its own: the innermost of these. */
    private static final String LEAVES = "h1, h2, h3, h4, p, li, dt, dd, th, td";

    private Words() {
    }

    /**
     * How many words there are in a page's headings, paragraphs, list items, facts and table
     * cells, and how many of them a PDF's text holds in order, element by element. The check is
     * per element: PDFBox strings the cells of one printed line together from left to right, so
     * a right-to-left table row comes out with its cells reversed, and it may write a value and
     * its label without a space between them. Hidden captions are left out.
     */
    public static Count ofEachElementInOrder(String html, String pdfText) {
        List<String> pdfWords = of(pdfText);
        Document page = Jsoup.parse(html);
        page.select(".nashra-hidden").remove();
        List<Element> leaves = page.select(LEAVES).stream().filter(e -> e.select(LEAVES).size() == 1).toList();
        int words = 0;
        int found = 0;
        for (Element leaf : leaves) {
            List<String> want = of(leaf.text());
            words += want.size();
            found += inOrder(want, pdfWords);
        }
        return new Count(words, found);
    }

    /**
     * Words of a page, and how many of them were found.
     *
     * @param words the words of the page's elements
     * @param found how many of them were found in order
     */
    public record Count(int words, int found) {
        public double share() {
            return (double) found / words;
        }
    }

    /** Words as copy and paste gives them: NFKC, no harakat, tatweel, bidi marks, punctuation or symbols. */
    static List<String> of(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\u064B-\\u065F\\u0670\\u0640\\u200B-\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]", "")
                .replaceAll("[\\p{P}\\p{S}]", " ");
        return Arrays.stream(normal.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * How many of the words appear in {@code printed} in this order, each in a word of its own
     * or inside a longer one (PDFBox may join a value to its label); a word not found after
     * the last one found is skipped.
     */
    static int inOrder(List<String> words, List<String> printed) {
        int at = 0;
        int found = 0;
        for (String w : words) {
            int i = at;
            while (i < printed.size() && !printed.get(i).contains(w)) {
                i++;
            }
            if (i < printed.size()) {
                found++;
                at = printed.get(i).equals(w) ? i + 1 : i;
            }
        }
        return found;
    }
}
