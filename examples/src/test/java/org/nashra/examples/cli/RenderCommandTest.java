package org.nashra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nashra.json.BulletinJson;
import org.nashra.model.Bulletin;
import org.nashra.parser.BulletinParser;
import org.nashra.document.DocumentOptions;
import org.nashra.document.Numerals;
import org.nashra.render.pdf.PageSize;

class RenderCommandTest {
    /** Stands in for a renderer module: writes what it was asked to print. */
    private static final Renderer ECHO = (document, settings, out) -> {
        out.write((settings + " " + document.bulletin().source().length() + " "
                + document.sourceText().map(String::length).orElse(-1)).getBytes(StandardCharsets.UTF_8));
        return List.of();
    };

    @TempDir
    Path dir;

    @Test
    void writesAPdfForEachTextWithItsWordsInTheBundledFonts() throws IOException {
        String meeting = Run.sample("seed-meeting.txt");
        String statement = Run.sample("seed-statement.txt");

        Run run = Run.of("render", "--out", dir.toString(), meeting, statement);

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEmpty();
        for (String name : List.of("seed-meeting", "seed-statement")) {
            try (PDDocument pdf = Loader.loadPDF(dir.resolve(name + ".pdf").toFile())) {
                assertThat(pdf.getNumberOfPages()).isPositive();
                assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, within(0.1f));
                // the text's first line is the headline, printed once above the facts; the rest follows in full
                String text = Files.readString(Run.SAMPLES.resolve(name + ".txt")).strip();
                assertThat(words(new PDFTextStripper().getText(pdf)))
                        .containsSequence(firstWords(text.substring(text.indexOf('\n') + 1), 12));
            }
        }
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void pageAndDigitsReachThePdf() throws IOException {
        Run run = Run.of("render", "--page", "a5", "--digits", "arabic", "--out", dir.toString(),
                Run.sample("seed-meeting.txt"));

        assertThat(run.status()).isZero();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("seed-meeting.pdf").toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(419.5f, within(0.1f));
            // the document's digits, as the HTML page writes them, copied as drawn (the invisible direction
            // marks drawn for other extractors left out)
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\p{Cf}", "")).contains("٢٠");
        }
        assertThat(DirectPdf.renderer(new RenderSettings(RenderSettings.Page.LETTER, RenderSettings.Digits.ARABIC,
                Optional.empty()))
                .options()).satisfies(o -> {
                    assertThat(o.pageSize()).isEqualTo(PageSize.LETTER);
                    assertThat(o.document().numerals()).isEqualTo(Numerals.ARABIC_INDIC);
                });
    }

    @Test
    void marginsAndAccentReachThePdf() throws IOException {
        Run run = Run.of("render", "--margins", "35", "--accent", "#1F6F8B", "--out", dir.toString(),
                Run.sample("seed-meeting.txt"));

        assertThat(run.status()).isZero();
        assertThat(DirectPdf.renderer(new RenderSettings(RenderSettings.Page.A4, DocumentOptions.defaults(),
                Optional.empty(), 35)).options().margins().left()).isCloseTo(35 * 72 / 25.4f, within(0.01f));
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("seed-meeting.pdf").toFile())) {
            StringBuilder content = new StringBuilder();
            for (var page : pdf.getPages()) {
                content.append(new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1));
            }
            // the accent's red, green and blue as the rules' stroke colour
            assertThat(content).contains("0.1216 0.4353 0.5451 RG");
        }
    }

    @Test
    void theAccentReachesTheHtmlAsWell() throws IOException {
        Run run = Run.of("render", "--format", "html", "--accent", "1F6F8B", "--out", dir.toString(),
                Run.sample("seed-meeting.txt"));

        assertThat(run.status()).isZero();
        assertThat(Files.readString(dir.resolve("seed-meeting.html"))).contains("--nashra-accent: #1f6f8b;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"direct", "html"})
    void twoRunsWriteTheSamePdfAndDateStampsItWhenAsked(String engine) throws IOException {
        String meeting = Run.sample("seed-meeting.txt");
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");

        assertThat(Run.of("render", "--engine", engine, "--date", "2026-12-01T09:00:00Z", "--out", first.toString(),
                meeting).status()).isZero();
        assertThat(Run.of("render", "--engine", engine, "--date", "2026-12-01T09:00:00Z", "--out", second.toString(),
                meeting).status()).isZero();

        assertThat(first.resolve("seed-meeting.pdf")).hasSameBinaryContentAs(second.resolve("seed-meeting.pdf"));
        try (PDDocument pdf = Loader.loadPDF(first.resolve("seed-meeting.pdf").toFile())) {
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
        }
    }

    /** A 200 × 100 PNG logo. */
    private Path logo() throws IOException {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        image.setRGB(100, 50, 0x1F6F8B);
        Path file = dir.resolve("logo.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void theLogoAndMetadataReachThePdfAndTheHtmlPage() throws IOException {
        Run run = Run.of("render", "--format", "all", "--logo", logo().toString(), "--logo-alt", "شعار الرابطة",
                "--author", "المكتب الإعلامي", "--subject", "البيان الختامي", "--keywords", "مؤتمر, بيان ختامي,",
                "--out", dir.resolve("out").toString(), Run.sample("seed-meeting.txt"));

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/seed-meeting.pdf").toFile())) {
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).hasSize(1);
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("المكتب الإعلامي");
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("البيان الختامي");
            assertThat(pdf.getDocumentInformation().getKeywords()).isEqualTo("مؤتمر, بيان ختامي");
        }
        assertThat(Files.readString(dir.resolve("out/seed-meeting.html"))).contains("<img class=\"nashra-logo\"",
                "alt=\"شعار الرابطة\"", "<meta name=\"author\" content=\"المكتب الإعلامي\">",
                "<meta name=\"keywords\" content=\"مؤتمر, بيان ختامي\">");
    }

    @Test
    void aLogoThatCannotBeUsedIsAUsageErrorAndNothingIsWritten() throws IOException {
        Path text = Files.writeString(dir.resolve("logo.png"), "ليس صورة");
        Path out = dir.resolve("out");
        String meeting = Run.sample("seed-meeting.txt");

        Run notAnImage = Run.of("render", "--logo", text.toString(), "--logo-alt", "شعار", "--out", out.toString(),
                meeting);
        Run missing = Run.of("render", "--logo", dir.resolve("none.png").toString(), "--logo-alt", "شعار", meeting);
        Run noText = Run.of("render", "--logo", logo().toString(), meeting);

        assertThat(notAnImage.status()).isEqualTo(2);
        assertThat(notAnImage.err()).contains("--logo " + text + ": not a PNG or JPEG image");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("none.png: no such file");
        assertThat(noText.status()).isEqualTo(2);
        assertThat(noText.err()).contains("--logo needs --logo-alt");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBadAccentOrMarginIsAUsageError() {
        assertThat(Run.of("render", "--accent", "teal", Run.sample("seed-meeting.txt")).status()).isEqualTo(2);
        assertThat(Run.of("render", "--margins", "200", Run.sample("seed-meeting.txt")).status()).isEqualTo(2);
    }

    @Test
    void combineWritesOneCollectionWithAContentsEntryPerInput() throws IOException {
        Path json = Files.writeString(dir.resolve("greeting.json"),
                BulletinJson.toString(Bulletin.builder(Bulletin.Kind.GREETING).title("تهنئة بالعيد").build()));
        Path file = dir.resolve("all.pdf");

        Run run = Run.of("render", "--combine", file.toString(), "--combine-title", "نشرات الأسبوع",
                Run.sample("seed-meeting.txt"), json.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().children()).hasSize(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            assertThat(stripper.getText(pdf)).contains("نشرات الأسبوع", "تهنئة بالعيد");
        }
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void combineWritesNothingWhenAnInputFails() {
        Path file = dir.resolve("all.pdf");

        Run run = Run.of("render", "--combine", file.toString(), Run.sample("seed-meeting.txt"),
                dir.resolve("missing.txt").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).anySatisfy(l -> assertThat(l).contains("missing.txt"))
                .anySatisfy(l -> assertThat(l).contains("all.pdf: not written"));
        assertThat(file).doesNotExist();
    }

    @Test
    void combineIsForPdf() {
        Run run = Run.of("render", "--combine", dir.resolve("all.pdf").toString(), "--format", "html",
                Run.sample("seed-meeting.txt"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--combine writes one PDF");
    }

    @Test
    void aBulletinJsonPrintsItsTitle() throws IOException {
        Path json = Files.writeString(dir.resolve("greeting.json"),
                BulletinJson.toString(Bulletin.builder(Bulletin.Kind.GREETING).title("تهنئة بالعيد").build()));

        Run run = Run.of("render", "--out", dir.resolve("out").toString(), json.toString());

        assertThat(run.status()).isZero();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/greeting.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("تهنئة بالعيد");
        }
    }

    @Test
    void aCharacterNoFontHasIsDrawnAsAReplacementWithAWarning() throws IOException {
        Path text = Files.writeString(dir.resolve("symbol.txt"), "تهنئة \uE000 بالعيد");

        Run run = Run.of("render", "--out", dir.toString(), text.toString());

        assertThat(run.status()).isZero();
        assertThat(run.errLines()).singleElement().asString().startsWith(text + ": warning: ").contains("U+E000");
        assertThat(dir.resolve("symbol.pdf")).isNotEmptyFile();
    }

    @Test
    void formatAllWritesThePdfAndTheHtmlPageOfEachSample() throws IOException {
        String meeting = Run.sample("seed-meeting.txt");
        String conference = Run.sample("seed-conference.txt");

        Run run = Run.of("render", "--format", "all", "--out", dir.toString(), meeting, conference);

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        for (String name : List.of("seed-meeting", "seed-conference")) {
            assertThat(dir.resolve(name + ".pdf")).isNotEmptyFile();
            String html = Files.readString(dir.resolve(name + ".html"));
            assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"ar\" dir=\"rtl\"",
                    "src: url(\"data:font/ttf;base64,");
            assertThat(words(html.replaceAll("<[^>]*>", " ")))
                    .containsSequence(firstWords(Files.readString(Run.SAMPLES.resolve(name + ".txt")), 4));
        }
    }

    @Test
    void formatHtmlPrintsABulletinJsonWithTheDigitsAndPageAsked() throws IOException {
        Path json = Files.writeString(dir.resolve("meeting.json"),
                BulletinJson.toString(BulletinParser.parse(Files.readString(Run.SAMPLES.resolve("seed-meeting.txt")))));

        Run run = Run.of("render", "--format", "html", "--digits", "arabic", "--page", "a5",
                "--out", dir.resolve("out").toString(), json.toString());

        assertThat(run.status()).isZero();
        String html = Files.readString(dir.resolve("out/meeting.html"));
        assertThat(html).contains("<h1 id=\"nashra-1-title\"", "@page { size: A5; }", "counter(page, arabic-indic)")
                .doesNotContain("class=\"nashra-part nashra-full-text\"");
        assertThat(dir.resolve("out/meeting.pdf")).doesNotExist();
    }

    @Test
    void engineHtmlPrintsTheHtmlPageThroughOpenhtmltopdfWithThePaperAndDigitsAsked() throws IOException {
        Run run = Run.of("render", "--engine", "html", "--format", "all", "--page", "a5", "--digits", "arabic",
                "--out", dir.toString(), Run.sample("seed-meeting.txt"));

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(dir.resolve("seed-meeting.html")).isNotEmptyFile();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("seed-meeting.pdf").toFile())) {
            assertThat(pdf.getDocumentInformation().getProducer()).contains("openhtmltopdf");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(419.5f, within(0.1f));
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            // the HTML page's digits are the document's own, and copy as they are drawn
            String text = Files.readString(Run.SAMPLES.resolve("seed-meeting.txt")).strip();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            assertThat(stripper.getText(pdf)).contains("٢٠").contains(firstWords(text, 3).get(2));
        }
    }

    @Test
    void engineHtmlPrintsABulletinJson() throws IOException {
        Path json = Files.writeString(dir.resolve("greeting.json"),
                BulletinJson.toString(Bulletin.builder(Bulletin.Kind.GREETING).title("تهنئة بالعيد").build()));

        Run run = Run.of("render", "--engine", "html", "--out", dir.resolve("out").toString(), json.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/greeting.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("تهنئة بالعيد");
        }
        assertThat(dir.resolve("out/greeting.html")).doesNotExist();
    }

    @Test
    void namesTheEngineThatIsMissing() {
        String meeting = Run.sample("seed-meeting.txt");
        Renderers renderers = new Renderers(Map.of(Target.PDF_DIRECT, ECHO, Target.HTML, ECHO));

        Run run = Run.with(new ByteArrayInputStream(new byte[0]), renderers,
                "render", "--out", dir.toString(), "--engine", "html", "--format", "all", meeting);

        assertThat(run.err()).isEqualTo(meeting + ": PDF rendering through HTML is not available in this build\n");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aBadInputIsReportedAsSuchRatherThanAsAMissingRenderer() throws IOException {
        Path json = Files.writeString(dir.resolve("broken.json"), "{\"schema\": \"nashra/0\"}");

        Run run = Run.of("render", "--out", dir.toString(), json.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith(json + ": not a nashra bulletin: ");
    }

    @Test
    void writesNameDotExtensionForEveryFormatWithTheSettingsGiven() throws IOException {
        Renderers renderers = new Renderers(Map.of(Target.PDF_DIRECT, ECHO, Target.HTML, ECHO));
        int length = Files.readString(Run.SAMPLES.resolve("seed-meeting.txt")).length();

        Run run = Run.with(new ByteArrayInputStream(new byte[0]), renderers, "render", "--format", "all",
                "--page", "a5", "--digits", "arabic", "--out", dir.toString(), Run.sample("seed-meeting.txt"));

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(dir.resolve("seed-meeting.pdf")))
                .isEqualTo(new RenderSettings(RenderSettings.Page.A5, RenderSettings.Digits.ARABIC, Optional.empty())
                        + " " + length + " " + length);
        assertThat(Files.readString(dir.resolve("seed-meeting.html")))
                .isEqualTo(Files.readString(dir.resolve("seed-meeting.pdf")));
    }

    @Test
    void rendersABulletinJsonInputAsParseWroteIt() throws IOException {
        Path json = Files.writeString(dir.resolve("greeting.json"), BulletinJson.toString(BulletinParser.parse("تهنئة")));
        Renderers renderers = new Renderers(Map.of(Target.PDF_THROUGH_HTML, ECHO));

        Run run = Run.with(new ByteArrayInputStream(new byte[0]), renderers,
                "render", "--engine", "html", "--out", dir.resolve("out").toString(), json.toString());

        assertThat(run.status()).isZero();
        assertThat(Files.readString(dir.resolve("out/greeting.pdf")))
                .isEqualTo(new RenderSettings(RenderSettings.Page.A4, RenderSettings.Digits.LATIN, Optional.empty())
                        + " 5 -1");
    }

    @Test
    void anInputFailsWholeWhenOneOfItsFormatsIsMissing() {
        Renderers renderers = new Renderers(Map.of(Target.HTML, ECHO));

        Run run = Run.with(new ByteArrayInputStream(new byte[0]), renderers,
                "render", "--format", "all", "--out", dir.toString(), Run.sample("seed-meeting.txt"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void neverReplacesAnInputWithItsOwnOutput() throws IOException {
        Path input = Files.writeString(dir.resolve("notice.html"), "تعزية");
        Renderers renderers = new Renderers(Map.of(Target.HTML, ECHO));

        Run run = Run.with(new ByteArrayInputStream(new byte[0]), renderers,
                "render", "--format", "html", "--out", dir.toString(), input.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(input + ": would be replaced by its own output " + input + "\n");
        assertThat(input).hasContent("تعزية");
    }

    @Test
    void aValueOutsideTheChoicesIsBadUsageNamingThem() {
        Run run = Run.of("render", "--format", "docx", Run.sample("seed-meeting.txt"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).first()
                .isEqualTo("Invalid value for option '--format': expected one of pdf, html, all but was 'docx'");
    }

    /** NFKC, white space collapsed, bidi marks dropped: words as copy and paste gives them. */
    private static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\u200E\\u200F\\u061C\\u0640\\u034F]", "").strip();
        return List.of(normal.split("\\s+"));
    }

    private static List<String> firstWords(String text, int count) {
        List<String> words = words(text);
        return words.subList(0, Math.min(count, words.size()));
    }

    @Test
    void choicesIgnoreCase() {
        Run run = Run.of("render", "--format", "HTML", "--page", "Letter", "--out", dir.toString(),
                Run.sample("seed-meeting.txt"));

        assertThat(run.status()).isZero();
        assertThat(dir.resolve("seed-meeting.html")).content().contains("@page { size: LETTER; }");
    }
}
