package org.nashra.render.pdf.internal.justify;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.nashra.render.pdf.internal.font.FontFace;
import org.nashra.render.pdf.internal.text.Glyph;
import org.nashra.render.pdf.internal.text.Shaper;

/**
 * A plain {@link Shaper} on the JDK's layout engine, for the justifier's tests: advances from the
 * glyph positions, no offsets, a cluster per distinct char index, the cluster's text on its first glyph.
 */
final class JdkTestShaper implements Shaper {
    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);

    @Override
    public List<Glyph> shape(FontFace font, CharSequence text, int start, int end, boolean rightToLeft) {
        char[] chars = text.subSequence(start, end).toString().toCharArray();
        GlyphVector gv = font.awtFont().layoutGlyphVector(FRC, chars, 0, chars.length,
                rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int n = gv.getNumGlyphs();
        int[] charIndices = gv.getGlyphCharIndices(0, n, null);
        TreeSet<Integer> starts = new TreeSet<>();
        Arrays.stream(charIndices).forEach(starts::add);
        boolean[] textGiven = new boolean[chars.length];
        List<Glyph> glyphs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int c = charIndices[i];
            Integer next = starts.higher(c);
            int e = next == null ? chars.length : next;
            String own = textGiven[c] ? "" : new String(chars, c, e - c);
            textGiven[c] = true;
            float advance = (float) (gv.getGlyphPosition(i + 1).getX() - gv.getGlyphPosition(i).getX());
            glyphs.add(new Glyph(gv.getGlyphCode(i), advance, 0, 0, start + c, start + e, own));
        }
        return glyphs;
    }
}
