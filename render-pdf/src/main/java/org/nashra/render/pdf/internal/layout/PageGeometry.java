package org.nashra.render.pdf.internal.layout;

/**
 * A page and the text area on it, in points, origin at the bottom left.
 *
 * @param width  page width
 * @param height page height
 * @param top    top margin
 * @param right  right margin
 * @param bottom bottom margin
 * @param left   left margin
 */
public record PageGeometry(float width, float height, float top, float right, float bottom, float left) {

    public PageGeometry {
        if (!(width > 0 && height > 0) || top < 0 || right < 0 || bottom < 0 || left < 0) {
            throw new IllegalArgumentException("bad page geometry: " + width + "x" + height);
        }
        if (left + right >= width || top + bottom >= height) {
            throw new IllegalArgumentException(String.format(
                    "margins leave no room on a %.1f x %.1f pt page", width, height));
        }
    }

    /** The width lines are set to. */
    public float measure() {
        return width - left - right;
    }
}
