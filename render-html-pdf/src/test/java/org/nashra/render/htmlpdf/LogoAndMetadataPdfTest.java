package org.nashra.render.htmlpdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.nashra.document.BulletinText;
import org.nashra.document.DocumentOptions;
import org.nashra.render.html.Corpus;
import org.nashra.render.html.LogoAndMetadataTest;
import org.nashra.validation.PdfValidation;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The logo and metadata options through openhtmltopdf, as the direct engine prints them: the logo
 * an image tagged {@code Figure} with its {@code /Alt}, author, subject and keywords in the
 * information and XMP; still PDF/UA-1 and PDF/A-2a.
 */
class LogoAndMetadataPdfTest {

    @Test
    void theLogoAndMetadataKeepTheFilePdfUaAndPdfA() throws IOException {
        DocumentOptions options = DocumentOptions.builder().logo(LogoAndMetadataTest.logo())
                .author("المكتب الإعلامي").subject("البيان الختامي للمؤتمر").keywords("مؤتمر", "بيان ختامي").build();
        BulletinText e = Corpus.entry("conference-01");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(HtmlPdfRenderer.builder().document(options).build().render(e.bulletin(), e.sourceText(), out)
                .warnings()).isEmpty();

        byte[] pdf = out.toByteArray();
        assertThat(PdfValidation.failedRules(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        assertThat(PdfValidation.failedRules(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a").isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).extracting(PDImageXObject::getWidth).containsExactly(240);
            List<String> alts = new ArrayList<>();
            figures(doc.getDocumentCatalog().getStructureTreeRoot(), alts);
            assertThat(alts).containsExactly(LogoAndMetadataTest.ALT_TEXT);
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getAuthor()).isEqualTo("المكتب الإعلامي");
            assertThat(info.getSubject()).isEqualTo("البيان الختامي للمؤتمر");
            assertThat(info.getKeywords()).isEqualTo("مؤتمر, بيان ختامي");
            assertThat(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .contains("المكتب الإعلامي", "البيان الختامي للمؤتمر", "مؤتمر, بيان ختامي");
        }
    }

    private static void figures(PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                figures(e, alts);
            }
        }
    }
}
