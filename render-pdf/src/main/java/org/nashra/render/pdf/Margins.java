package org.nashra.render.pdf;

/**
 * Page margins in PDF points (1/72 inch). The page number sits in the bottom
 * margin.
 *
 * <pre>{@code
 * Margins m = Margins.of(Margins.mm(20));
 * Margins wide = new Margins(50, 72, 60, 72);
 * }</pre>
 *
 * @param top    top margin
 * @param right  right margin
 * @param bottom bottom margin
 * @param left   left margin
 */
public record Margins(float top, float right, float bottom, float left) {

    /**
     * Checks the margins.
     *
     * @param top top margin
     * @param right right margin
     * @param bottom bottom margin
     * @param left left margin
     * @throws IllegalArgumentException if a margin is negative, infinite or NaN
     */
    public Margins {
        check("top", top);
        check("right", right);
        check("bottom", bottom);
        check("left", left);
    }

    /**
     * The same margin on all four sides.
     *
     * @param all the margin, points
     * @return the margins
     * @throws IllegalArgumentException if it is negative, infinite or NaN
     */
    public static Margins of(float all) {
        return new Margins(all, all, all, all);
    }

    /**
     * Millimetres to points, to give margins in the unit a page is measured in.
     *
     * @param millimetres a length in millimetres
     * @return the same length in points
     */
    public static float mm(float millimetres) {
        return millimetres * 72f / 25.4f;
    }

    private static void check(String side, float value) {
        if (!(value >= 0) || Float.isInfinite(value)) {
            throw new IllegalArgumentException(side + " margin must be zero or more points: " + value);
        }
    }
}
