package org.nashra.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.model.Bulletin;

/**
 * Prints the text-extraction figures of the README: the corpus texts rendered
 * kashida-justified (and inter-word, for comparison), extracted by PDFBox
 * (as it comes, and sorted by position), pdf.js ({@code pdfjs-dist} under
 * Node), poppler's {@code pdftotext} and MuPDF (its WebAssembly build, npm
 * {@code mupdf}, under Node), and the share
 * of source words found back in order: the longest common subsequence of the
 * word lists over the number of source words, after the normalisation of
 * {@link RoundTripTest#words} (NFKC, white space collapsed, bidi marks, the
 * invisible joiners U+034F and U+2060, and U+0640 dropped: an inserted
 * kashida may copy as a tatweel).
 *
 * <pre>{@code
 * render-pdf/scripts/extraction.sh     # builds, installs pdf.js, then runs this class
 * }</pre>
 *
 * <p>A tool, not a test, since tests do not run other programs. An extractor
 * that is not installed is skipped with the reason printed.
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

    /**
     * @param args the work directory for the PDFs, then the folder of the Node scripts
     *             ({@code scripts/pdfjs-text.mjs}, {@code scripts/mupdf-text.mjs})
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ExtractionFigures WORK_DIRECTORY SCRIPTS_DIRECTORY");
        }
        Path work = Files.createDirectories(Path.of(args[0]));
        String pdfjs = Path.of(args[1], "pdfjs-text.mjs").toString();
        String mupdf = Path.of(args[1], "mupdf-text.mjs").toString();
        List<Extractor> extractors = new ArrayList<>(List.of(
                new Extractor("PDFBox as it comes", pdf -> PdfProbe.textWithDefaultSettings(Files.readAllBytes(pdf))),
                new Extractor("PDFBox sorted", pdf -> PdfProbe.textWithDefaultSpacing(Files.readAllBytes(pdf)))));
        addIfInstalled(extractors, "pdf.js", List.of("node", pdfjs), List.of("node", pdfjs));
        addIfInstalled(extractors, "pdftotext", List.of("pdftotext", "-v"), List.of("pdftotext", "-enc", "UTF-8"));
        addIfInstalled(extractors, "MuPDF", List.of("node", mupdf), List.of("node", mupdf));
        record Setting(String name, PdfRenderer renderer) {
        }
        List<Setting> settings = List.of(
                new Setting("kashida", PdfRenderer.builder().build()),
                new Setting("inter-word", PdfRenderer.builder().justification(Justification.INTER_WORD).build()));
        for (Setting setting : settings) {
            String only = System.getProperty("settings", "");   // SETTINGS=kashida extraction.sh: that one only
            if (!only.isEmpty() && !only.equals(setting.name())) {
                continue;
            }
            int[] found = new int[extractors.size()];
            int total = 0;
            for (Path text : DevelopmentCorpus.texts()) {
                String source = Files.readString(text);
                List<String> expected = RoundTripTest.words(source);
                total += expected.size();
                Path pdf = work.resolve(text.getFileName().toString().replace(".txt", "-" + setting.name() + ".pdf"));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                setting.renderer().render(Bulletin.builder(Bulletin.Kind.OTHER).build(), source, out);
                Files.write(pdf, out.toByteArray());
                for (int e = 0; e < extractors.size(); e++) {
                    String copied = extractors.get(e).extract().apply(pdf);
                    Files.writeString(work.resolve(pdf.getFileName() + "." + e + ".txt"), copied);
                    found[e] += commonInOrder(expected, RoundTripTest.words(copied));
                }
            }
            for (int e = 0; e < extractors.size(); e++) {
                System.out.printf("%-10s %-20s %5d / %d  %5.1f %%%n", setting.name(), extractors.get(e).name(),
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

    private static void addIfInstalled(List<Extractor> extractors, String name, List<String> probe,
                                       List<String> command) {
        try {
            Process process = new ProcessBuilder(probe).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            process.waitFor();
            extractors.add(new Extractor(name, pdf -> run(command, pdf)));
        } catch (IOException e) {
            System.out.printf("%s skipped: %s not found (%s)%n", name, probe.get(0), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs an extractor with the PDF as last argument; its text on standard output. */
    private static String run(List<String> command, Path pdf) throws IOException {
        List<String> full = new ArrayList<>(command);
        full.add(pdf.toString());
        if ("pdftotext".equals(command.get(0))) {
            full.add("-");
        }
        try {
            Process process = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text;
            try (InputStream in = process.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed");
            }
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
