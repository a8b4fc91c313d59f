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
 * The whole parser, frames included, over growing inputs up to 5 MB, on the inputs that would make a
 * frame rule read far: a report repeated, the same report run on without any punctuation or line break
 * (one sentence of millions of tokens), and cue words of every frame in a row. The time per call should
 * grow linearly with the length. Run by hand:
 *
 * <pre>
 * mvn -q -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar FramesBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class FramesBenchmark {
    /** Input length in chars. */
    @Param({"50000", "500000", "5000000"})
    public int length;

    /** {@code report}: a press text repeated; {@code runon}: the same without punctuation; {@code cues}: cue words. */
    @Param({"report", "runon", "cues"})
    public String kind;

    private String text;

    @Setup
    public void setUp() throws IOException {
        String unit = switch (kind) {
            case "report" -> Inputs.sample() + "\n\n";
            case "runon" -> Inputs.sample().replaceAll("[\\p{P}\\n]", " ") + " ";
            case "cues" -> "وطالب وندين ودعا وقرر واكد وسنعمل وتلقى برقيات من ووجه رسالة الى وعبر عن الشكر لـ "
                    + "وانتخاب لجنة ودقيقة صمت وبحضور الرفيق ووفود تمثل منظمات في وعقد اجتماعا ";
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
        text = Inputs.repeated(unit, length);
    }

    @Benchmark
    public Bulletin parse() {
        return BulletinParser.parse(text);
    }
}
