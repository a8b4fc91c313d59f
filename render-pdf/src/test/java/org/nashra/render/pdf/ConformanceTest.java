package org.nashra.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.json.BulletinJson;
import org.nashra.validation.PdfValidation;
import org.nashra.model.Bulletin;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every bulletin of the development corpus, printed from its text and from its
 * JSON alone, conforms to PDF/UA-1 and to PDF/A-2a in the same file, as veraPDF
 * checks them: 0 failed rules.
 */
class ConformanceTest {

    private static final PdfRenderer RENDERER = PdfRenderer.builder().build();

    static Stream<String> corpus() {
        return DevelopmentCorpus.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aBulletinPrintedFromItsTextIsPdfUaAndPdfA(String name) throws IOException {
        Bulletin bulletin = BulletinJson.read(DevelopmentCorpus.expectedJson(name));
        byte[] pdf = render(bulletin, DevelopmentCorpus.text(name));

        assertThat(PdfValidation.failedRules(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        assertThat(PdfValidation.failedRules(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aBulletinPrintedFromItsJsonIsPdfUaAndPdfA(String name) throws IOException {
        byte[] pdf = render(BulletinJson.read(DevelopmentCorpus.expectedJson(name)), null);

        assertThat(PdfValidation.failedRules(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        assertThat(PdfValidation.failedRules(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a").isEmpty();
    }

    @Test
    void aCollectionOfEveryBulletinIsPdfUaAndPdfA() throws IOException {
        byte[] pdf = CollectionTest.render("نشرات المدونة", CollectionTest.corpus());

        assertThat(PdfValidation.failedRules(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        assertThat(PdfValidation.failedRules(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a").isEmpty();
    }

    private static byte[] render(Bulletin bulletin, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(bulletin, text, out);
        return out.toByteArray();
    }
}
