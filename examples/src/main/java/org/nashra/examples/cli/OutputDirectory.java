package org.nashra.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code --out} directory, the one place a command writes files to.
 *
 * @param path the directory, which exists
 */
record OutputDirectory(Path path) {

    /**
     * Creates the directory with its parents if needed; when that fails, says why on {@code err} and
     * gives nothing, since no input can then be done.
     */
    static Optional<OutputDirectory> create(Path path, PrintWriter err) {
        try {
            return Optional.of(new OutputDirectory(Files.createDirectories(path)));
        } catch (IOException e) {
            err.println(path + ": cannot create the output directory: " + reason(e));
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
                throw new InputException("would be replaced by its own output " + target);
            }
            AtomicFiles.write(target, content);
        } catch (IOException e) {
            throw new InputException("cannot write " + target + ": " + reason(e), e);
        }
        return fileName;
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
