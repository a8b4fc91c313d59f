package org.nashra.render.pdf.internal.layout;

import java.util.Objects;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.nashra.render.pdf.internal.pdf.Tagger;

/**
 * An image centred across the text area (the masthead's logo), tagged as a {@code Figure}
 * with its {@code /Alt} and {@code /BBox}.
 *
 * <pre>{@code
 * pager.add(new FigureBlock(logo, 90, 40, tagger.figure(root, "شعار الاتحاد"), 0, 6));
 * }</pre>
 *
 * @param image       the image XObject, added once to the document
 * @param width       drawn width, points
 * @param height      drawn height, points
 * @param element     its {@code Figure}
 * @param spaceBefore above the image
 * @param spaceAfter  below the image
 */
public record FigureBlock(PDImageXObject image, float width, float height, Tagger.Element element, float spaceBefore,
                          float spaceAfter) implements Box {

    public FigureBlock {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(element, "element");
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("an image of " + width + " × " + height + " points");
        }
    }

    @Override
    public float keptHeight() {
        return height;
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
