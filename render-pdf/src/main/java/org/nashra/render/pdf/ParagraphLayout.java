package org.nashra.render.pdf;

import java.util.List;

/**
 * A paragraph set into lines by a {@link PdfRenderer}, as its body text would
 * be: bidi, font fallback, HarfBuzz shaping, line breaking and justification
 * done. It says where the lines break and how wide and tall the paragraph is,
 * to measure text before placing it.
 *
 * <pre>{@code
 * ParagraphLayout p = renderer.layout("انطلقت أعمال المؤتمر الحادي عشر…", 300f);
 * p.lines().size();   // 3
 * p.height();         // 3 × p.lineHeight()
 * }</pre>
 *
 * @param text       the paragraph
 * @param measure    the width it was set to, points
 * @param lineHeight baseline to baseline, points
 * @param lines      top to bottom
 * @param warnings   characters replaced, words wider than the measure
 */
public record ParagraphLayout(String text, float measure, float lineHeight, List<LineLayout> lines,
                              List<String> warnings) {

    /**
     * Copies the lists, so that the layout cannot change afterwards.
     *
     * @param text       the paragraph
     * @param measure    the width it was set to, points
     * @param lineHeight baseline to baseline, points
     * @param lines      top to bottom
     * @param warnings   characters replaced, words wider than the measure
     */
    public ParagraphLayout {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    /**
     * The height of the lines: the line height times the number of lines.
     *
     * @return the height in points
     */
    public float height() {
        return lineHeight * lines.size();
    }
}
