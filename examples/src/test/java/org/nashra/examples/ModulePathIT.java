package org.nashra.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line run the two ways a user runs it, each in a JVM of its own (the JDK running the
 * tests): as the module {@code org.nashra.examples} on a module path of the library's jars and their
 * dependencies, which exercises every module descriptor, and as the shaded {@code nashra.jar} on the
 * class path. Run by failsafe after {@code package}: the jars are the ones the build just made.
 */
class ModulePathIT {

    private static final Path TARGET = Path.of("target");
    private static final String MAIN = "org.nashra.examples/org.nashra.examples.Nashra";

    @TempDir
    Path work;

    @Test
    void parseRunsOnTheModulePath() throws Exception {
        Run run = java("--module-path", modulePath(), "--module", MAIN, "parse", "samples/seed-statement.txt");

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"schema\": \"nashra/1\"");
    }

    @Test
    void renderRunsOnTheModulePathAsPdfWithPdfBoxAndItsLoggingAndAsHtml() throws Exception {
        Path out = work.resolve("out");

        Run run = java("--module-path", modulePath(), "--module", MAIN, "render", "--format", "all",
                "--out", out.toString(), "samples/seed-meeting.txt");

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(Files.readAllBytes(out.resolve("seed-meeting.pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.readString(out.resolve("seed-meeting.html"))).startsWith("<!DOCTYPE html>");
    }

    @Test
    void renderThroughHtmlRunsOnTheModulePathWithOpenhtmltopdf() throws Exception {
        Path out = work.resolve("out");

        Run run = java("--module-path", modulePath(), "--module", MAIN, "render", "--engine", "html",
                "--out", out.toString(), "samples/seed-statement.txt");

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(Files.readAllBytes(out.resolve("seed-statement.pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void theShadedJarRunsOnTheClassPath() throws Exception {
        Path out = work.resolve("out");

        Run run = java("-jar", TARGET.resolve("nashra.jar").toString(), "render", "--out", out.toString(),
                "samples/seed-conference.txt");

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(out.resolve("seed-conference.pdf")).isNotEmptyFile();
    }

    /** This module's jar and the runtime dependencies' jars, as the build listed them in {@code target/module-path.txt}. */
    private static String modulePath() throws IOException {
        List<String> entries = new ArrayList<>();
        try (Stream<Path> jars = Files.list(TARGET)) {
            jars.filter(j -> j.getFileName().toString().matches("nashra-examples-.*\\d(-SNAPSHOT)?\\.jar"))
                    .forEach(j -> entries.add(j.toString()));
        }
        assertThat(entries).as("the examples jar in target/").hasSize(1);
        entries.add(Files.readString(TARGET.resolve("module-path.txt")).strip());
        return String.join(File.pathSeparator, entries);
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.addAll(List.of(args));
        Path stdout = work.resolve("stdout");
        Path stderr = work.resolve("stderr");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 5 minutes: " + command);
        }
        return new Run(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    private record Run(int status, String out, String err) {
    }
}
