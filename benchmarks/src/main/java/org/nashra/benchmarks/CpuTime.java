package org.nashra.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.nashra.parser.BulletinParser;
import org.nashra.parser.ParseOptions;
import org.nashra.parser.WordCache;
import org.nashra.render.htmlpdf.HtmlPdfRenderer;
import org.nashra.render.pdf.PdfRenderer;

/**
 * The same comparisons as the JMH benchmarks, timed in CPU time of the measuring thread, interleaved
 * in one JVM: on a machine shared with other work, JMH's wall-clock times (and their error columns) grow
 * with the load, while the CPU time a render takes stays close to what it is on an idle machine. Prints
 * the direct and the openhtmltopdf engine on every corpus bulletin (CPU ms per bulletin, the ratio, the
 * PDF sizes) and the parser's MB of UTF-8 per CPU second: each corpus text alone (without and with a
 * {@link WordCache}) and growing inputs. Run by hand:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.nashra.benchmarks.CpuTime [rounds]
 * </pre>
 */
public final class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTime() {
    }

    /**
     * @param args the measured rounds over the corpus (default 10), after as many warm-up rounds
     */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<Corpus.Item> items = Corpus.items();
        PdfRenderer direct = PdfRenderer.builder().build();
        HtmlPdfRenderer html = HtmlPdfRenderer.builder().build();
        long[] sizes = new long[2];
        long[] cpu = new long[2];
        for (int round = -rounds; round < rounds; round++) {
            for (Corpus.Item item : items) {
                for (int engine = 0; engine < 2; engine++) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
                    long start = THREADS.getCurrentThreadCpuTime();
                    if (engine == 0) {
                        direct.render(item.bulletin(), item.text(), out);
                    } else {
                        html.render(item.bulletin(), item.text(), out);
                    }
                    if (round >= 0) {
                        cpu[engine] += THREADS.getCurrentThreadCpuTime() - start;
                        sizes[engine] += out.size();
                    }
                }
            }
        }
        int renders = rounds * items.size();
        System.out.printf("corpus bulletins with their text, %d renders each, warm, interleaved:%n", renders);
        System.out.printf("  direct %.2f CPU ms/bulletin, %d bytes/PDF%n", cpu[0] / 1e6 / renders, sizes[0] / renders);
        System.out.printf("  html   %.2f CPU ms/bulletin, %d bytes/PDF%n", cpu[1] / 1e6 / renders, sizes[1] / renders);
        System.out.printf("  direct/html: CPU %.3f, size %.3f%n", (double) cpu[0] / cpu[1],
                (double) sizes[0] / sizes[1]);

        // a program reading communiqués one by one: each corpus text parsed alone, without a word cache and with
        // one made new each round, so that a text finds the words of the texts before it, never its own
        long[] single = new long[2];
        long singleBytes = 0;
        for (int round = -rounds; round < rounds; round++) {
            ParseOptions cached = ParseOptions.builder().wordCache(WordCache.create()).build();
            for (Corpus.Item item : items) {
                for (int cache = 0; cache < 2; cache++) {
                    long start = THREADS.getCurrentThreadCpuTime();
                    BulletinParser.parse(item.text(), cache == 0 ? ParseOptions.DEFAULTS : cached);
                    if (round >= 0) {
                        single[cache] += THREADS.getCurrentThreadCpuTime() - start;
                    }
                }
                if (round >= 0) {
                    singleBytes += item.text().getBytes(StandardCharsets.UTF_8).length;
                }
            }
        }
        System.out.printf("corpus texts parsed one by one (%d parses): %.2f MB/CPU s, with a word cache %.2f MB/CPU s"
                + " (CPU %.3f)%n", renders, singleBytes * 1e3 / single[0], singleBytes * 1e3 / single[1],
                (double) single[1] / single[0]);

        String unit = Corpus.joined();
        for (int length : new int[] {100_000, 1_000_000, 5_000_000}) {
            String text = Inputs.repeated(unit, length);
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            BulletinParser.parse(text);
            long start = THREADS.getCurrentThreadCpuTime();
            int times = Math.max(1, 3_000_000 / length);
            for (int i = 0; i < times; i++) {
                BulletinParser.parse(text);
            }
            double seconds = (THREADS.getCurrentThreadCpuTime() - start) / 1e9 / times;
            System.out.printf("parse %,d chars (%,d bytes): %.1f CPU ms, %.2f MB/CPU s%n", length, bytes,
                    seconds * 1000, bytes / 1e6 / seconds);
        }
    }
}
