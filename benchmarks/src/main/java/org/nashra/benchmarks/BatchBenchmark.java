package org.nashra.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nashra.render.pdf.PdfRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.nashra.document.BulletinText;

/**
 * 100 bulletins (the 17 corpus texts in turn) to PDF by one renderer in one thread: {@code collection}
 * prints them as one collection (cover, contents, each bulletin from a new page), {@code batch} as 100
 * documents. Divide the pages printed at setup by the time for pages per second. Runs in a 256 MB heap;
 * the peak heap the JVM's memory pools saw (garbage included) is printed at the end.
 * Run by hand:
 *
 * <pre>
 * mvn -q -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar BatchBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class BatchBenchmark {
    private static final int BULLETINS = 100;

    private final PdfRenderer renderer = PdfRenderer.builder().build();
    private List<Corpus.Item> items;
    private List<BulletinText> entries;

    @Setup
    public void setUp() throws IOException {
        items = Corpus.items();
        entries = new ArrayList<>();
        for (int i = 0; i < BULLETINS; i++) {
            Corpus.Item item = items.get(i % items.size());
            entries.add(BulletinText.of(item.bulletin(), item.text()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = renderer.render("نشرات", entries, out).pages();
        System.out.println("\n" + BULLETINS + " bulletins: a collection of " + pages + " pages, " + out.size()
                + " bytes; " + batch() + " pages as separate documents");
    }

    /** The collection; returns the page count. */
    @Benchmark
    public int collection() throws IOException {
        return renderer.render("نشرات", entries, new ByteArrayOutputStream(1 << 20)).pages();
    }

    /** The batch; returns the page count. */
    @Benchmark
    public int batch() throws IOException {
        int pages = 0;
        for (int i = 0; i < BULLETINS; i++) {
            Corpus.Item item = items.get(i % items.size());
            pages += renderer.render(item.bulletin(), item.text(), new ByteArrayOutputStream(1 << 16)).pages();
        }
        return pages;
    }

    @TearDown(Level.Trial)
    public void peakHeap() {
        HeapPeak.print();
    }
}
