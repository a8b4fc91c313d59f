package org.nashra.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.document.BulletinText;
import org.nashra.document.DocumentOptions;
import org.nashra.document.Logo;
import org.nashra.json.BulletinJson;
import org.nashra.model.Bulletin;
import org.nashra.validation.PdfValidation;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Document;

/**
 * The organisation's logo in the masthead (an image XObject, tagged {@code Figure} with its
 * {@code /Alt}) and the author, subject and keywords in the document information and in XMP,
 * alike: still PDF/UA-1 and PDF/A-2a.
 */
class LogoAndMetadataTest {

    private static final String ALT = "شعار رابطة الكتاب";
    private static final String NAME = DevelopmentCorpus.names().get(0);

    /** A 120 × 40 logo: a band of the accent colour, on a transparent ground for the formats that have one. */
    static byte[] image(String format, int type) throws IOException {
        BufferedImage image = new BufferedImage(120, 40, type);
        for (int x = 10; x < 110; x++) {
            for (int y = 12; y < 28; y++) {
                image.setRGB(x, y, 0xFF1F6F8B);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static Stream<Arguments> logos() {
        return Stream.of(Arguments.of("png", BufferedImage.TYPE_INT_ARGB), Arguments.of("png", BufferedImage.TYPE_BYTE_GRAY),
                Arguments.of("jpeg", BufferedImage.TYPE_INT_RGB), Arguments.of("jpeg", BufferedImage.TYPE_BYTE_GRAY));
    }

    private static byte[] render(DocumentOptions options) throws IOException {
        Bulletin bulletin = BulletinJson.read(DevelopmentCorpus.expectedJson(NAME));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.builder().document(options).build().render(bulletin, DevelopmentCorpus.text(NAME), out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}, image type {1}")
    @MethodSource("logos")
    void theLogoIsAnImageOnTheFirstPageTaggedAsAFigureWithItsText(String format, int type) throws IOException {
        Logo logo = Logo.of(image(format, type), ALT);
        byte[] pdf = render(DocumentOptions.builder().logo(logo).build());

        assertThat(PdfValidation.failedRules(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        assertThat(PdfValidation.failedRules(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a").isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDImageXObject> images = images(doc.getPage(0).getResources());
            assertThat(images).hasSize(1);
            assertThat(images.get(0).getWidth()).isEqualTo(120);
            assertThat(images.get(0).getHeight()).isEqualTo(40);
            for (int i = 1; i < doc.getNumberOfPages(); i++) {
                assertThat(images(doc.getPage(i).getResources())).as("only the first page's masthead").isEmpty();
            }
            List<PDStructureElement> figures = elements(doc, "Figure");
            assertThat(figures).hasSize(1);
            assertThat(figures.get(0).getAlternateDescription()).isEqualTo(ALT);
            assertThat(figures.get(0).getParent()).extracting(p -> ((PDStructureElement) p).getStructureType())
                    .as("the logo opens the document").isEqualTo("Document");
        }
    }

    @Test
    void aCollectionDrawsOneImageForEveryMasthead() throws IOException {
        Logo logo = Logo.of(image("png", BufferedImage.TYPE_INT_ARGB), ALT);
        List<BulletinText> entries = CollectionTest.corpus().subList(0, 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.builder().document(DocumentOptions.builder().logo(logo).build()).build()
                .render("نشرات", entries, out);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(elements(doc, "Figure")).hasSize(3);
            List<Object> streams = new ArrayList<>();
            for (var page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    streams.add(page.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT)
                            .getItem(name));
                }
            }
            assertThat(streams).hasSize(3);
            assertThat(streams.stream().distinct()).as("one image object in the file").hasSize(1);
        }
    }

    @Test
    void authorSubjectAndKeywordsAreTheSameInTheInformationAndInXmp() throws Exception {
        byte[] pdf = render(DocumentOptions.builder().author("المكتب الإعلامي & <الصحافة>")
                .subject("البيان الختامي للمؤتمر").keywords("مؤتمر", "بيان ختامي", "Malmö").build());

        assertThat(PdfValidation.failedRules(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        assertThat(PdfValidation.failedRules(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a").isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getAuthor()).isEqualTo("المكتب الإعلامي & <الصحافة>");
            assertThat(info.getSubject()).isEqualTo("البيان الختامي للمؤتمر");
            assertThat(info.getKeywords()).isEqualTo("مؤتمر, بيان ختامي, Malmö");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document xmp = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                    doc.getDocumentCatalog().getMetadata().toByteArray()));
            assertThat(xmp.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator").item(0)
                    .getTextContent().strip()).isEqualTo(info.getAuthor());
            assertThat(xmp.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "description").item(0)
                    .getTextContent().strip()).isEqualTo(info.getSubject());
            assertThat(xmp.getElementsByTagNameNS("http://ns.adobe.com/pdf/1.3/", "Keywords").item(0)
                    .getTextContent()).isEqualTo(info.getKeywords());
        }
    }

    @Test
    void withoutMetadataOptionsTheFileNamesNoAuthor() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(DocumentOptions.defaults()))) {
            assertThat(doc.getDocumentInformation().getAuthor()).isNull();
            assertThat(new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("dc:creator", "pdf:Keywords");
        }
    }

    private static List<PDImageXObject> images(PDResources resources) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        if (resources != null) {
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
        }
        return images;
    }

    private static List<PDStructureElement> elements(PDDocument doc, String type) {
        List<PDStructureElement> found = new ArrayList<>();
        collect(doc.getDocumentCatalog().getStructureTreeRoot(), type, found);
        return found;
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (type.equals(e.getStructureType())) {
                    found.add(e);
                }
                collect(e, type, found);
            }
        }
    }
}
