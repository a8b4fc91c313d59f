package org.nashra.render.htmlpdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nashra.document.DocumentOptions;
import org.nashra.model.Bulletin;
import org.nashra.model.Source;
import org.nashra.render.html.Corpus;
import org.nashra.render.html.FontEmbedding;
import org.nashra.render.html.HtmlRenderer;
import org.nashra.render.html.InjectionTest;
import org.nashra.validation.PdfValidation;
import org.nashra.render.html.Words;
import org.nashra.render.pdf.EmptyBulletinException;
import org.nashra.render.pdf.PageSize;
import org.nashra.render.pdf.PdfRenderer;
import org.nashra.render.pdf.RenderReport;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import org.nashra.document.BulletinText;

/**
 * The PDF through HTML: every corpus bulletin prints with the words of its page in the PDF's
 * text, every font is embedded, the file conforms to PDF/UA-1 and PDF/A-2a (veraPDF), the paper
 * size is the one asked for, and bad input fails as it fails the direct engine.
 */
class HtmlPdfRendererTest {
    private static final HtmlPdfRenderer RENDERER = HtmlPdfRenderer.create();
    private static final HtmlRenderer PAGE = HtmlRenderer.builder().fonts(FontEmbedding.SYSTEM).build();
    /**
     * The share of the words of the page's elements that the PDF's text holds in order
     * ({@link Words#ofEachElementInOrder}, the text sorted by position; 0.993–1.00 measured on the
     * corpus). Not all: a word broken at a line's end comes out as two.
     */
    private static final double MIN_IN_ORDER = 0.98;

