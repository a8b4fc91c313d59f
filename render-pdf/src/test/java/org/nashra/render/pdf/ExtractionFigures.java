package org.nashra.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.model.Bulletin;

/**
 * Prints the text-extraction figures of the README: the corpus texts rendered
 * with each justification, extracted by PDFBox (three settings) and by
 * poppler's {@code pdftotext}, and the source words found back in order (the
 * longest common subsequence of the word lists, after the normalisation of
 * {@link RoundTripTest#words}).
 *
 * <pre>{@code
 * render-pdf/src/test/extraction-figures.sh     # builds, then runs this class
 * }</pre>
 *
 * <p>Needs {@code pdftotext} (Debian poppler-utils) on the path; a tool, not a
 * test, since tests do not run other programs.
 */
public final class ExtractionFigures {

    private ExtractionFigures() {
    }

    /** One way of getting the text out of a PDF file. */
    private record Extractor(String name, Extraction extract) {
    }

    @FunctionalInterface
    private interface Extraction {
        String apply(Path pdf) throws IOException;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ExtractionFigures WORK_DIRECTORY");
        }
        Path work = Files.createDirectories(Path.of(args[0]));
        List<Extractor> extractors = List.of(
                new Extractor("PDFBox, default settings (unsorted, spaces guessed)",
                        pdf -> PdfProbe.textWithDefaultSettings(Files.readAllBytes(pdf))),
                new Extractor("PDFBox, sorted, spaces guessed",
                        pdf -> PdfProbe.textWithDefaultSpacing(Files.readAllBytes(pdf))),
                new Extractor("PDFBox, sorted, space glyphs only (RoundTripTest)",
                        pdf -> PdfProbe.text(Files.readAllBytes(pdf))),
                new Extractor("poppler pdftotext", ExtractionFigures::pdftotext));
        for (Justification justification : List.of(Justification.INTER_WORD, Justification.KASHIDA)) {
            PdfRenderer renderer = PdfRenderer.builder().justification(justification).build();
            int[] found = new int[extractors.size()];
            int total = 0;
            for (Path text : DevelopmentCorpus.texts()) {
                String source = Files.readString(text);
                List<String> expected = RoundTripTest.words(source);
                total += expected.size();
                Path pdf = work.resolve(text.getFileName().toString().replace(".txt", "-" + justification + ".pdf"));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                renderer.render(Bulletin.builder(Bulletin.Kind.OTHER).build(), source, out);
                Files.write(pdf, out.toByteArray());
                for (int e = 0; e < extractors.size(); e++) {
                    found[e] += commonInOrder(expected, RoundTripTest.words(extractors.get(e).extract().apply(pdf)));
                }
            }
            for (int e = 0; e < extractors.size(); e++) {
                System.out.printf("%-10s %-55s %5d / %d  %5.1f %%%n", justification, extractors.get(e).name(),
                        found[e], total, 100.0 * found[e] / total);
            }
        }
    }

    /** The length of the longest common subsequence. */
    static int commonInOrder(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String word : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = word.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    private static String pdftotext(Path pdf) throws IOException {
        try {
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text;
            try (InputStream in = process.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (process.waitFor() != 0) {
                throw new IllegalStateException("pdftotext failed on " + pdf);
            }
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
