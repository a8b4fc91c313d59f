package org.nashra.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The development corpus in {@code shared/corpus}, found by walking up from the working directory. */
final class Corpus {
    private Corpus() {
    }

    static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolve("shared").resolve("corpus");
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        throw new IllegalStateException("no shared/corpus directory above " + Path.of("").toAbsolutePath());
    }

    /** The names (without extension) of the corpus texts, sorted. */
    static List<String> names() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".txt"))
                    .map(f -> f.substring(0, f.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(dir().resolve(name + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String expectedJson(String name) {
        try {
            return Files.readString(dir().resolve(name + ".expected.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