    static List<String> corpus() {
        return Corpus.names();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusBulletinPrintsWithTheWordsOfItsPageInOrder(String name) throws IOException {
        BulletinText e = Corpus.entry(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RenderReport report = RENDERER.render(e.bulletin(), e.sourceText(), out);

        Words.Count count = Words.ofEachElementInOrder(PAGE.page(e.bulletin(), e.sourceText()), text(out.toByteArray()));
        System.out.printf("%s: %d of %d words in order%n", name, count.found(), count.words());
        assertThat(count.share()).as(name).isGreaterThanOrEqualTo(MIN_IN_ORDER);
        assertThat(report.warnings()).as(name).isEmpty();
        assertThat(report.pages()).isEqualTo(pageCount(out.toByteArray()));
    }

    @Test
    void theDocumentsAccentColourPaintsTheHeadings() throws IOException {
        BulletinText e = Corpus.entry("seed-meeting");
        ByteArrayOutputStream teal = new ByteArrayOutputStream();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();

        HtmlPdfRenderer.builder().document(DocumentOptions.builder().accent(0x1F6F8B).build()).build()
                .render(e.bulletin(), e.sourceText(), teal);
        RENDERER.render(e.bulletin(), e.sourceText(), plain);

        assertThat(colours(teal.toByteArray())).contains(List.of(0x1F, 0x6F, 0x8B)).doesNotContain(List.of(0x8A, 0x1C, 0x1C));
        assertThat(colours(plain.toByteArray())).contains(List.of(0x8A, 0x1C, 0x1C));
    }

    /** The RGB colours the pages fill or stroke with, each as red, green and blue from 0 to 255. */
    private static List<List<Integer>> colours(byte[] pdf) throws IOException {
        List<List<Integer>> colours = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                List<Object> operands = new ArrayList<>();
                PDFStreamParser parser = new PDFStreamParser(page);
                for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                    if (token instanceof Operator op) {
                        if ((op.getName().equals("rg") || op.getName().equals("RG")) && operands.size() == 3) {
                            colours.add(operands.stream()
                                    .map(o -> Math.round(((COSNumber) o).floatValue() * 255)).toList());
                        }
                        operands.clear();
                    } else {
                        operands.add(token);
                    }
                }
            }
        }
        return colours;
    }

    @Test
    void everyFontIsEmbeddedSoNothingFallsBackToABaseFont() throws IOException {
        BulletinText e = Corpus.entry("seed-meeting");
        Bulletin latin = e.bulletin().toBuilder().title("Meeting of the Board — اجتماع المجلس").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RENDERER.render(latin, e.sourceText(), out);

        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font).isInstanceOf(PDType0Font.class);
                }
            }
        }
        assertThat(fonts).anyMatch(f -> f.contains("NotoNaskhArabic")).anyMatch(f -> f.contains("NotoSans-"));
        assertThat(text(out.toByteArray())).contains("Meeting of the Board");
    }

    @Test
    void theFileIsTaggedWithTheBulletinsLanguageAndTitle() throws IOException {
        BulletinText e = Corpus.entry("seed-statement");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RENDERER.render(e.bulletin(), e.sourceText(), out);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentInformation().getTitle()).isNotBlank();
            assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"conference-01", "greeting-02", "seed-statement"})
    void theFileConformsToPdfUa1AndPdfA2a(String name) throws IOException {
        BulletinText e = Corpus.entry(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RENDERER.render(e.bulletin(), e.sourceText(), out);

        assertThat(PdfValidation.failedRules(out.toByteArray(), PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        assertThat(PdfValidation.failedRules(out.toByteArray(), PDFAFlavour.PDFA_2_A)).as("PDF/A-2a").isEmpty();
    }

    @Test
    void withoutTheStandardsTheFileIsNotPdfUa() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        HtmlPdfRenderer.builder().standards(false).build().render(Corpus.entry("seed-statement").bulletin(), out);

        assertThat(PdfValidation.failedRules(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
    }

    @Test
    void theSameBulletinGivesTheSameBytesWithTheDateAskedOrNone() throws IOException {
        BulletinText e = Corpus.entry("seed-statement");
        HtmlPdfRenderer dated = HtmlPdfRenderer.builder().creationDate(Instant.parse("2026-12-01T09:00:00.5Z")).build();
        ByteArrayOutputStream[] outs = new ByteArrayOutputStream[4];
        for (int i = 0; i < 4; i++) {
            outs[i] = new ByteArrayOutputStream();
            (i < 2 ? RENDERER : dated).render(e.bulletin(), e.sourceText(), outs[i]);
        }

        assertThat(outs[1].toByteArray()).isEqualTo(outs[0].toByteArray());
        assertThat(outs[3].toByteArray()).isEqualTo(outs[2].toByteArray());
        try (PDDocument none = Loader.loadPDF(outs[0].toByteArray()); PDDocument one = Loader.loadPDF(outs[2].toByteArray())) {
            assertThat(none.getDocumentInformation().getCreationDate()).isNull();
            assertThat(one.getDocumentInformation().getCreationDate().toInstant()).isEqualTo("2026-12-01T09:00:00Z");
        }
        assertThat(PdfValidation.failedRules(outs[2].toByteArray(), PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    @Test
    void thePaperIsTheSizeAskedFor() throws IOException {
        BulletinText e = Corpus.entry("seed-statement");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        HtmlPdfRenderer.builder().pageSize(PageSize.A5).standards(false).build().render(e.bulletin(), out);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(PageSize.A5.width(), org.assertj.core.data.Offset.offset(1f));
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(PageSize.A5.height(), org.assertj.core.data.Offset.offset(1f));
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNull();
        }
    }

    @Test
    void anEmptyBulletinFailsAsItFailsTheDirectEngine() {
        Bulletin empty = Bulletin.builder(Bulletin.Kind.OTHER).build();

        Throwable direct = catchThrowable(() -> PdfRenderer.builder().build().render(empty, new ByteArrayOutputStream()));
        Throwable html = catchThrowable(() -> RENDERER.render(empty, "  ", new ByteArrayOutputStream()));

        assertThat(html).isInstanceOf(EmptyBulletinException.class).hasMessage(direct.getMessage());
    }

    @Test
    void aTextThatIsNotTheBulletinsSourceFailsAsItFailsTheDirectEngine() {
        Bulletin bulletin = Bulletin.builder(Bulletin.Kind.STATEMENT).title("بيان").source(new Source(3, "0".repeat(64)))
                .build();
        OutputStream out = new ByteArrayOutputStream();

        Throwable direct = catchThrowable(() -> PdfRenderer.builder().build().render(bulletin, "نص آخر", out));
        Throwable html = catchThrowable(() -> RENDERER.render(bulletin, "نص آخر", out));

        assertThat(html).isExactlyInstanceOf(direct.getClass()).hasMessage(direct.getMessage());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void hostileTextIsPrintedAsText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // three <b> for the 10,000 of the injection corpus, which print on 128 pages in 80 s
        RENDERER.render(InjectionTest.hostile("<b><b><b>"), InjectionTest.hostileText("<b><b><b>"), out);

        assertThat(text(out.toByteArray())).contains("alert", "onerror", "javascript", "سعاد المنصوري");
    }

    @Test
    void aStylesheetThatCouldCloseItsElementIsRefused() {
        assertThatThrownBy(() -> HtmlPdfRenderer.builder().stylesheet("</style>").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
