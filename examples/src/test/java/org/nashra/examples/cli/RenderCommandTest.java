package org.nashra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.json.BulletinJson;
import org.nashra.parser.BulletinParser;

class RenderCommandTest {
    /** Stands in for a renderer module: writes what it was asked to print. */
    private static final Renderer ECHO = (bulletin, settings, out) ->
            out.write((settings + " " + bulletin.source().length()).getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @Test
    void reportsForEachInputThatPdfRenderingIsNotAvailableInThisBuild() {
        String meeting = Run.sample("seed-meeting.txt");
        String statement = Run.sample("seed-statement.txt");

        Run run = Run.of("render", "--out", dir.toString(), meeting, statement);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                meeting + ": PDF rendering is not available in this build",
                statement + ": PDF rendering is not available in this build");
        assertThat(run.out()).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void namesTheEngineAndTheFormatThatAreMissing() {
        String meeting = Run.sample("seed-meeting.txt");

        assertThat(Run.of("render", "--out", dir.toString(), "--engine", "html", meeting).err())
                .isEqualTo(meeting + ": PDF rendering through HTML is not available in this build\n");
        assertThat(Run.of("render", "--out", dir.toString(), "--format", "html", meeting).err())
                .isEqualTo(meeting + ": HTML rendering is not available in this build\n");
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
                .isEqualTo("RenderSettings[page=a5, digits=arabic] " + length);
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
                .isEqualTo("RenderSettings[page=a4, digits=latin] 5");
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

    @Test
    void choicesIgnoreCase() {
        Run run = Run.of("render", "--format", "HTML", "--page", "Letter", "--out", dir.toString(),
                Run.sample("seed-meeting.txt"));

        assertThat(run.err()).endsWith(": HTML rendering is not available in this build\n");
    }
}
