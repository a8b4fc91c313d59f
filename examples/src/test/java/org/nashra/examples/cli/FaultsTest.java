package org.nashra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.json.BulletinJson;
import org.nashra.model.Bulletin;
import picocli.CommandLine;

/** The command line keeps its contract (CLI.md) under every fault: one line per failed input, exit 1, nothing half-done. */
class FaultsTest {
    private static final Path DEV_FULL = Path.of("/dev/full");

    @TempDir
    Path dir;

    @Test
    void anInputTooLargeForTheHeapIsItsOneErrorLineAndTheOthersAreStillDone() throws Exception {
        Path huge = dir.resolve("huge.txt");
        Files.write(huge, "ا".repeat(6 << 20).getBytes(StandardCharsets.UTF_8)); // 12 MiB, under the 64 MiB limit
        Path out = dir.resolve("out");

        // one core, so the inputs take their turns and the small one has the heap to itself
        Run run = Fork.nashra(List.of("-Xmx24m", "-XX:ActiveProcessorCount=1"),
                "parse", "--out", out.toString(), huge.toString(), Run.sample("seed-meeting.txt"))
                .run(dir.resolve("stdout").toFile());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(huge + ": not enough memory for this input: the Java heap is limited to ");
        assertThat(out.resolve("seed-meeting.json")).exists();
        assertThat(out.resolve("huge.json")).doesNotExist();
    }

