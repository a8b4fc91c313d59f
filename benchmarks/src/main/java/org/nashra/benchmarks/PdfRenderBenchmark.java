package org.nashra.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.nashra.model.Bulletin;
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
 * {@link PdfRenderer#render(Bulletin, String, java.io.OutputStream)} of the sample press text repeated
 * {@code copies} times (a copy is about a third of an A4 page), with one renderer kept across calls as an
 * application would keep it: shaped words come from its cache after the first document. Divide the
 * time by {@code pages} (set at setup) for the time per page. Run by hand:
 *
 * <pre>
 * mvn -q -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar PdfRenderBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdfRenderBenchmark {
    /** How many times the sample text is repeated in the document. */
    @Param({"1", "25"})
    public int copies;

    /** Pages of the document, for the time per page. */
    public int pages;

    private final PdfRenderer renderer = PdfRenderer.builder().build();
    private final Bulletin bulletin = Bulletin.builder(Bulletin.Kind.CONFERENCE).title("المؤتمر الحادي عشر").build();
    private String text;

    @Setup
    public void setUp() throws IOException {
        text = (Inputs.sample() + "\n").repeat(copies);
        pages = render().pages();
        System.out.println("\n" + copies + " copies: " + pages + " pages");
    }

    @Benchmark
    public RenderReport render() throws IOException {
        return renderer.render(bulletin, text, new ByteArrayOutputStream(1 << 16));
    }
}
