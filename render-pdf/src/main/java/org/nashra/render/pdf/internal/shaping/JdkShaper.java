package org.nashra.render.pdf.internal.shaping;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.nashra.render.pdf.internal.font.FontFace;
import org.nashra.render.pdf.internal.text.Glyph;
import org.nashra.render.pdf.internal.text.Shaper;

/**
 * Shapes with {@link Font#layoutGlyphVector}, which in OpenJDK 11+ is HarfBuzz:
 * for the same font, direction and text the glyph ids and positions equal
 * {@code hb-shape}'s (the golden tests check this on every corpus word).
 *
 * <p>Three things matter to get HarfBuzz's own result out of the JDK: the font
 * derived with kerning and ligatures on (else GPOS kerning and the {@code liga}
 * / {@code calt} features are left out), a render context without transform,
 * anti-aliasing or hinting but with fractional metrics (else advances are
 * rounded to pixels), and the size equal to units-per-em (so positions are in
 * font units, exact integers). {@link FontFace} provides such a font.
 *
 * <p>The JDK returns absolute glyph positions; this class turns them back into
 * HarfBuzz's advance-and-offset form: a glyph whose {@code hmtx} advance is 0 (a
 * mark) gets advance 0 and an offset from the pen, every other glyph an advance
 * reaching the next such glyph. The absolute positions are exact either way.
 *
 * <p>Glyph-to-text mapping: the JDK gives each glyph the index of the first
 * character of its cluster. A character no glyph points at belongs to the
 * cluster before it (a mark merged into a ligature, the second letter of lam-alef).
 * Within a cluster of several glyphs, each character goes to the glyph that is
 * its nominal glyph in the font's cmap (or its mirror's, in right-to-left
 * runs), the rest to the first other glyph in logical order. A glyph the
 * shaper mirrored stands for the character it shows (its mirror), see
 * {@link #mirroredText}.
 *
 * <p>Bidi format characters (LRM, RLM, isolates, embeddings) are shaped by the
 * JDK as zero-width glyphs; they are dropped here, since positions in a PDF are
 * explicit. Other default-ignorable characters (ZWJ, ZWNJ, the soft hyphen) stay,
 * as zero-width glyphs standing for their character, exactly as hb-shape returns
 * them: the font's space glyph with no advance. Newer JDKs (25) return the
 * JDK's own invisible glyph id {@code 0xFFFF} for them instead, which is in no
 * font; it is replaced by that space glyph here, or dropped if the font has no
 * space (as HarfBuzz then does).
 *
 * <p>Results are cached per font, direction and string, in two generations: a
 * hit in the older one moves to the newer, and when the newer is full the older
 * is dropped (about the most recently used {@code cacheSize} to twice as many
 * strings are kept). A hit takes no lock and copies no text: the key is looked
 * up by the range of the caller's text. The class is thread-safe.
 */
