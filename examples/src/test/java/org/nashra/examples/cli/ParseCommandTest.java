package org.nashra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.json.BulletinJson;
import org.nashra.model.Bulletin;
import org.nashra.parser.BulletinParser;

class ParseCommandTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void oneInputGivesPrettyJsonThatReadsBackAsItsBulletin() throws IOException {
        Run run = Run.of("parse", Run.sample("seed-meeting.txt"));

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("{\n  \"schema\": \"nashra/1\",");
        assertThat(BulletinJson.read(run.out())).isEqualTo(parsed("seed-meeting.txt"));
    }

    @Test
    void compactPutsTheBulletinOnOneLine() throws IOException {
        Run run = Run.of("parse", "--compact", Run.sample("seed-meeting.txt"));

        assertThat(run.outLines()).hasSize(1);
        assertThat(BulletinJson.read(run.out())).isEqualTo(parsed("seed-meeting.txt"));
    }

    @Test
    void severalInputsGiveJsonLinesInInputOrder() throws IOException {
        List<String> names = List.of("seed-statement.txt", "seed-meeting.txt", "seed-conference.txt");

        Run run = Run.of(Stream.concat(Stream.of("parse"), names.stream().map(Run::sample)).toArray(String[]::new));

        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize(3);
        for (int i = 0; i < names.size(); i++) {
            assertThat(BulletinJson.read(run.outLines().get(i))).isEqualTo(parsed(names.get(i)));
        }
    }

    @Test
    void aContradictionInTheTextIsAWarningOnStandardErrorAndTheInputIsStillDone() throws IOException {
        Path text = Files.writeString(dir.resolve("sunday.txt"), "عقدت الجمعية اجتماعها يوم الأحد 14 أيلول 2024.");

        Run run = Run.of("parse", "--out", dir.resolve("out").toString(), text.toString());

        assertThat(run.status()).isZero();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(text + ": warning: [")
                .contains("2024-09-14");
        assertThat(dir.resolve("out/sunday.json")).exists();
    }

    @Test
    void eachBadInputIsOneLineOnStandardErrorWhileTheGoodOneIsStillDone() throws IOException {
        Path missing = dir.resolve("missing.txt");
        Path invalid = Files.write(dir.resolve("invalid.txt"), new byte[] {'a', 'b', (byte) 0xC3, '('});
        Path directory = Files.createDirectory(dir.resolve("folder"));

        Run run = Run.of("parse", missing.toString(), invalid.toString(), directory.toString(),
                Run.sample("seed-meeting.txt"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                missing + ": no such file",
                invalid + ": not valid UTF-8: malformed byte 0xC3 at byte offset 2",
                directory + ": is a directory");
        assertThat(run.outLines()).hasSize(1);
        assertThat(BulletinJson.read(run.out())).isEqualTo(parsed("seed-meeting.txt"));
    }

    @Test
    void outWritesNameJsonForNameTxtCreatingTheDirectory() throws IOException {
        Path out = dir.resolve("a/b");

        Run run = Run.of("parse", "--out", out.toString(), Run.sample("seed-meeting.txt"), Run.sample("seed-statement.txt"));

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("seed-meeting.json", "seed-statement.json");
        }
        String json = Files.readString(out.resolve("seed-meeting.json"));
        assertThat(json).isEqualTo(BulletinJson.toString(parsed("seed-meeting.txt")));
    }

    @Test
    void outReplacesAnExistingFile() throws IOException {
        Files.writeString(dir.resolve("seed-meeting.json"), "old");

        Run run = Run.of("parse", "--compact", "--out", dir.toString(), Run.sample("seed-meeting.txt"));

        assertThat(run.status()).isZero();
        assertThat(Files.readString(dir.resolve("seed-meeting.json")))
                .isEqualTo(BulletinJson.toString(parsed("seed-meeting.txt"), BulletinJson.Layout.COMPACT));
    }

    @Test
    void aByteOrderMarkIsDropped() throws IOException {
        String text = Files.readString(Run.SAMPLES.resolve("seed-meeting.txt"));
        Path withBom = dir.resolve("bom.txt");
        Files.write(withBom, concat(BOM, text.getBytes(StandardCharsets.UTF_8)));

        Run run = Run.of("parse", withBom.toString());

        assertThat(run.status()).isZero();
        assertThat(BulletinJson.read(run.out())).isEqualTo(BulletinParser.parse(text));
    }

    @Test
    void dashReadsStandardInput() {
        Run run = Run.withStdin(concat(BOM, "اجتماع".getBytes(StandardCharsets.UTF_8)), "parse", "-");

        assertThat(run.status()).isZero();
        assertThat(BulletinJson.read(run.out())).isEqualTo(BulletinParser.parse("اجتماع"));
    }

    @Test
    void standardInputIsWrittenAsStdinJson() throws IOException {
        Run run = Run.withStdin("اجتماع".getBytes(StandardCharsets.UTF_8), "parse", "--out", dir.toString(), "-");

        assertThat(run.status()).isZero();
        assertThat(BulletinJson.read(Files.readString(dir.resolve("stdin.json"))))
                .isEqualTo(BulletinParser.parse("اجتماع"));
    }

    @Test
    void invalidUtf8OnStandardInputIsNamedAsStdin() {
        Run run = Run.withStdin(new byte[] {(byte) 0xFF}, "parse", "-");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("<stdin>: not valid UTF-8: malformed byte 0xFF at byte offset 0\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aJsonInputIsRefusedSinceParseReadsTexts() throws IOException {
        Path json = Files.writeString(dir.resolve("x.json"), "{}");

        Run run = Run.of("parse", "--out", dir.toString(), json.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(json + ": is already a bulletin (.json); parse reads texts\n");
        assertThat(Files.readString(json)).isEqualTo("{}");
    }

    @Test
    void anOutDirectoryThatCannotBeMadeIsOneLineAndStatus1() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "");

        Run run = Run.of("parse", "--out", file.resolve("sub").toString(), Run.sample("seed-meeting.txt"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(file.resolve("sub") + ": cannot create the output directory: ");
    }

    @Test
    void inputsThatWouldWriteTheSameFileAreBadUsage() {
        Run run = Run.of("parse", "--out", dir.toString(), "a/x.txt", "b/x.txt");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("Inputs a/x.txt and b/x.txt would both write the outputs named x\n");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void standardInputTwiceIsBadUsage() {
        Run run = Run.of("parse", "-", "-");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("Standard input (-) can be read only once\n");
    }

    @Test
    void noInputIsBadUsage() {
        Run run = Run.of("parse");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "Missing required parameter: 'INPUT'",
                "Usage: nashra parse [-hV] [--compact] [--debug] [--out=DIR] INPUT...",
                "Try 'nashra parse --help' for more information.");
    }

    private static Bulletin parsed(String sample) throws IOException {
        return BulletinParser.parse(Files.readString(Run.SAMPLES.resolve(sample)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
