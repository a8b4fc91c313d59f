package org.nashra.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.nashra.model.Bulletin;
import org.nashra.parser.BulletinParser;
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
 * {@link BulletinParser#parse(String)} over growing inputs: the time per call should grow linearly with
 * the length, for press text and for degenerate input alike. {@code corpus} is the 17 development texts one
 * after another, repeated: the throughput in MB/s is the UTF-8 size printed at setup over the time. Run by hand:
 *
 * <pre>
 * mvn -q -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ParserBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {
    /** Input length in chars. */
    @Param({"10000", "100000", "1000000", "5000000"})
    public int length;

    /**
     * {@code corpus}: the development texts repeated; {@code bulletin}: a press text repeated; {@code letter}: one
     * letter; {@code dates}: numbers and slashes.
     */
    @Param({"corpus", "bulletin", "letter", "dates"})
    public String kind;

    private String text;

    @Setup
    public void setUp() throws IOException {
        String unit = switch (kind) {
            case "corpus" -> Corpus.joined();
            case "bulletin" -> Inputs.sample() + "\n\n";
            case "letter" -> "ا";
            case "dates" -> "1/9/2013 يوم 20 – 21 ";
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
        text = Inputs.repeated(unit, length);
        System.out.println("\n" + kind + " " + length + " chars: "
                + text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " bytes of UTF-8");
    }

    @Benchmark
    public Bulletin parse() {
        return BulletinParser.parse(text);
    }
}
