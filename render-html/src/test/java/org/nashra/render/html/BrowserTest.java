package org.nashra.render.html;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import org.nashra.document.BulletinText;

/**
 * A real browser: headless Chromium prints the page of each corpus bulletin (and of the
 * injection bulletin, whose name holds U+202E, with three {@code <b>} for its 10,000) to PDF, and PDFBox's text of that PDF holds
 * the words of every heading, paragraph, list item, fact and table cell, each in order
 * ({@link Words#ofEachElementInOrder}).
 *
 * <p>Skipped, with the reason printed, where no {@code chromium} is on the PATH.
 */
class BrowserTest {
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
            BulletinText e = Corpus.entry(name);
            pages.put(name, renderer.page(e.bulletin(), e.sourceText()));
        }
        // not the 10,000 <b>: Chromium takes minutes over one line of 10,000 isolated Latin runs
        pages.put("injection", renderer.page(InjectionTest.hostile("<b><b><b>"), InjectionTest.hostileText("<b><b><b>")));

        Map<String, String> printed = printAll(pages);
        SoftAssertions softly = new SoftAssertions();

        for (Map.Entry<String, String> page : pages.entrySet()) {
            Words.Count count = Words.ofEachElementInOrder(page.getValue(), printed.get(page.getKey()));
            System.out.printf("%s: %d of %d words in order%n", page.getKey(), count.found(), count.words());
            softly.assertThat(count.words()).isPositive();
            softly.assertThat(count.share()).as(page.getKey()).isGreaterThanOrEqualTo(MIN_IN_ORDER);
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
        assertThat(Words.inOrder(Words.of("سعاد المنصوري"), Words.of(printed))).isEqualTo(2);
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
}
