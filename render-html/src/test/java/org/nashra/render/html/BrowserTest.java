package org.nashra.render.html;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real browser: headless Chromium prints the page of each corpus bulletin (and of the
 * injection bulletin, whose name holds U+202E, with three {@code <b>} for its 10,000) to PDF, and PDFBox's text of that PDF holds
 * the words of every heading, paragraph, list item, fact and table cell, each in order.
 * The check is per element: PDFBox strings the cells of one printed line together from
 * left to right, so a right-to-left table row comes out with its cells reversed, and it
 * may write a value and its label without a space between them.
 *
 * <p>Skipped, with the reason printed, where no {@code chromium} is on the PATH.
 */
class BrowserTest {
    private static final String LEAVES = "h1, h2, h3, h4, p, li, dt, dd, th, td";
    /**
     * The share of each page's words found in order (0.90 to 1.00 on this corpus, measured). Not
     * all: PDFBox orders the digits of a number and the Arabic around it by position, so a number
     * inside an Arabic line may come out before the words that precede it, and a word broken at
     * a line's end comes out as two. A bidi control leaking out of its element reverses whole
     * lines and falls far below.
     */
    private static final double MIN_IN_ORDER = 0.85;

    @TempDir
    static Path dir;

    private static Chromium chromium;

    @BeforeAll
    static void findChromium() {
        chromium = Chromium.find().orElse(null);
        if (chromium == null) {
            System.out.println("BrowserTest skipped: no chromium on the PATH (Debian: apt-get install chromium)");
        }
        assumeTrue(chromium != null, "no chromium on the PATH");
    }

    @Test
    void chromiumPrintsEveryBulletinWithTheWordsOfEachElementInOrder() throws Exception {
        Map<String, String> pages = new TreeMap<>();
        HtmlRenderer renderer = HtmlRenderer.create();
        for (String name : Corpus.names()) {
            HtmlRenderer.Entry e = Corpus.entry(name);
            pages.put(name, renderer.page(e.bulletin(), e.sourceText()));
        }
        // not the 10,000 <b>: Chromium takes minutes over one line of 10,000 isolated Latin runs
        pages.put("injection", renderer.page(InjectionTest.hostile("<b><b><b>"), InjectionTest.hostileText("<b><b><b>")));

        Map<String, String> printed = printAll(pages);
        SoftAssertions softly = new SoftAssertions();

        for (Map.Entry<String, String> page : pages.entrySet()) {
            List<String> pdfWords = words(printed.get(page.getKey()));
            Document html = Jsoup.parse(page.getValue());
            html.select(".nashra-hidden").remove();
            List<Element> leaves = html.select(LEAVES).stream().filter(e -> e.select(LEAVES).size() == 1).toList();
            int words = 0;
            int found = 0;
            for (Element leaf : leaves) {
                List<String> want = words(leaf.text());
                words += want.size();
                found += inOrder(want, pdfWords);
            }
            System.out.printf("%s: %d of %d words in order%n", page.getKey(), found, words);
            softly.assertThat(words).isPositive();
            softly.assertThat((double) found / words).as(page.getKey()).isGreaterThanOrEqualTo(MIN_IN_ORDER);
        }
        softly.assertAll();
    }

    @Test
    void aRightToLeftOverrideInANameDoesNotReverseTheRestOfItsLine() throws Exception {
        String html = HtmlRenderer.create().fragment(InjectionTest.hostile("<b>"), null);
        String page = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>t</title><style>"
                + HtmlRenderer.create().stylesheet() + "</style></head><body>" + html + "</body></html>";

        String printed = printAll(Map.of("override", page)).get("override");

        // the role after the name (سعاد المنصوري) and the words after it read in order
        assertThat(inOrder(words("سعاد المنصوري"), words(printed))).isEqualTo(2);
        assertThat(printed).doesNotContain("يرونصملا");
    }

    private static Map<String, String> printAll(Map<String, String> pages) throws Exception {
        // each run spends most of its seconds waiting, so a few run side by side
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Map<String, Future<String>> jobs = new TreeMap<>();
            for (Map.Entry<String, String> page : pages.entrySet()) {
                String name = page.getKey();
                Path html = Files.writeString(dir.resolve(name + ".html"), page.getValue());
                jobs.put(name, pool.submit(() -> {
                    Path pdf = dir.resolve(name + ".pdf");
                    chromium.printToPdf(html, pdf, Files.createDirectories(dir.resolve("profile-" + name)));
                    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                        return new PDFTextStripper().getText(doc);
                    }
                }));
            }
            Map<String, String> texts = new TreeMap<>();
            for (Map.Entry<String, Future<String>> job : jobs.entrySet()) {
                texts.put(job.getKey(), job.getValue().get());
            }
            return texts;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Words as copy and paste gives them: NFKC, no harakat, tatweel, bidi marks, punctuation or symbols. */
    static List<String> words(String text) {
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
