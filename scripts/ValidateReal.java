import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.nashra.model.Bulletin;
import org.nashra.parser.BulletinParser;
import org.nashra.render.html.FontEmbedding;
import org.nashra.render.htmlpdf.HtmlPdfRenderer;
import org.nashra.render.html.HtmlRenderer;
import org.nashra.validation.HtmlValidation;
import org.nashra.validation.PdfValidation;
import org.nashra.render.pdf.PdfRenderer;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Renders every text of a directory as the command line does and validates the results, outside
 * the build (scripts/validate-real.sh runs it) with the validators of the renderers' tests
 * (module {@code validation}): the HTML page with the Nu HTML Checker (errors), the PDF of the direct
 * engine and of the engine through HTML with veraPDF against PDF/UA-1 and PDF/A-2a (failed rules).
 * Prints one line per text and the rules that failed, with how many texts failed each.
 */
public final class ValidateReal {
    private static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ValidateReal DIR   (every DIR/*.txt)");
            System.exit(2);
        }
        List<Path> texts;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        // the page as the checker is given it in HtmlValidityTest: fonts left out, evidence marks on
        HtmlRenderer html = HtmlRenderer.builder().fonts(FontEmbedding.SYSTEM).evidence(true).build();
        PdfRenderer direct = PdfRenderer.builder().build();
        HtmlPdfRenderer throughHtml = HtmlPdfRenderer.create();
        Map<String, TreeSet<String>> failures = new TreeMap<>();
        int[] totals = new int[5];
        System.out.printf("%-14s %6s %10s %10s %10s %10s%n", "text", "nu-err", "direct-UA", "direct-A", "html-UA", "html-A");
        for (Path path : texts) {
            String name = path.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = Files.readString(path);
            Bulletin bulletin = BulletinParser.parse(text);
            List<String> nu = HtmlValidation.errors(html.page(bulletin, text));
            List<List<String>> rules = new ArrayList<>();
            for (boolean viaHtml : new boolean[] {false, true}) {
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                if (viaHtml) {
                    throughHtml.render(bulletin, text, pdf);
                } else {
                    direct.render(bulletin, text, pdf);
                }
                for (PDFAFlavour flavour : FLAVOURS) {
                    rules.add(PdfValidation.failedRules(pdf.toByteArray(), flavour));
                }
            }
            System.out.printf("%-14s %6d %10d %10d %10d %10d%n", name, nu.size(), rules.get(0).size(),
                    rules.get(1).size(), rules.get(2).size(), rules.get(3).size());
            totals[0] += nu.size();
            nu.forEach(e -> failures.computeIfAbsent("nu: " + e, k -> new TreeSet<>()).add(name));
            String[] columns = {"direct PDF/UA-1", "direct PDF/A-2a", "html PDF/UA-1", "html PDF/A-2a"};
            for (int i = 0; i < 4; i++) {
                totals[i + 1] += rules.get(i).size();
                for (String rule : rules.get(i)) {
                    failures.computeIfAbsent(columns[i] + " " + rule, k -> new TreeSet<>()).add(name);
                }
            }
        }
        System.out.printf("%-14s %6d %10d %10d %10d %10d   (%d texts)%n", "total", totals[0], totals[1], totals[2],
                totals[3], totals[4], texts.size());
        failures.forEach((what, names) -> System.out.println(names.size() + " texts: " + what));
    }
}
