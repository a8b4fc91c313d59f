package org.nashra.render.pdf.internal.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The streams the renderer writes, Flate-compressed with a level and strategy chosen for what they hold.
 * PDFBox compresses every stream at one level (zlib's default, 6); compressing was a third of a bulletin's
 * rendering time, most of it the font programs, which compress least. Measured on the corpus bulletins
 * (zlib of the JDK, per PDF): font programs at level 4 take 0.64 of the time of level 6 for 1% more bytes;
 * content streams with the {@code FILTERED} strategy come out 3% smaller in the same time; the CMaps at
 * level 5 take 0.7 of the time for the same bytes. Every stream still decodes with {@code /FlateDecode}.
 *
 * <pre>{@code
 * COSStream content = Flate.CONTENT.stream(document, bytes);
 * }</pre>
 */
enum Flate {
    /** Page content: operators and numbers, with long runs of glyph codes. */
    CONTENT(6, Deflater.FILTERED),
    /** Font programs: outlines, which repeat little. */
    FONT(4, Deflater.DEFAULT_STRATEGY),
    /** ToUnicode CMaps and CIDToGIDMaps. */
    MAP(5, Deflater.DEFAULT_STRATEGY);

    private final int level;
    private final int strategy;

    Flate(int level, int strategy) {
        this.level = level;
        this.strategy = strategy;
    }

    /**
     * A new stream of the document holding {@code data}, compressed, with its {@code /Filter} and {@code /Length}.
     *
     * @throws IOException if the document's stream cache cannot be written
     */
    COSStream stream(PDDocument document, byte[] data) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        Deflater deflater = new Deflater(level);
        try (OutputStream out = stream.createRawOutputStream()) {
            deflater.setStrategy(strategy);
            deflater.setInput(data);
            deflater.finish();
            byte[] buffer = new byte[Math.max(256, Math.min(data.length, 1 << 16))];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return stream;
    }
}
