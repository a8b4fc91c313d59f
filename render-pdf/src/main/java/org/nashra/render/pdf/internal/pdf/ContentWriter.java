package org.nashra.render.pdf.internal.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;

/**
 * Writes the operators of a content stream.
 *
 * <p>Why not {@code PDPageContentStream}: its text operators take Unicode
 * strings and encode them through the font's cmap, so a glyph the shaper chose
 * (a ligature, a contextual form, a mark variant) has no way in; only the
 * deprecated raw-command methods would let one write {@code TJ} with glyph
 * codes. The handful of operators the engine needs are written here, with
 * numbers to four decimals (1/10000 pt, far below a font unit at any size).
 *
 * <pre>{@code
 * ContentWriter out = new ContentWriter();
 * out.beginText().font(F1, 12).textMatrix(72, 700).showGlyphs(codes, adjustments).endText();
 * byte[] stream = out.toByteArray();
 * }</pre>
 */
public final class ContentWriter {

    private static final String HEX = "0123456789ABCDEF";

    private final Bytes out = new Bytes(4096);

    public ContentWriter saveState() {
        return op("q");
    }

    public ContentWriter restoreState() {
        return op("Q");
    }

    public ContentWriter beginText() {
        return op("BT");
    }

    public ContentWriter endText() {
        return op("ET");
    }

    /** {@code Tf}: font resource and size in points. */
    public ContentWriter font(COSName resource, float size) {
        name(resource);
        number(size);
        return op("Tf");
    }

    /** {@code Tm} without scaling: the text origin at (x, y). */
    public ContentWriter textMatrix(float x, float y) {
        write("1 0 0 1 ");
        number(x);
        number(y);
        return op("Tm");
    }

    /**
     * {@code TJ}: two-byte glyph codes, each preceded by an adjustment in
     * thousandths of text space (positive moves left); a zero is not written.
     *
     * @param codes       the codes to show
     * @param adjustments {@code adjustments[i]} comes before {@code codes[i]}
     * @param from        first index
     * @param to          end (exclusive)
     */
    public ContentWriter showGlyphs(int[] codes, float[] adjustments, int from, int to) {
        write("[");
        boolean open = false;
        for (int i = from; i < to; i++) {
            float adjust = adjustments[i];
            if (Math.round(adjust * 10000) != 0) {
                if (open) {
                    write(">");
                    open = false;
                }
                number(adjust);
            }
            if (!open) {
                write("<");
                open = true;
            }
            hex4(codes[i]);
        }
        if (open) {
            write(">");
        }
        write("] ");
        return op("TJ");
    }

    /** {@code rg}: fill colour. */
    public ContentWriter fillColor(float r, float g, float b) {
        number(r);
        number(g);
        number(b);
        return op("rg");
    }

    /** {@code RG}: stroke colour. */
    public ContentWriter strokeColor(float r, float g, float b) {
        number(r);
        number(g);
        number(b);
        return op("RG");
    }

    /** {@code w}: line width. */
    public ContentWriter lineWidth(float width) {
        number(width);
        return op("w");
    }

    /** {@code re f}: a filled rectangle. */
    public ContentWriter fillRect(float x, float y, float width, float height) {
        number(x);
        number(y);
        number(width);
        number(height);
        op("re");
        return op("f");
    }

    /** {@code m l S}: a stroked straight line. */
    public ContentWriter line(float x1, float y1, float x2, float y2) {
        number(x1);
        number(y1);
        op("m");
        number(x2);
        number(y2);
        op("l");
        return op("S");
    }

    /** {@code q … cm … Do Q}: an image XObject drawn into the rectangle from (x, y), {@code width} by {@code height}. */
    public ContentWriter image(COSName resource, float x, float y, float width, float height) {
        saveState();
        number(width);
        write("0 0 ");
        number(height);
        number(x);
        number(y);
        op("cm");
        name(resource);
        op("Do");
        return restoreState();
    }

    /** {@code BMC}: begin a marked-content sequence such as {@code /Artifact}. */
    public ContentWriter beginMarkedContent(COSName tag) {
        name(tag);
        return op("BMC");
    }

    /** {@code BDC}: begin a marked-content sequence of a structure element: {@code /P <</MCID 3>> BDC}. */
    public ContentWriter beginMarkedContent(COSName tag, int mcid) {
        name(tag);
        write("<</MCID " + mcid + ">> ");
        return op("BDC");
    }

    /** {@code EMC}. */
    public ContentWriter endMarkedContent() {
        return op("EMC");
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }

    public boolean isEmpty() {
        return out.size() == 0;
    }

    private ContentWriter op(String operator) {
        write(operator);
        write("\n");
        return this;
    }

    private void name(COSName name) {
        write("/");
        write(name.getName());
        write(" ");
    }

    private void number(float value) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        format(value, out);
        out.write(' ');
    }

    /** Four decimals at most, no exponent, no trailing zeros. */
    static String format(float value) {
        Bytes sink = new Bytes(12);
        format(value, sink);
        return new String(sink.toByteArray(), StandardCharsets.ISO_8859_1);
    }

    // digits written straight into the stream, no string per number: numbers and glyph codes are most of a page
    private static void format(float value, Bytes sink) {
        long scaled = Math.round(value * 10000.0);
        if (scaled < 0) {
            sink.write('-');
            scaled = -scaled;
        }
        digits(scaled / 10000, 1, sink);
        long fraction = scaled % 10000;
        if (fraction != 0) {
            sink.write('.');
            int width = 4;
            while (fraction % 10 == 0) {
                fraction /= 10;
                width--;
            }
            digits(fraction, width, sink);
        }
    }

    /** The decimal digits of {@code n >= 0}, zero-padded on the left to {@code width}. */
    private static void digits(long n, int width, Bytes sink) {
        long divisor = 1;
        for (int length = 1; length < width || n / divisor >= 10; length++) {
            divisor *= 10;
        }
        for (; divisor > 0; divisor /= 10) {
            sink.write('0' + (int) (n / divisor % 10));
        }
    }

    private void hex4(int code) {
        for (int shift = 12; shift >= 0; shift -= 4) {
            out.write(HEX.charAt((code >> shift) & 0xF));
        }
    }

    private void write(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.write(c <= 0xFF ? c : '?');
        }
    }

    /** A growable byte array without the locking of {@code ByteArrayOutputStream}'s every write. */
    private static final class Bytes {
        private byte[] data;
        private int size;

        Bytes(int capacity) {
            data = new byte[capacity];
        }

        void write(int b) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = (byte) b;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(data, size);
        }

        int size() {
            return size;
        }
    }
}
