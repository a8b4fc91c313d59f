package org.nashra.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.w3c.dom.Node;

/**
 * An organisation's logo for the masthead of a bulletin, with the text that stands for it
 * where it cannot be seen (the PDF's {@code Figure /Alt}, the HTML {@code alt}). A PNG or a
 * JPEG in RGB or grey, read whole and checked when made, so that a bad file fails here, with
 * a reason, and never half-way through a document.
 *
 * <pre>{@code
 * Logo logo = Logo.read(Path.of("logo.png"), "شعار الاتحاد العام");
 * DocumentOptions options = DocumentOptions.builder().logo(logo).build();
 * }</pre>
 *
 * <p>Limits: at most {@value #MAX_BYTES} bytes and {@value #MAX_SIDE} pixels a side (a logo
 * is printed a few centimetres wide); no CMYK JPEG, since a PDF/A file whose output intent is
 * sRGB cannot hold CMYK. Transparency (PNG alpha) is kept. Immutable; equal when the bytes
 * and the text are.
 */
public final class Logo {
    /** The largest file taken: 4 MiB. */
    public static final int MAX_BYTES = 4 << 20;
    /** The largest width or height taken, in pixels. */
    public static final int MAX_SIDE = 4096;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";

    private final byte[] data;
    private final String mediaType;
    private final int width;
    private final int height;
    private final String alt;

    private Logo(byte[] data, String mediaType, int width, int height, String alt) {
        this.data = data;
        this.mediaType = mediaType;
        this.width = width;
        this.height = height;
        this.alt = alt;
    }

    /**
     * A logo from a file.
     *
     * @param file a PNG or JPEG file
     * @param alt  what the logo shows, for readers who cannot see it (the organisation's name)
     * @return the logo
     * @throws InvalidLogoException if the file is not a PNG or JPEG image, is damaged, too large
     *         or a CMYK JPEG (the message names the file)
     * @throws IllegalArgumentException if the text is blank
     * @throws IOException if the file cannot be read
     */
    public static Logo read(Path file, String alt) throws IOException {
        Objects.requireNonNull(file, "file");
        if (Files.size(file) > MAX_BYTES) {
            throw new InvalidLogoException(file + ": larger than " + (MAX_BYTES >> 20) + " MiB, the limit for a logo");
        }
        try {
            return of(Files.readAllBytes(file), alt);
        } catch (InvalidLogoException e) {
            throw new InvalidLogoException(file + ": " + e.getMessage(), e.getCause());
        }
    }

    /**
     * A logo from the bytes of a PNG or JPEG file.
     *
     * @param data the file's bytes (copied)
     * @param alt  what the logo shows, for readers who cannot see it (the organisation's name)
     * @return the logo
     * @throws InvalidLogoException if the bytes are not a PNG or JPEG image, are damaged, too
     *         large or a CMYK JPEG
     * @throws IllegalArgumentException if the text is blank
     */
    public static Logo of(byte[] data, String alt) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(alt, "alt");
        if (alt.isBlank()) {
            throw new IllegalArgumentException("a logo needs a text for readers who cannot see it; it is blank");
        }
        if (data.length > MAX_BYTES) {
            throw new InvalidLogoException("larger than " + (MAX_BYTES >> 20) + " MiB, the limit for a logo");
        }
        byte[] copy = data.clone();
        boolean png = startsWith(copy, PNG);
        if (!png && !startsWith(copy, JPEG)) {
            throw new InvalidLogoException("not a PNG or JPEG image");
        }
        String format = png ? "PNG" : "JPEG";
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("this Java runtime reads no " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(copy))) {
            reader.setInput(in, true, false);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width > MAX_SIDE || height > MAX_SIDE) {
                throw new InvalidLogoException(String.format("%d × %d pixels; a logo may have up to %d a side",
                        width, height, MAX_SIDE));
            }
            if (!png && components(reader.getImageMetadata(0)) == 4) {
                throw new InvalidLogoException("a CMYK JPEG, which a PDF/A file with sRGB colours cannot hold; "
                        + "save it in RGB");
            }
            // decoded once, so that a damaged file fails now rather than in a viewer
            reader.read(0);
            return new Logo(copy, png ? "image/png" : "image/jpeg", width, height, alt.strip());
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidLogoException invalid) {
                throw invalid;
            }
            throw new InvalidLogoException("a damaged or unsupported " + format + " image", e);
        } finally {
            reader.dispose();
        }
    }

    /** The number of colour components of a JPEG's frame, or 0 when its header does not say. */
    private static int components(IIOMetadata metadata) {
        Node root = metadata.getAsTree(JPEG_METADATA);
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if ("markerSequence".equals(n.getNodeName())) {
                for (Node m = n.getFirstChild(); m != null; m = m.getNextSibling()) {
                    if ("sof".equals(m.getNodeName())) {
                        Node count = m.getAttributes().getNamedItem("numFrameComponents");
                        return count == null ? 0 : Integer.parseInt(count.getNodeValue());
                    }
                }
            }
        }
        return 0;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * The image file's bytes.
     *
     * @return a copy of them
     */
    public byte[] bytes() {
        return data.clone();
    }

    /**
     * The image's type.
     *
     * @return {@code image/png} or {@code image/jpeg}
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The width of the image.
     *
     * @return the width in pixels
     */
    public int width() {
        return width;
    }

    /**
     * The height of the image.
     *
     * @return the height in pixels
     */
    public int height() {
        return height;
    }

    /**
     * What the logo shows, for readers who cannot see it.
     *
     * @return the text, stripped of surrounding white space
     */
    public String alt() {
        return alt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Logo other && Arrays.equals(data, other.data) && alt.equals(other.alt);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(data) + alt.hashCode();
    }

    @Override
    public String toString() {
        return "Logo[" + mediaType + ", " + width + "×" + height + ", " + data.length + " bytes, alt=" + alt + "]";
    }
}