public final class JdkShaper implements Shaper {

    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);

    /** The glyph id newer JDKs give a default-ignorable character: {@code CharToGlyphMapper.INVISIBLE_GLYPH_ID}. */
    private static final int JDK_INVISIBLE_GLYPH = 0xFFFF;

    private final int cacheSize;
    /** Shaped strings, newer generation; glyphs immutable, with clusters counted from 0. */
    private volatile Map<Key, List<Glyph>> recent = new ConcurrentHashMap<>();
    /** The generation before: read, never written. */
    private volatile Map<Key, List<Glyph>> older = Map.of();

    /**
     * @param cacheSize the most shaped strings kept; a typical bulletin has a
     *                  few thousand distinct words
     */
    public JdkShaper(int cacheSize) {
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cache size is negative: " + cacheSize);
        }
        this.cacheSize = cacheSize;
    }

    @Override
    public List<Glyph> shape(FontFace font, CharSequence text, int start, int end, boolean rightToLeft) {
        Objects.requireNonNull(font, "font");
        Objects.checkFromToIndex(start, end, text.length());
        if (start == end) {
            return List.of();
        }
        Key probe = new Key(font, rightToLeft, text, start, end);
        Map<Key, List<Glyph>> current = recent;
        List<Glyph> shaped = current.get(probe);
        if (shaped == null) {
            shaped = older.get(probe);
            if (shaped == null) {
                shaped = layout(font, text.subSequence(start, end).toString(), rightToLeft);
            }
            remember(current, probe.stored(), shaped);
        }
        if (start == 0) {
            return shaped;
        }
        List<Glyph> moved = new ArrayList<>(shaped.size());
        for (Glyph g : shaped) {
            moved.add(g.withText(g.charStart() + start, g.charEnd() + start, g.text()));
        }
        return moved;
    }

    private void remember(Map<Key, List<Glyph>> current, Key key, List<Glyph> shaped) {
        if (cacheSize == 0) {
            return;
        }
        if (current.size() >= cacheSize) {
            synchronized (this) {
                // only the thread that finds the generation still full turns it over
                if (recent == current) {
                    older = current;
                    recent = new ConcurrentHashMap<>();
                }
            }
            current = recent;
        }
        current.put(key, shaped);
    }

    /**
     * A cache key: a face, a direction and {@code text[start, end)}. A lookup wraps the caller's text as it is;
     * a stored key holds a copy of the range ({@link #stored()}). Equal when the ranges hold the same chars.
     */
    private static final class Key {
        private final FontFace font;
        private final boolean rightToLeft;
        private final CharSequence text;
        private final int start;
        private final int end;
        private final int hash;

        Key(FontFace font, boolean rightToLeft, CharSequence text, int start, int end) {
            this.font = font;
            this.rightToLeft = rightToLeft;
            this.text = text;
            this.start = start;
            this.end = end;
            int h = font.hashCode() * 31 + (rightToLeft ? 1 : 0);
            for (int i = start; i < end; i++) {
                h = 31 * h + text.charAt(i);
            }
            this.hash = h;
        }

        /** This key with its own copy of the text, to be kept in the cache. */
        Key stored() {
            return new Key(font, rightToLeft, text.subSequence(start, end).toString(), 0, end - start);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key k) || k.hash != hash || k.font != font || k.rightToLeft != rightToLeft
                    || k.end - k.start != end - start) {
                return false;
            }
            if (k.text instanceof String a && text instanceof String b) {
                // every cache hit ends here: the JDK compares two strings' ranges far faster than char by char
                return a.regionMatches(k.start, b, start, end - start);
            }
            for (int i = 0; i < end - start; i++) {
                if (k.text.charAt(k.start + i) != text.charAt(start + i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static List<Glyph> layout(FontFace face, String text, boolean rightToLeft) {
        char[] chars = text.toCharArray();
        GlyphVector gv = face.awtFont().layoutGlyphVector(FRC, chars, 0, chars.length,
                rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int n = gv.getNumGlyphs();
        int[] ids = gv.getGlyphCodes(0, n, null);
        int[] charIndex = gv.getGlyphCharIndices(0, n, null);
        float[] positions = gv.getGlyphPositions(0, n + 1, null);
        int space = face.glyphId(' ');
        for (int i = 0; i < n; i++) {
            if (ids[i] == JDK_INVISIBLE_GLYPH) {
                ids[i] = space;
            }
        }

        int[] clusterEnd = clusterEnds(charIndex, chars.length);
        String[] glyphText = assignText(face, text, ids, charIndex, clusterEnd, rightToLeft);

        // x of the next glyph that moves the pen, or the end position; one backward pass
        float[] nextBaseX = new float[n];
        float following = positions[2 * n];
        for (int i = n - 1; i >= 0; i--) {
            nextBaseX[i] = following;
            if (face.advance(ids[i]) != 0) {
                following = positions[2 * i];
            }
        }
        List<Glyph> glyphs = new ArrayList<>(n);
        float pen = 0;
        for (int i = 0; i < n; i++) {
            if (isBidiControlOnly(glyphText[i], positions, i) || ids[i] == 0 && isInvisible(glyphText[i], positions, i)) {
                continue;
            }
            float x = positions[2 * i];
            float y = -positions[2 * i + 1];
            float advance;
            float xOffset;
            if (face.advance(ids[i]) == 0) {
                advance = 0;
                xOffset = x - pen;
            } else {
                advance = nextBaseX[i] - x;
                xOffset = 0;
                // a base glyph drawn away from the pen (rare: kerning applied as offset)
                if (x != pen) {
                    xOffset = x - pen;
                    advance += xOffset;
                }
            }
            int c = charIndex[i];
            glyphs.add(new Glyph(ids[i], advance, xOffset, y, c, clusterEnd[c], glyphText[i]));
            pen += advance;
        }
        return List.copyOf(glyphs);
    }

    /** For each char index that starts a cluster, the end of that cluster. */
    private static int[] clusterEnds(int[] charIndex, int length) {
        boolean[] starts = new boolean[length + 1];
        for (int c : charIndex) {
            starts[c] = true;
        }
        int[] ends = new int[length + 1];
        int end = length;
        for (int c = length - 1; c >= 0; c--) {
            ends[c] = end;
            if (starts[c]) {
                end = c;
            }
        }
        return ends;
    }

    private static String[] assignText(FontFace face, String text, int[] ids, int[] charIndex, int[] clusterEnd,
                                       boolean rightToLeft) {
        int n = ids.length;
        String[] result = new String[n];
        Arrays.fill(result, "");
        // glyphs in logical order: visual order reversed for a right-to-left run
        Integer[] logical = new Integer[n];
        for (int i = 0; i < n; i++) {
            logical[i] = rightToLeft ? n - 1 - i : i;
        }
        // a char before the first cluster (the shaper dropped it) joins the first cluster
        int firstCluster = text.length();
        for (int c : charIndex) {
            firstCluster = Math.min(firstCluster, c);
        }
        Map<Integer, List<Integer>> glyphsOfCluster = new LinkedHashMap<>();
        for (Integer g : logical) {
            glyphsOfCluster.computeIfAbsent(charIndex[g], k -> new ArrayList<>()).add(g);
        }
        StringBuilder[] parts = new StringBuilder[n]; // per glyph, for clusters of several glyphs
        for (Map.Entry<Integer, List<Integer>> cluster : glyphsOfCluster.entrySet()) {
            int from = cluster.getKey() == firstCluster ? 0 : cluster.getKey();
            int to = clusterEnd[cluster.getKey()];
            List<Integer> members = cluster.getValue();
            if (members.size() == 1) {
                result[members.get(0)] = text.substring(from, to);
                continue;
            }
            // each glyph of the cluster takes the first char it is the nominal (or mirrored) glyph of
            Map<Integer, ArrayDeque<Integer>> byId = new HashMap<>();
            for (Integer g : members) {
                if (ids[g] != 0) {
                    byId.computeIfAbsent(ids[g], k -> new ArrayDeque<>()).add(g);
                }
            }
            StringBuilder rest = new StringBuilder();
            for (int c = from; c < to; ) {
                int cp = text.codePointAt(c);
                Integer owner = take(byId, face.glyphId(cp));
                if (owner == null && rightToLeft) {
                    owner = take(byId, face.glyphId(UCharacter.getMirror(cp)));
                }
                if (owner == null) {
                    rest.appendCodePoint(cp);
                } else {
                    parts[owner] = new StringBuilder().appendCodePoint(cp);
                }
                c += Character.charCount(cp);
            }
            if (rest.length() > 0) {
                // the rest (letters of a ligature, decomposed forms) goes to the first glyph without a char
                Integer target = members.get(0);
                for (Integer g : members) {
                    if (parts[g] == null) {
                        target = g;
                        break;
                    }
                }
                parts[target] = parts[target] == null ? rest : parts[target].append(rest);
            }
            for (Integer g : members) {
                result[g] = parts[g] == null ? "" : parts[g].toString();
            }
        }
        if (rightToLeft) {
            for (int g = 0; g < n; g++) {
                result[g] = mirroredText(face, ids[g], result[g]);
            }
        }
        return result;
    }

    /**
     * The text of a glyph the shaper mirrored: the character it shows. In a
     * right-to-left run HarfBuzz replaces a character that has a mirror
     * (parentheses, brackets, guillemets) by that mirror whenever the font has
     * it, before any other substitution (Amiri then draws its Arabic
     * guillemets). Text extraction rebuilds logical order from the page by
     * running bidi, with mirroring, over what the glyphs show; mapped to the
     * source character, a mirrored pair would come back reversed:
     * {@code )Malmö(}.
     */
    private static String mirroredText(FontFace face, int glyphId, String text) {
        if (text.isEmpty() || text.codePointCount(0, text.length()) != 1) {
            return text;
        }
        int cp = text.codePointAt(0);
        int mirror = UCharacter.getMirror(cp);
        if (mirror != cp && face.covers(mirror) && glyphId != face.glyphId(cp)) {
            return new String(Character.toChars(mirror));
        }
        return text;
    }

    private static Integer take(Map<Integer, ArrayDeque<Integer>> byId, int glyphId) {
        ArrayDeque<Integer> glyphs = glyphId == 0 ? null : byId.get(glyphId);
        return glyphs == null || glyphs.isEmpty() ? null : glyphs.poll();
    }

    private static boolean isBidiControlOnly(String glyphText, float[] positions, int i) {
        return isZeroWidthOnly(glyphText, positions, i, UProperty.BIDI_CONTROL);
    }

    /** A zero-width glyph of default-ignorable characters only: an invisible glyph of a font without space. */
    private static boolean isInvisible(String glyphText, float[] positions, int i) {
        return isZeroWidthOnly(glyphText, positions, i, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    private static boolean isZeroWidthOnly(String glyphText, float[] positions, int i, int property) {
        if (glyphText.isEmpty() || positions[2 * i + 2] != positions[2 * i]) {
            return false;
        }
        return glyphText.codePoints().allMatch(cp -> UCharacter.hasBinaryProperty(cp, property));
    }
}
