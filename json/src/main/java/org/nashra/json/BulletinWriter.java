package org.nashra.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import org.nashra.model.Bulletin;

/** Writes the bulletin field by field on a Jackson generator, in the order of MODEL.md. */
final class BulletinWriter {
    private BulletinWriter() {
    }

    static void write(Bulletin b, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    static void write(Bulletin b, Writer out, BulletinJson.Layout layout) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
