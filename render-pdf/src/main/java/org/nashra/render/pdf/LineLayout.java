package org.nashra.render.pdf;

/**
 * One line of a {@link ParagraphLayout}: which part of the paragraph it holds
 * and how wide it is set.
 *
 * <pre>{@code
 * LineLayout first = renderer.layout(paragraph, 300f).lines().get(0);
 * String words = paragraph.substring(first.start(), first.end());
 * }</pre>
 *
 * @param start       first char of the line in the paragraph text
 * @param end         end (exclusive), trailing spaces included
 * @param width       the set width in points (the measure, for a justified line)
 * @param rightToLeft true if the line belongs to a right-to-left paragraph
 */
public record LineLayout(int start, int end, float width, boolean rightToLeft) {
}
