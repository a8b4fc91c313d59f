package org.nashra.examples.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nashra.examples.Nashra;

/**
 * The command line in a JVM of its own, for what an in-process run cannot show: a small heap, a
 * standard output that fails, a signal. The child runs on this JVM's class path.
 */
final class Fork {
    private final List<String> command = new ArrayList<>();

    private Fork(List<String> jvmOptions, Class<?> main, List<String> args) {
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
    }

    /** {@code java [jvmOptions] org.nashra.examples.Nashra args}. */
    static Fork nashra(List<String> jvmOptions, String... args) {
        return new Fork(jvmOptions, Nashra.class, List.of(args));
    }

    /** {@code java main args}, for a test's own program. */
    static Fork of(Class<?> main, String... args) {
        return new Fork(List.of(), main, List.of(args));
    }

    /** The command, as a shell would run it (for {@code script}). */
    String shellCommand() {
        return String.join(" ", command.stream().map(word -> "'" + word.replace("'", "'\\''") + "'").toList());
    }

    /** Starts the child with standard output going to {@code stdout} and standard error kept for reading. */
    Process start(File stdout) throws IOException {
        return new ProcessBuilder(command).redirectOutput(stdout).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    }

    /** Starts the child with both its outputs kept for reading. */
    Process start() throws IOException {
        return new ProcessBuilder(command).start();
    }

    /** Runs the child to its end with standard output going to {@code stdout}. */
    Run run(File stdout) throws IOException, InterruptedException {
        Process process = start(stdout);
        process.getOutputStream().close();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), "", err);
    }
}
