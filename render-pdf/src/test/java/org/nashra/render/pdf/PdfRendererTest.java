package org.nashra.render.pdf;

import org.nashra.document.DocumentOptions;
import org.nashra.document.Numerals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.junit.jupiter.api.Test;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.fonts.NashraFonts;
import org.nashra.model.Bulletin;
import org.nashra.model.Source;

class PdfRendererTest {

    private static final PdfRenderer DEFAULT = PdfRenderer.builder().build();

    private static String corpusText() throws IOException {
        return DevelopmentCorpus.text("conference-01");
    }

    private static Bulletin titled(String title) {
        return Bulletin.builder(Bulletin.Kind.CONFERENCE).title(title).build();
    }

    private static byte[] render(PdfRenderer renderer, Bulletin bulletin, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(bulletin, text, out);
        byte[] pdf = out.toByteArray();
        PdfProbe.assertNoGlyphZero(pdf);
        return pdf;
    }

    @Test
    void pagesHaveTheChosenSizeAndSmallerPagesMakeMoreOfThem() throws IOException {
        String text = corpusText();
        int previous = 0;
        for (PageSize size : new PageSize[] {PageSize.LETTER, PageSize.A4, PageSize.A5}) {
            byte[] pdf = render(PdfRenderer.builder().pageSize(size).build(), titled("مؤتمر"), text);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDPage first = doc.getPage(0);
                assertThat(first.getMediaBox().getWidth()).isCloseTo(size.width(), within(0.01f));
                assertThat(first.getMediaBox().getHeight()).isCloseTo(size.height(), within(0.01f));
                assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(previous);
                previous = doc.getNumberOfPages();
            }
        }
        assertThat(previous).isGreaterThan(1);
    }

    @Test
    void theTitleIsSetInNotoKufiArabicBoldAndTheBodyInAmiri() throws IOException {
        byte[] pdf = render(DEFAULT, titled("اختتام المؤتمر"), "عقد المؤتمر في مدينة مالمو");
        assertThat(PdfProbe.glyphs(pdf)).extracting(PdfProbe.DrawnGlyph::font).map(f -> f.substring(7))
                .contains("NotoKufiArabic-Bold", "Amiri-Regular");
        assertThat(PdfProbe.text(pdf).replaceAll("\\p{Cf}", "")).startsWith("مؤتمر\nاختتام المؤتمر\nالنص الكامل\nعقد المؤتمر في مدينة مالمو");
    }

    @Test
    void theDocumentsAccentColourStrokesTheRules() throws IOException {
        PdfRenderer teal = PdfRenderer.builder().document(DocumentOptions.builder().accent(0x1F6F8B).build()).build();

        // red, green and blue of 0x1F6F8B and of the default 0x8A1C1C as a stroke colour
        assertThat(content(render(teal, titled("مؤتمر"), corpusText()))).contains("0.1216 0.4353 0.5451 RG");
        assertThat(content(render(DEFAULT, titled("مؤتمر"), corpusText()))).contains("0.5412 0.1098 0.1098 RG");
    }

    private static String content(byte[] pdf) throws IOException {
        StringBuilder content = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                content.append(new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return content.toString();
    }

    @Test
    void theDocumentSaysItIsArabicAndReadsRightToLeft() throws IOException {
        byte[] pdf = render(DEFAULT, titled("اختتام المؤتمر"), "عقد المؤتمر");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("اختتام المؤتمر");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().getReadingDirection())
                    .isEqualTo(PDViewerPreferences.READING_DIRECTION.R2L.toString());
        }
    }

    @Test
    void aBulletinWithoutTextPrintsItsTitleOnOnePage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderReport report = DEFAULT.render(titled("تهنئة"), out);
        assertThat(report.pages()).isOne();
        assertThat(report.warnings()).isEmpty();
        assertThat(PdfProbe.text(out.toByteArray())).contains("تهنئة");
    }

    @Test
    void aTextThatIsNotTheBulletinsSourceIsRejected() throws IOException {
        String text = corpusText();
        Bulletin bulletin = titled("مؤتمر").toBuilder().source(new Source(text.length(), sha256(text))).build();
        assertThat(render(DEFAULT, bulletin, text)).isNotEmpty();
        assertThatThrownBy(() -> DEFAULT.render(bulletin, text + " ", new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the one the bulletin was parsed from");
    }

    @Test
    void aCharacterWithoutGlyphFailsOrIsReplacedAsAsked() throws IOException {
        String text = "رمز خاص \uE000 هنا";
        PdfRenderer strict = PdfRenderer.builder().missingGlyphs(MissingGlyphs.FAIL).build();
        ByteArrayOutputStream nothing = new ByteArrayOutputStream();
        assertThatThrownBy(() -> strict.render(titled("رمز"), text, nothing))
                .isInstanceOfSatisfying(MissingGlyphException.class, e -> {
                    assertThat(e.codePoint()).isEqualTo(0xE000);
                    assertThat(e.offset()).isEqualTo(text.indexOf('\uE000'));
                })
                .hasMessageContaining("U+E000");
        assertThat(nothing.size()).as("no half-written file").isZero();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderReport report = DEFAULT.render(titled("رمز"), text, out);
        assertThat(report.warnings()).singleElement().asString().contains("U+E000");
        PdfProbe.assertNoGlyphZero(out.toByteArray());
    }

    @Test
    void justifiedBodyLinesFillTheMeasure() throws IOException {
        String paragraph = corpusText().lines().filter(l -> l.length() > 400).findFirst().orElseThrow();
        ParagraphLayout layout = DEFAULT.layout(paragraph, 300);
        List<LineLayout> lines = layout.lines();
        assertThat(lines).hasSizeGreaterThan(3);
        assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(l -> assertThat(l.width()).isCloseTo(300f, within(0.01f)));
        assertThat(lines).allMatch(LineLayout::rightToLeft);
        assertThat(layout.height()).isEqualTo(layout.lineHeight() * lines.size());
        assertThat(lines.get(lines.size() - 1).end()).isEqualTo(paragraph.length());
    }

    @Test
    void bodyTextIsKashidaJustifiedByDefaultAndThePrintedLinesFillTheMeasure() throws IOException {
        String paragraph = corpusText().lines().filter(l -> l.length() > 400).findFirst().orElseThrow();
        PdfRenderer interWord = PdfRenderer.builder().justification(Justification.INTER_WORD).build();

        byte[] pdf = render(DEFAULT, untitled(), paragraph);
        byte[] spaced = render(interWord, untitled(), paragraph);

        assertThat(DEFAULT.options().justification()).isEqualTo(Justification.KASHIDA);
        assertFillsTheMeasure(printedLines(pdf), DEFAULT.options(), true);
        assertThat(PdfProbe.glyphs(pdf)).as("the inter-word glyphs and the tatweels inserted")
                .hasSizeGreaterThan(PdfProbe.glyphs(spaced).size() + 10);
        // inserted kashidas (and letters raised off the baseline, whose text a neighbour carries) copy as U+0640
        assertThat(PdfProbe.text(pdf).replace("\u0640", "")).isEqualTo(PdfProbe.text(spaced).replace("\u0640", ""));
    }

    @Test
    void aLatinParagraphIsSpacedBetweenWordsUnderKashidaJustification() throws IOException {
        String paragraph = String.join(" ", java.util.Collections.nCopies(8,
                "The association held its annual meeting in Malmö on the first of September."));
        PdfRenderer interWord = PdfRenderer.builder().justification(Justification.INTER_WORD).build();

        byte[] pdf = render(DEFAULT, untitled(), paragraph);

        assertFillsTheMeasure(printedLines(pdf), DEFAULT.options(), false);
        assertThat(PdfProbe.glyphs(pdf)).isEqualTo(PdfProbe.glyphs(render(interWord, untitled(), paragraph)));
    }

    private static Bulletin untitled() {
        return Bulletin.builder(Bulletin.Kind.OTHER).build();
    }

    /** Left and right ink-box edges of a printed line, points. */
    private record PrintedLine(float left, float right) {
    }

    /** The body lines of a PDF, top to bottom: glyphs of the body face and size with an advance, bidi marks left out. */
    private static List<PrintedLine> printedLines(byte[] pdf) throws IOException {
        java.util.Map<Integer, float[]> extents = new java.util.LinkedHashMap<>();
        for (PdfProbe.DrawnGlyph g : PdfProbe.glyphs(pdf)) {
            // body text only: not the headings, the masthead or the footer
            if (g.width() == 0 || g.isBidiMark() || g.fontSize() != DEFAULT.options().bodySize()
                    || !g.font().endsWith("Amiri-Regular")) {
                continue;
            }
            float[] extent = extents.computeIfAbsent(g.page() * 10_000 + g.textObject(),
                    k -> new float[] {Float.MAX_VALUE, -Float.MAX_VALUE});
            extent[0] = Math.min(extent[0], g.originX());
            extent[1] = Math.max(extent[1], g.originX() + g.width());
        }
        return extents.values().stream().map(e -> new PrintedLine(e[0], e[1])).toList();
    }

    /** Every line reaches both margins within 0.5 pt, but the last one, which keeps to its start edge only. */
    private static void assertFillsTheMeasure(List<PrintedLine> lines, PdfOptions options, boolean rightToLeft) {
        float left = options.margins().left();
        float right = options.pageSize().width() - options.margins().right();
        assertThat(lines).hasSizeGreaterThan(3);
        for (int i = 0; i < lines.size(); i++) {
            PrintedLine line = lines.get(i);
            if (i < lines.size() - 1 || rightToLeft) {
                assertThat(line.right()).as("right edge of line %d", i).isCloseTo(right, within(0.5f));
            }
            if (i < lines.size() - 1 || !rightToLeft) {
                assertThat(line.left()).as("left edge of line %d", i).isCloseTo(left, within(0.5f));
            }
        }
    }

    @Test
    void raggedLinesAreNotStretched() throws IOException {
        String paragraph = corpusText().lines().filter(l -> l.length() > 400).findFirst().orElseThrow();
        PdfRenderer ragged = PdfRenderer.builder().justification(Justification.NONE).build();
        assertThat(ragged.layout(paragraph, 300).lines()).anyMatch(l -> l.width() < 295);
    }

    @Test
    void aCallersFamilyIsTriedFirst() throws IOException {
        PdfRenderer naskh = PdfRenderer.builder().bodyFamily(NashraFonts.NOTO_NASKH_ARABIC).build();
        byte[] pdf = render(naskh, titled("مؤتمر"), "عقد المؤتمر في (Malmö)");
        assertThat(PdfProbe.glyphs(pdf)).extracting(g -> g.font().substring(7))
                .contains("NotoNaskhArabic-Regular", "Amiri-Regular");
    }

    @Test
    void badSettingsAreRejectedAtTheDoorNamingTheValue() {
        assertThatThrownBy(() -> PdfRenderer.builder().bodySize(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("body size").hasMessageContaining("0");
        assertThatThrownBy(() -> PdfRenderer.builder().margins(Margins.of(400)).pageSize(PageSize.A5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("margins");
        assertThatThrownBy(() -> Margins.of(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> DEFAULT.layout("نص", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("measure");
    }

    @Test
    void optionsAreReadBackAsBuilt() {
        DocumentOptions document = DocumentOptions.builder().numerals(Numerals.ARABIC_INDIC).build();
        PdfRenderer renderer = PdfRenderer.builder().pageSize(PageSize.LETTER).document(document)
                .fallbackFamily(NashraFonts.NOTO_SANS).build();
        assertThat(renderer.options().pageSize()).isEqualTo(PageSize.LETTER);
        assertThat(renderer.options().document()).isEqualTo(document);
        assertThat(renderer.options().fallbackFamilies()).containsExactly(NashraFonts.NOTO_SANS);
    }

    @Test
    void junkInputGivesASaneDocument() throws IOException {
        String junk = "\u0000\u0001نص\uD800\u202E\u2067عكسي <b>markup</b>\t\t\r\n\n\n" + "ـ".repeat(500);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderReport report = DEFAULT.render(titled("نص"), junk, out);
        assertThat(report.pages()).isGreaterThanOrEqualTo(1);
        assertThat(report.warnings()).anyMatch(w -> w.contains("control character"))
                .anyMatch(w -> w.contains("U+D800"));
        PdfProbe.assertNoGlyphZero(out.toByteArray());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
