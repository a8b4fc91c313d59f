package org.nashra.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * the length, for press text and for degenerate input alike. Run by hand:
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
    @Param({"10000", "100000", "1000000"})
    public int length;

    /** {@code bulletin}: a press text repeated; {@code letter}: one letter; {@code dates}: numbers and slashes. */
    @Param({"bulletin", "letter", "dates"})
    public String kind;

    private String text;

    @Setup
    public void setUp() throws IOException {
        String unit = switch (kind) {
            case "bulletin" -> sample() + "\n\n";
            case "letter" -> "ا";
            case "dates" -> "1/9/2013 يوم 20 – 21 ";
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
        StringBuilder sb = new StringBuilder(length + unit.length());
        while (sb.length() < length) {
            sb.append(unit);
        }
        sb.setLength(length);
        if (Character.isHighSurrogate(sb.charAt(length - 1))) {
            sb.setLength(length - 1);
        }
        text = sb.toString();
    }

    @Benchmark
    public Bulletin parse() {
        return BulletinParser.parse(text);
    }

    private static String sample() throws IOException {
        try (InputStream in = ParserBenchmark.class.getResourceAsStream("sample.txt")) {
            if (in == null) {
                throw new IOException("missing resource sample.txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
