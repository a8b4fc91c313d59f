package org.nashra.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code --out} directory, the one place a command writes files to. While it is open, a
 * shutdown hook removes the temporary files of the outputs being written when the run is stopped
 * (SIGINT, SIGTERM); opening it removes those a killed run left behind.
 *
 * <pre>{@code
 * try (OutputDirectory out = OutputDirectory.create(Path.of("out"), err).orElseThrow()) {
 *     out.write(input, "json", stream -> ...);
 * }
 * }</pre>
 */
final class OutputDirectory implements AutoCloseable {
    private final Path path;
    private final AtomicFiles files = new AtomicFiles();
    private final Thread cleanUp = new Thread(files::stop, "nashra-clean-up");

    private OutputDirectory(Path path) {
        this.path = path;
        Runtime.getRuntime().addShutdownHook(cleanUp);
    }

    /**
     * Creates the directory with its parents if needed; when that fails, says why on {@code err} and
     * gives nothing, since no input can then be done.
     */
    static Optional<OutputDirectory> create(Path path, PrintWriter err) {
        try {
            Path directory = Files.createDirectories(path);
            AtomicFiles.removeStale(directory);
            return Optional.of(new OutputDirectory(directory));
        } catch (IOException e) {
            err.println(OneLine.name(path.toString()) + ": cannot create the output directory: " + OneLine.text(Reasons.of(e)));
            return Optional.empty();
        }
    }

    /**
     * Writes (or atomically replaces) {@code NAME.extension} for {@code input}, its output of that type.
     *
     * @return the file name written
     * @throws InputException when the file cannot be written, or is the input itself ({@code render x.html})
     */
    String write(Input input, String extension, AtomicFiles.Content content) throws InputException {
        String fileName = input.baseName() + "." + extension;
        Path target = path.resolve(fileName);
        try {
            if (!input.isStdin() && Files.exists(target) && Files.isSameFile(target, input.path())) {
                throw new InputException("would be replaced by its own output " + OneLine.name(target.toString()));
            }
        } catch (IOException e) {
            throw new InputException("cannot write " + OneLine.name(target.toString()) + ": " + Reasons.of(e), e);
        }
        write(fileName, content);
        return fileName;
    }

    /**
     * Writes (or atomically replaces) {@code fileName} in the directory: one output made of many inputs.
     *
     * @throws InputException when the file cannot be written
     */
    void write(String fileName, AtomicFiles.Content content) throws InputException {
        Path target = path.resolve(fileName);
        try {
            files.write(target, content);
        } catch (IOException e) {
            throw new InputException("cannot write " + OneLine.name(target.toString()) + ": " + Reasons.of(e), e);
        }
    }

    /** The run is over: its outputs are complete or were never begun, so the hook has nothing left to do. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        } catch (IllegalStateException e) {
            // the process is already stopping, and the hook runs
        }
    }
}
