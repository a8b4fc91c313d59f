package org.nashra.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Optional;
import org.nashra.json.BulletinJson;
import org.nashra.json.BulletinJsonException;
import org.nashra.model.Bulletin;
import org.nashra.parser.BulletinParser;
import org.nashra.parser.ParseOptions;
import org.nashra.parser.ParseResult;
import org.nashra.parser.WordCache;

/**
 * Reads inputs into text and bulletins, turning every way an input can be bad into an
 * {@link InputException} with a one-line reason.
 */
final class InputLoader {
    /** Far above any news text; keeps {@code /dev/zero} or a mistaken huge file from exhausting memory. */
    static final int MAX_BYTES = 64 << 20;

    private final InputStream stdin;
    /** One word cache for every text of the run: the words the texts share are analysed once. */
    private final ParseOptions options = ParseOptions.builder().wordCache(WordCache.create()).build();

    InputLoader(InputStream stdin) {
        this.stdin = stdin;
    }

    /** The bulletin of a text input, with the text; of a {@code .json} input, as {@code parse} wrote it. */
    Document document(Input input) throws InputException {
        if (input.isJson()) {
            return new Document(read(input), Optional.empty());
        }
        String text = text(input);
        return new Document(parse(text).bulletin(), Optional.of(text));
    }

    /** The bulletin the parser reads from a text input, with what it noticed but did not repair. */
    ParseResult parse(Input input) throws InputException {
        return parse(text(input));
    }

    private ParseResult parse(String text) throws InputException {
        try {
            return BulletinParser.read(text, options);
        } catch (IllegalArgumentException e) {
            throw new InputException("cannot be parsed: " + e.getMessage(), e);
        }
    }

    private Bulletin read(Input input) throws InputException {
        try {
            return BulletinJson.read(text(input));
        } catch (BulletinJsonException e) {
            throw new InputException("not a nashra bulletin: " + e.getMessage(), e);
        }
    }

    /** The content as text: UTF-8, a byte order mark dropped. */
    String text(Input input) throws InputException {
        return StrictUtf8.decode(bytes(input));
    }

    private byte[] bytes(Input input) throws InputException {
        if (input.isStdin()) {
            return readAtMostMax(stdin);
        }
        if (Files.isDirectory(input.path())) {
            throw new InputException("is a directory");
        }
        try (InputStream in = Files.newInputStream(input.path())) {
            return readAtMostMax(in);
        } catch (IOException e) {
            throw new InputException(Reasons.of(e), e);
        }
    }

    private static byte[] readAtMostMax(InputStream in) throws InputException {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InputException("larger than " + (MAX_BYTES >> 20) + " MiB, the limit for one input");
            }
            return bytes;
        } catch (IOException e) {
            throw new InputException("cannot be read: " + Reasons.of(e), e);
        }
    }
}
