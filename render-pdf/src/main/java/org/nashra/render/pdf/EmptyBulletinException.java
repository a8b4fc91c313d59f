package org.nashra.render.pdf;

/**
 * Thrown when a bulletin has nothing to print: no fact, no title and no text.
 * A blank page would look like a successful rendering; this says what is wrong.
 *
 * <pre>{@code
 * try {
 *     renderer.render(bulletin, text, out);
 * } catch (EmptyBulletinException e) {
 *     System.err.println(e.getMessage());   // "the bulletin has nothing to print: …"
 * }
 * }</pre>
 */
public final class EmptyBulletinException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** An exception with the message saying what the bulletin lacks. */
    public EmptyBulletinException() {
        super("the bulletin has nothing to print: no fact, no title and no text (or a blank one)");
    }
}
