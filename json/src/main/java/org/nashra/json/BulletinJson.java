package org.nashra.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.nashra.model.Bulletin;

/**
 * Writes a {@link Bulletin} as {@code nashra/1} JSON and reads it back. Stateless and thread-safe.
 *
 * <pre>{@code
 * String json = BulletinJson.toString(bulletin);                 // pretty, as the corpus files
 * Bulletin same = BulletinJson.read(json);                        // same.equals(bulletin)
 * try (Writer out = Files.newBufferedWriter(Path.of("all.jsonl"))) {
 *     for (Bulletin b : bulletins) {
 *         BulletinJson.write(b, out, BulletinJson.Layout.COMPACT); // one line each: JSON Lines
 *     }
 * }
 * }</pre>
 *
 * <p>Writing puts the fields in the order of {@code MODEL.md}, writes absent objects as
 * {@code null} and empty lists as {@code []}, and ends the text with a line break. The
 * {@code dateline} always has a {@code place} field, other dates only when they have a place;
 * every Organization has its {@code organ}. Text that is read back gives an equal bulletin.
 *
 * <p>Reading ignores fields it does not know, so later versions of {@code nashra/1} stay
 * readable; a missing optional value reads as {@code null} (or {@code []}, or {@code false}),
 * while a wrong type, a missing required value, a bad enum, date or time, malformed JSON,
 * trailing content, another {@code schema} or a {@code span} that ends beyond
 * {@code source.length} is a {@link BulletinJsonException} naming the path and the value.
 *
 * <p>Reading has limits, so that no document, however hostile, ends in a
 * {@link StackOverflowError} or an {@link OutOfMemoryError} (Jackson's
 * {@code StreamReadConstraints}); a document beyond one is a {@link BulletinJsonException}
 * naming the path where it was crossed:
 * <ul>
 *   <li>arrays and objects nest at most 64 deep (a bulletin nests 7 deep);</li>
 *   <li>a string has at most 20,000,000 chars;</li>
 *   <li>a number has at most 100 chars (every number of a bulletin is an {@code int});</li>
 *   <li>a document has at most 256 MiB (bytes for a stream, chars for text), held in memory
 *       whole while it is read, and at most 10,000,000 tokens.</li>
 * </ul>
 * Bytes must be UTF-8 (RFC 8259), decoded strictly as text is: an overlong form or an encoded
 * surrogate is an error, never a character.
 */
public final class BulletinJson {

    /** How the JSON text is laid out. */
    public enum Layout {
        /** Two-space indent, a field per line, short lists ({@code span}, names, countries) on one line. */
        PRETTY,
        /** The whole bulletin on one line, for JSON Lines. */
        COMPACT
    }

    private BulletinJson() {
    }

    /**
     * Writes {@code b} in the {@link Layout#PRETTY} layout as UTF-8; flushes but does not close {@code out}.
     *
     * @param b   the bulletin
     * @param out where the UTF-8 bytes go
     * @throws IOException when {@code out} fails
     */
    public static void write(Bulletin b, OutputStream out) throws IOException {
        BulletinWriter.write(Objects.requireNonNull(b, "bulletin"), Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes {@code b} in the {@link Layout#PRETTY} layout; flushes but does not close {@code out}.
     *
     * @param b   the bulletin
     * @param out where the text goes
     * @throws IOException when {@code out} fails
     */
    public static void write(Bulletin b, Writer out) throws IOException {
        write(b, out, Layout.PRETTY);
    }

    /**
     * Writes {@code b} in the given layout; flushes but does not close {@code out}.
     *
     * @param b      the bulletin
     * @param out    where the text goes
     * @param layout pretty for people, compact for JSON Lines
     * @throws IOException when {@code out} fails
     */
    public static void write(Bulletin b, Writer out, Layout layout) throws IOException {
        BulletinWriter.write(Objects.requireNonNull(b, "bulletin"), Objects.requireNonNull(out, "out"),
                Objects.requireNonNull(layout, "layout"));
    }

    /**
     * The {@link Layout#PRETTY} JSON text of {@code b}.
     *
     * @param b the bulletin
     * @return the JSON text, ending with a line break
     */
    public static String toString(Bulletin b) {
        return toString(b, Layout.PRETTY);
    }

    /**
     * The JSON text of {@code b} in the given layout.
     *
     * @param b      the bulletin
     * @param layout pretty for people, compact for JSON Lines
     * @return the JSON text, ending with a line break
     */
    public static String toString(Bulletin b, Layout layout) {
        StringWriter out = new StringWriter();
        try {
            write(b, out, layout);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /**
     * Reads one bulletin from UTF-8 bytes (a byte order mark is skipped); reads to the end of
     * {@code in} but does not close it. Bytes that are not UTF-8 (UTF-16 too, overlong forms,
     * encoded surrogates) are an error naming the byte's offset and the path where it is.
     *
     * @param in the JSON bytes
     * @return the bulletin
     * @throws IOException            when {@code in} fails
     * @throws BulletinJsonException when the content is not a {@code nashra/1} bulletin
     */
    public static Bulletin read(InputStream in) throws IOException {
        return BulletinReader.read(Objects.requireNonNull(in, "in"));
    }

    /**
     * Reads one bulletin from {@code in} (a leading byte order mark is skipped); reads to the
     * end but does not close it.
     *
     * @param in the JSON text
     * @return the bulletin
     * @throws IOException            when {@code in} fails
     * @throws BulletinJsonException when the content is not a {@code nashra/1} bulletin
     */
    public static Bulletin read(Reader in) throws IOException {
        return BulletinReader.read(Objects.requireNonNull(in, "in"));
    }

    /**
     * Reads one bulletin from a JSON text (a leading byte order mark is skipped).
     *
     * @param json the JSON text
     * @return the bulletin
     * @throws BulletinJsonException when the text is not a {@code nashra/1} bulletin
     */
    public static Bulletin read(String json) {
        return BulletinReader.read(Objects.requireNonNull(json, "json"));
    }
}
