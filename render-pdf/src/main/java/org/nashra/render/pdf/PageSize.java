package org.nashra.render.pdf;

/**
 * A page size in PDF points (1/72 inch), portrait.
 *
 * <pre>{@code
 * PdfRenderer.builder().pageSize(PageSize.A5).build();
 * }</pre>
 */
public enum PageSize {
    /** ISO A4, 210 × 297 mm. */
    A4(595.2756f, 841.8898f),
    /** ISO A5, 148 × 210 mm. */
    A5(419.5276f, 595.2756f),
    /** US Letter, 8.5 × 11 in. */
    LETTER(612f, 792f);

    private final float width;
    private final float height;

    PageSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    /**
     * The width.
     *
     * @return the width in points
     */
    public float width() {
        return width;
    }

    /**
     * The height.
     *
     * @return the height in points
     */
    public float height() {
        return height;
    }
}
