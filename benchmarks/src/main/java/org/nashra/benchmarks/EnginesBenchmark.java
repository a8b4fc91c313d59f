package org.nashra.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.nashra.render.htmlpdf.HtmlPdfRenderer;
import org.nashra.render.html.HtmlRenderer;
import org.nashra.render.pdf.PdfRenderer;
import org.nashra.render.pdf.RenderReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One bulletin to PDF by both engines, on the same bulletin, text and bundled fonts, in the same run:
 * {@code direct} ({@link PdfRenderer}, PDFBox) against {@code html} ({@link HtmlPdfRenderer}, the HTML
 * page through openhtmltopdf), and {@code htmlPage}, the HTML page alone ({@link HtmlRenderer}). Both PDF
 * engines keep one renderer across calls, as an application would. The bulletin is the shortest corpus text
 * ({@code invitation-02}), printed without its text ({@code text=false}: the facts, one A4 page) or followed
 * by it ({@code text=true}: two pages); setup prints each engine's page count and PDF size.
 * Run by hand:
 *
 * <pre>
 * mvn -q -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar EnginesBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EnginesBenchmark {
    /** The corpus text printed. */
    @Param({"invitation-02"})
    public String name;

    /** Whether the text follows the facts. */
    @Param({"false", "true"})
    public boolean text;

    private Corpus.Item item;
    /** The source text printed after the facts, or null for the facts alone (the renderers' own convention). */
    private String source;
    private final PdfRenderer direct = PdfRenderer.builder().build();
    private final HtmlPdfRenderer html = HtmlPdfRenderer.builder().build();
    private final HtmlRenderer page = HtmlRenderer.create();

    @Setup
    public void setUp() throws IOException {
        item = Corpus.item(name);
        source = text ? item.text() : null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = direct.render(item.bulletin(), source, out).pages();
        System.out.println("\n" + name + " direct: " + pages + " page(s), " + out.size() + " bytes");
        out.reset();
        pages = html.render(item.bulletin(), source, out).pages();
        System.out.println(name + " html: " + pages + " page(s), " + out.size() + " bytes");
    }

    @Benchmark
    public RenderReport direct() throws IOException {
        return direct.render(item.bulletin(), source, new ByteArrayOutputStream(1 << 16));
    }

    @Benchmark
    public RenderReport html() throws IOException {
        return html.render(item.bulletin(), source, new ByteArrayOutputStream(1 << 16));
    }

    @Benchmark
    public String htmlPage() {
        return page.page(item.bulletin(), source);
    }
}
