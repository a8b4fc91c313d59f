package org.nashra.document;

/**
 * A logo that cannot go into a bulletin: not a PNG or JPEG image, damaged, too large, or in
 * colours a PDF/A file with an sRGB output intent cannot hold (CMYK).
 *
 * <pre>{@code
 * try {
 *     Logo logo = Logo.read(Path.of("logo.png"), "شعار الاتحاد");
 * } catch (InvalidLogoException e) {
 *     System.err.println(e.getMessage());   // "logo.png: a CMYK JPEG; save it in RGB"
 * }
 * }</pre>
 */
public final class InvalidLogoException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with the reason, one sentence a user can act on.
     *
     * @param message why the image is refused
     */
    public InvalidLogoException(String message) {
        super(message);
    }

    /**
     * An exception with the reason and what the image reader reported.
     *
     * @param message why the image is refused
     * @param cause   the image reader's error
     */
    public InvalidLogoException(String message, Throwable cause) {
        super(message, cause);
    }
}
