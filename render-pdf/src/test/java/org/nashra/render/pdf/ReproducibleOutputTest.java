package org.nashra.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.model.Bulletin;

class ReproducibleOutputTest {

    private static final Bulletin BULLETIN = Bulletin.builder(Bulletin.Kind.CONFERENCE).title("ختام المؤتمر").build();

    private static byte[] render(PdfRenderer renderer, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(BULLETIN, text, out);
        return out.toByteArray();
    }

    @Test
    void theSameInputGivesTheSameBytesFromOneRendererOrTwo() throws IOException {
        String text = DevelopmentCorpus.text("conference-01");
        PdfRenderer renderer = PdfRenderer.builder().build();
        byte[] first = render(renderer, text);
        assertThat(render(renderer, text)).isEqualTo(first);
        assertThat(render(PdfRenderer.builder().build(), text)).isEqualTo(first);
    }

    @Test
    void theDocumentIdFollowsTheContentNotTheClock() throws IOException {
        PdfRenderer renderer = PdfRenderer.builder().build();
        byte[] one = render(renderer, "اجتمع المكتب السياسي يوم الأحد.");
        byte[] other = render(renderer, "اجتمع المكتب السياسي يوم الاثنين.");
        try (PDDocument a = Loader.loadPDF(one); PDDocument b = Loader.loadPDF(other)) {
            assertThat(a.getDocument().getDocumentID().getString(0))
                    .isNotEqualTo(b.getDocument().getDocumentID().getString(0));
        }
    }

    @Test
    void aGivenCreationDateIsWrittenInTheInformationAndTheXmpAndKeepsTheOutputFixed() throws IOException {
        Instant date = Instant.parse("2026-12-01T09:30:00Z");
        PdfRenderer renderer = PdfRenderer.builder().creationDate(date).build();
        byte[] pdf = render(renderer, "اجتمع المكتب السياسي يوم الأحد.");
        assertThat(render(PdfRenderer.builder().creationDate(date).build(), "اجتمع المكتب السياسي يوم الأحد."))
                .isEqualTo(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(date);
            assertThat(doc.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(date);
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<xmp:CreateDate>2026-12-01T09:30:00Z</xmp:CreateDate>");
        }
    }

    @Test
    void withoutADateTheFileCarriesNone() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(PdfRenderer.builder().build(), "اجتمع المكتب السياسي."))) {
            assertThat(doc.getDocumentInformation().getCreationDate()).isNull();
        }
    }
}
