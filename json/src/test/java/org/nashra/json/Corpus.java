package org.nashra.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The expected JSON files of {@code shared/corpus}, found beside the repository root. */
final class Corpus {
    private Corpus() {
    }

    /** Every {@code *.expected.json}, by name. */
    static List<Path> expectedJson() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Walks up from the working directory to the first one with a {@code shared/corpus} directory. */
    private static Path directory() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path corpus = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(corpus)) {
                return corpus;
            }
        }
        throw new IllegalStateException("no shared/corpus directory in " + start + " or above it");
    }
}