    @Test
    void theRootDirectoryAsAnInputIsAOneLineErrorAndTheOthersAreStillDone() {
        for (String command : List.of("parse", "render")) {
            Path out = dir.resolve(command);

            Run run = Run.of(command, "--out", out.toString(), "/", Run.sample("seed-statement.txt"));

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.errLines()).containsExactly("/: is a directory");
            assertThat(out.resolve(command.equals("parse") ? "seed-statement.json" : "seed-statement.pdf")).exists();
        }
    }

    @Test
    void aStandardOutputThatCannotBeWrittenFailsTheRun() throws Exception {
        assumeThat(DEV_FULL).exists();

        Run run = Fork.nashra(List.of(), "parse", Run.sample("seed-meeting.txt")).run(DEV_FULL.toFile());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("<stdout>: cannot be written");
    }

    @Test
    void aFailingStandardOutputEndsJsonLinesAtTheFirstBulletin() throws IOException {
        assumeThat(DEV_FULL).exists();
        StringWriter err = new StringWriter();
        CommandLine cli = NashraCommand.newCommandLine(new ByteArrayInputStream(new byte[0]), Renderers.builtIn());
        int status;
        try (PrintWriter full = new PrintWriter(new FileOutputStream(DEV_FULL.toFile()))) {
            cli.setOut(full);
            cli.setErr(new PrintWriter(err, true));

            status = cli.execute("parse", Run.sample("seed-meeting.txt"), Run.sample("seed-statement.txt"));
        }

        assertThat(status).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("<stdout>: cannot be written");
    }

    @Test
    void sigtermAndSigintRemoveTheTemporaryFilesOfTheOutputsBeingWritten() throws Exception {
        assumeThat(Path.of("/bin/kill")).exists();
        for (String signal : List.of("TERM", "INT")) {
            Path out = dir.resolve(signal);
            Process render = startStalledRender(out);

            new ProcessBuilder("/bin/kill", "-" + signal, Long.toString(render.pid())).start().waitFor();

            assertThat(render.waitFor()).isNotZero();
            assertThat(fileNames(out)).isEmpty();
        }
    }

    @Test
    void theTemporaryFilesOfAKilledRunAreRemovedByTheNextRunIntoTheSameDirectory() throws Exception {
        Path out = dir.resolve("out");
        Process killed = startStalledRender(out);
        killed.destroyForcibly().waitFor();
        assertThat(fileNames(out)).singleElement().asString().startsWith(".bulletin.pdf.").endsWith(".tmp");

        Run next = Run.with(new ByteArrayInputStream(new byte[0]),
                new Renderers(Map.of(Target.PDF_DIRECT, (document, settings, stream) -> List.of())),
                "render", "--out", out.toString(), Run.sample("seed-meeting.txt"));

        assertThat(next.status()).isZero();
        assertThat(fileNames(out)).containsExactly("seed-meeting.pdf");
    }

    @Test
    void aNameWithControlCharactersIsQuotedAndEscapedOnItsOneLine() {
        Run run = Run.of("parse", "two\nlines.txt", "\u001B[31mred.txt", "tab\t\"q\".txt");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "\"two\\nlines.txt\": no such file",
                "\"\\u001B[31mred.txt\": no such file",
                "\"tab\\t\\\"q\\\".txt\": no such file");
    }

    @Test
    void anInternalErrorIsOneLineWithoutJavaNamesAndDebugAddsItsStackTrace() {
        Renderers buggy = new Renderers(Map.of(Target.PDF_DIRECT, (document, settings, stream) -> {
            throw new NullPointerException("Cannot invoke \"java.nio.file.Path.toString()\"");
        }));
        String out = dir.toString();

        Run plain = Run.with(new ByteArrayInputStream(new byte[0]), buggy,
                "render", "--out", out, Run.sample("seed-meeting.txt"));
        Run debug = Run.with(new ByteArrayInputStream(new byte[0]), buggy,
                "render", "--debug", "--out", out, Run.sample("seed-meeting.txt"));

        String line = Run.sample("seed-meeting.txt") + ": internal error (--debug prints its stack trace)";
        assertThat(plain.status()).isEqualTo(1);
        assertThat(plain.errLines()).containsExactly(line);
        assertThat(debug.status()).isEqualTo(1);
        assertThat(debug.errLines()).first().isEqualTo(line);
        assertThat(debug.errLines()).contains("java.lang.NullPointerException: Cannot invoke \"java.nio.file.Path.toString()\"");
        assertThat(fileNames(dir)).isEmpty();
    }

    @Test
    void theProgressBarGoesToAStandardErrorThatIsATerminalWhereverStandardOutputGoes() throws Exception {
        // util-linux script, on Linux, where standard error is told by /proc
        assumeThat(Path.of("/usr/bin/script")).exists();
        assumeThat(Path.of("/proc/self/fd/2")).exists();
        String parseTwo = Fork.nashra(List.of(), "parse", Run.sample("seed-meeting.txt"), Run.sample("seed-statement.txt"))
                .shellCommand();

        String terminal = inTerminal(parseTwo + " > " + dir.resolve("out.jsonl"));
        String log = dir.resolve("err.log").toString();
        inTerminal(parseTwo + " 2> " + log);

        assertThat(terminal).contains("] 2/2");
        assertThat(Path.of(log)).isEmptyFile();
    }

    private Process startStalledRender(Path out) throws IOException {
        // a bulletin rather than a text, so the child need not load the parser first
        Path bulletin = Files.writeString(dir.resolve("bulletin.json"),
                BulletinJson.toString(Bulletin.builder(Bulletin.Kind.OTHER).title("نشرة").build()));
        Process render = Fork.of(StalledRender.class, "render", "--out", out.toString(), bulletin.toString()).start();
        // the renderer says so once its temporary file exists
        BufferedReader said = new BufferedReader(new InputStreamReader(render.getInputStream(), StandardCharsets.UTF_8));
        assertThat(said.readLine()).isEqualTo(StalledRender.WRITING);
        assertThat(fileNames(out)).hasSize(1);
        return render;
    }

    /** What a terminal shows while {@code command} runs in it (util-linux {@code script}, which gives it a pseudo-terminal). */
    private static String inTerminal(String command) throws IOException, InterruptedException {
        Process script = new ProcessBuilder("/usr/bin/script", "-q", "-e", "-c", command, "/dev/null")
                .redirectErrorStream(true).start();
        script.getOutputStream().close();
        String shown = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script.waitFor()).as(shown).isZero();
        return shown;
    }

    private static List<String> fileNames(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
