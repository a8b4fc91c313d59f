package org.nashra.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.nashra.model.Bulletin;

/** Reads a bulletin from a Jackson tree, keeping the JSON path of every value for error messages. */
final class BulletinReader {
    private BulletinReader() {
    }

    static Bulletin read(InputStream in) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    static Bulletin read(Reader in) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    static Bulletin read(String json) {
        throw new UnsupportedOperationException("not yet");
    }
}
