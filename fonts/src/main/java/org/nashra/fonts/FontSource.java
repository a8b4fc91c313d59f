package org.nashra.fonts;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One TrueType or OpenType font file: a name to show in messages and a way to
 * read its bytes. Immutable; the bytes are read each time they are asked for,
 * so a caller that needs them often keeps them.
 *
 * <pre>{@code
 * FontSource mine = FontSource.of(Path.of("fonts/MyNaskh-Regular.ttf"));
 * FontSource amiri = NashraFonts.AMIRI.regular();
 * byte[] data = amiri.readAllBytes();
 * }</pre>
 *
 * <p>Nothing here checks that the bytes are a font; the renderers do, and say
 * which source was bad.
 */
public final class FontSource {

    private enum Kind { RESOURCE, PATH, BYTES }

    private final String name;
    private final Kind kind;
    private final String resource;
    private final Path path;
    private final byte[] bytes;

    private FontSource(String name, Kind kind, String resource, Path path, byte[] bytes) {
        this.name = name;
        this.kind = kind;
        this.resource = resource;
        this.path = path;
        this.bytes = bytes;
    }

    /**
     * A font file on disk; its name is the file name.
     *
     * @param file the font file
     * @return a source reading that file
     * @throws IllegalArgumentException if the path is not a readable regular file
     */
    public static FontSource of(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("not a readable font file: " + file);
        }
        return new FontSource(file.getFileName().toString(), Kind.PATH, null, file, null);
    }

    /**
     * A font held in memory. The array is copied.
     *
     * @param name a name for messages, e.g. the file name it came from
     * @param data the font file's bytes
     * @return a source holding a copy of {@code data}
     * @throws IllegalArgumentException if the name is blank or the data empty
     */
    public static FontSource of(String name, byte[] data) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(data, "data");
        if (name.isBlank()) {
            throw new IllegalArgumentException("font name is blank");
        }
        if (data.length == 0) {
            throw new IllegalArgumentException("font data is empty: " + name);
        }
        return new FontSource(name, Kind.BYTES, null, null, data.clone());
    }

    /** A font bundled in this module, by file name. */
    static FontSource bundled(String fileName) {
        return new FontSource(fileName, Kind.RESOURCE, fileName, null, null);
    }

    /**
     * The name given for messages (for a file or a bundled font, the file name).
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Opens the font's bytes; the caller closes the stream.
     *
     * @return a new stream over the font file
     * @throws IOException if the file or resource cannot be opened
     */
    public InputStream openStream() throws IOException {
        switch (kind) {
            case RESOURCE: {
                InputStream in = FontSource.class.getResourceAsStream(resource);
                if (in == null) {
                    throw new FileNotFoundException("bundled font missing from the class path: " + resource);
                }
                return in;
            }
            case PATH:
                return Files.newInputStream(path);
            default:
                return new ByteArrayInputStream(bytes);
        }
    }

    /**
     * Reads the whole font file.
     *
     * @return the font's bytes, a fresh array
     * @throws IOException if the file or resource cannot be read
     */
    public byte[] readAllBytes() throws IOException {
        if (kind == Kind.BYTES) {
            return bytes.clone();
        }
        try (InputStream in = openStream()) {
            return in.readAllBytes();
        }
    }

    @Override
    public String toString() {
        return "FontSource[" + name + "]";
    }
}
