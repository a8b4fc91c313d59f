package org.nashra.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.json.BulletinJson;

/**
 * The first page of a dozen corpus bulletins looks as it did: PDFBox draws it at 40 dpi in grey,
 * and it is compared with the reference image in {@code src/test/resources/…/visual}, pixel by
 * pixel with a tolerance for anti-aliasing. A change of layout fails here; when the change is
 * meant, {@code render-pdf/src/test/visual-references.sh} remakes the references (look at them
 * before committing).
 */
class VisualRegressionTest {

    private static final String REMAKE = "nashra.visual.remake";
    private static final Path REFERENCES = Path.of("src/test/resources/org/nashra/render/pdf/visual");
    private static final float DPI = 40;
    /** A pixel differs when its grey level moves by more than this (of 255). */
    private static final int LEVEL = 80;
    /** At most this share of a page's pixels may differ: a line moved or rebroken shows far more. */
    private static final double SHARE = 0.004;

    private static final PdfRenderer RENDERER = PdfRenderer.builder().build();

    static List<String> bulletins() {
        return List.of("seed-meeting", "seed-conference", "seed-statement", "conference-01", "conference-02",
                "conference-03", "meeting-01", "meeting-02", "meeting-04", "greeting-01", "statement-01",
                "condolence-01");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bulletins")
    void theFirstPageLooksAsItsReference(String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(BulletinJson.read(DevelopmentCorpus.expectedJson(name)), DevelopmentCorpus.text(name), out);
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.GRAY);
        }
        if (Boolean.getBoolean(REMAKE)) {
            Files.createDirectories(REFERENCES);
            ImageIO.write(page, "png", REFERENCES.resolve(name + ".png").toFile());
            return;
        }
        BufferedImage reference;
        try (InputStream in = getClass().getResourceAsStream("visual/" + name + ".png")) {
            assertThat(in).as("reference image of " + name + ": run render-pdf/src/test/visual-references.sh")
                    .isNotNull();
            reference = ImageIO.read(in);
        }
        assertThat(page.getWidth()).isEqualTo(reference.getWidth());
        assertThat(page.getHeight()).isEqualTo(reference.getHeight());
        long differ = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int a = page.getRaster().getSample(x, y, 0);
                int b = reference.getRaster().getSample(x, y, 0);
                if (Math.abs(a - b) > LEVEL) {
                    differ++;
                }
            }
        }
        double share = (double) differ / ((long) page.getWidth() * page.getHeight());
        assertThat(share).as("share of the pixels of %s's first page that differ from the reference", name)
                .isLessThanOrEqualTo(SHARE);
    }
}
