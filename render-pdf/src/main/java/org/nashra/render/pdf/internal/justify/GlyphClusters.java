package org.nashra.render.pdf.internal.justify;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.Arrays;

/**
 * Which chars of a shaped word the font drew together, so that no kashida is put between two letters
 * that share a glyph (a ligature). Two chars are together when they fall in the same glyph cluster;
 * a letter the font drew with nothing but zero-width glyphs (Noto Naskh draws lam-alef as a wide lam
 * and an empty alef) counts as part of the letter before it.
 *
 * <pre>{@code
 * GlyphVector gv = font.layoutGlyphVector(frc, chars, 0, chars.length, Font.LAYOUT_RIGHT_TO_LEFT);
 * GlyphClusters clusters = GlyphClusters.of(word, gv.getGlyphCharIndices(0, n, null), advances);
 * clusters.together(0, 2); // true for the lam and alef of "لَا" in a font with a lam-alef ligature
 * }</pre>
 */
public final class GlyphClusters {
    private final int[] clusterOf;

    private GlyphClusters(int[] clusterOf) {
        this.clusterOf = clusterOf;
    }

    /** Every char drawn on its own: what plain text analysis assumes when no font is involved. */
    public static GlyphClusters separate(int length) {
        int[] ids = new int[length];
        Arrays.setAll(ids, i -> i);
        return new GlyphClusters(ids);
    }

    /**
     * Clusters of a shaped word.
     *
     * @param word             the shaped text
     * @param glyphCharIndices per glyph, in any order, the index in {@code word} of the first char it
     *                         draws (what {@code GlyphVector.getGlyphCharIndices} returns)
     * @param glyphAdvances    per glyph, in the same order, its advance in any unit
     */
    public static GlyphClusters of(CharSequence word, int[] glyphCharIndices, float[] glyphAdvances) {
        if (glyphCharIndices.length != glyphAdvances.length) {
            throw new IllegalArgumentException(glyphCharIndices.length + " glyph char indices but "
                    + glyphAdvances.length + " advances");
        }
        int length = word.length();
        boolean[] starts = new boolean[length];
        float[] inkWidth = new float[length];
        for (int g = 0; g < glyphCharIndices.length; g++) {
            int c = glyphCharIndices[g];
            if (c < 0 || c >= length) {
                throw new IllegalArgumentException("glyph " + g + " maps to char " + c + ", outside a word of length " + length);
            }
            starts[c] = true;
            inkWidth[c] += Math.abs(glyphAdvances[g]);
        }
        int[] ids = new int[length];
        int current = 0;
        int lastLetterCluster = -1;
        for (int c = 0; c < length; c++) {
            if (starts[c]) {
                current = c;
                boolean letter = !isTransparent(word.charAt(c));
                if (letter && inkWidth[c] == 0 && lastLetterCluster >= 0) {
                    current = lastLetterCluster;
                } else if (letter) {
                    lastLetterCluster = c;
                }
            }
            ids[c] = current;
        }
        return new GlyphClusters(ids);
    }

    /** True when the chars at {@code a} and {@code b} are drawn by the same glyph or glyph cluster. */
    public boolean together(int a, int b) {
        return clusterOf[a] == clusterOf[b];
    }

    /** Number of chars described. */
    public int length() {
        return clusterOf.length;
    }

    static boolean isTransparent(int codePoint) {
        return UCharacter.getIntPropertyValue(codePoint, UProperty.JOINING_TYPE) == UCharacter.JoiningType.TRANSPARENT;
    }
}
