package org.nashra.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The development corpus ({@code corpus/README.md}): every {@code NAME.txt} with its
 * {@code NAME.expected.json}, read from this module's resources so that the tests of every module
 * find it on their class path, in a checkout with nothing around it.
 *
 * <pre>{@code
 * for (String name : DevelopmentCorpus.names()) {
 *     Bulletin got = BulletinParser.parse(DevelopmentCorpus.text(name));
 *     Bulletin want = BulletinJson.read(DevelopmentCorpus.expectedJson(name));
 * }
 * }</pre>
 */
public final class DevelopmentCorpus {

    private static final String TEXT = ".txt";
    private static final String EXPECTED = ".expected.json";

    private DevelopmentCorpus() {
    }

    /** The corpus names (file names without {@code .txt}), sorted. */
    public static List<String> names() {
        return texts().stream().map(p -> p.getFileName().toString())
                .map(f -> f.substring(0, f.length() - TEXT.length())).toList();
    }

    /** The text files, sorted by name. */
    public static List<Path> texts() {
        return files(TEXT);
    }

    /** The expected JSON files, sorted by name. */
    public static List<Path> expectedJsonFiles() {
        return files(EXPECTED);
    }

    /** The text {@code name}. */
    public static String text(String name) {
        return read(Holder.DIRECTORY.resolve(name + TEXT));
    }

    /** The expected JSON of the text {@code name}. */
    public static String expectedJson(String name) {
        return read(Holder.DIRECTORY.resolve(name + EXPECTED));
    }

    private static List<Path> files(String suffix) {
        try (Stream<Path> files = Files.list(Holder.DIRECTORY)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource folder, opened once: a directory in a build, a folder inside this module's jar after packaging. */
    private static final class Holder {
        static final Path DIRECTORY = open();

        private static Path open() {
            try {
                Path location = Path.of(DevelopmentCorpus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                // the jar's file system stays open for the life of the test JVM: the paths handed out live in it
                Path root = Files.isDirectory(location) ? location : jar(location).getPath("/");
                return root.resolve("org/nashra/corpus");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        @SuppressWarnings("resource")
        private static FileSystem jar(Path file) throws IOException {
            return FileSystems.newFileSystem(file);
        }
    }
}
