package org.nashra.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.nashra.model.Bulletin;
import org.nashra.parser.BulletinParser;
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

/**
 * A 2 MB text parsed in a 64 MB heap: the 17 corpus texts repeated to 1,169,100 chars (2,140,200 bytes of
 * UTF-8, the text {@code nashra parse} is checked with in {@code BENCHMARKS.md}). The run fails with an
 * {@code OutOfMemoryError} when a parse no longer fits; the peak heap is printed at the end. Run by hand:
 *
 * <pre>
 * mvn -q -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ParserHeapBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class ParserHeapBenchmark {
    private static final int CHARS = 1_169_100;

    private String text;

    @Setup
    public void setUp() {
        text = Inputs.repeated(Corpus.joined(), CHARS);
        System.out.println("\n" + CHARS + " chars: " + text.getBytes(StandardCharsets.UTF_8).length + " bytes of UTF-8");
    }

    @Benchmark
    public Bulletin parse() {
        return BulletinParser.parse(text);
    }

    @TearDown(Level.Trial)
    public void peakHeap() {
        HeapPeak.print();
    }
}
