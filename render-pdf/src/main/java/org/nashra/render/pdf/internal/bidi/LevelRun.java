package org.nashra.render.pdf.internal.bidi;

/**
 * A run of one bidi level: a logical span of the paragraph text.
 *
 * @param start first char
 * @param end   end (exclusive)
 * @param level embedding level; odd is right-to-left
 */
public record LevelRun(int start, int end, int level) {

    public LevelRun {
        if (start < 0 || end <= start || level < 0) {
            throw new IllegalArgumentException("bad level run " + start + ".." + end + " level " + level);
        }
    }

    public boolean isRightToLeft() {
        return (level & 1) == 1;
    }
}
