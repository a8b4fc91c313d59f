package org.nashra.render.pdf.internal.justify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.nashra.render.pdf.internal.text.Glyph;

/**
 * A word with tatweels inserted for justification, and the way back from the glyphs shaped out of it
 * to the word as written: inserted tatweels stand for no text, so that copy and paste gives the
 * author's words.
 *
 * <pre>{@code
 * Elongated e = Elongated.of("كتاب", new TreeMap<>(Map.of(2, 3)));   // "كتـــاب"
 * List<Glyph> glyphs = e.remap(shaper.shape(font, e.text(), 0, e.text().length(), true), wordStart);
 * }</pre>
 */
final class Elongated {
    private final String text;
    private final boolean[] inserted;
    /** Per char of {@link #text}, plus one past the end: its offset in the word, or for an inserted
     * tatweel the offset of the char it was put before. */
    private final int[] original;

    private Elongated(String text, boolean[] inserted, int[] original) {
        this.text = text;
        this.inserted = inserted;
        this.original = original;
    }

    /**
     * The word with {@code counts.get(offset)} tatweels put before the char at each offset.
     *
     * @throws IllegalArgumentException for an offset outside the word or a negative count
     */
    static Elongated of(String word, SortedMap<Integer, Integer> counts) {
        int total = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getKey() < 1 || e.getKey() > word.length() || e.getValue() < 0) {
                throw new IllegalArgumentException("cannot put " + e.getValue() + " tatweels at " + e.getKey()
                        + " in a word of " + word.length() + " chars");
            }
            total += e.getValue();
        }
        StringBuilder text = new StringBuilder(word.length() + total);
        boolean[] inserted = new boolean[word.length() + total];
        int[] original = new int[word.length() + total + 1];
        for (int i = 0; i <= word.length(); i++) {
            for (int k = counts.getOrDefault(i, 0); k > 0; k--) {
                inserted[text.length()] = true;
                original[text.length()] = i;
                text.append(KashidaAnalysis.TATWEEL);
            }
            original[text.length()] = i;
            if (i < word.length()) {
                text.append(word.charAt(i));
            }
        }
        return new Elongated(text.toString(), inserted, original);
    }

    /** The word with its tatweels. */
    String text() {
        return text;
    }

    /**
     * Glyphs shaped from {@link #text()}, made to refer to the paragraph the word was taken from: cluster
     * spans move back to the word's offsets (plus {@code wordStart}), and each inserted tatweel is taken
     * out of the text of the glyph that stands for it, so a glyph drawing only inserted tatweels stands
     * for nothing.
     */
    List<Glyph> remap(List<Glyph> shaped, int wordStart) {
        Map<Long, Integer> toStrip = new HashMap<>();
        List<Glyph> out = new ArrayList<>(shaped.size());
        for (Glyph glyph : shaped) {
            int s = glyph.charStart();
            int e = glyph.charEnd();
            long cluster = ((long) s << 32) | e;
            int strip = toStrip.computeIfAbsent(cluster, c -> insertedIn(s, e));
            String own = glyph.text();
            if (strip > 0) {
                StringBuilder kept = new StringBuilder(own.length());
                for (int i = 0; i < own.length(); i++) {
                    char c = own.charAt(i);
                    if (c == KashidaAnalysis.TATWEEL && strip > 0) {
                        strip--;
                    } else {
                        kept.append(c);
                    }
                }
                toStrip.put(cluster, strip);
                own = kept.toString();
            }
            int first = s;
            while (first < e && inserted[first]) {
                first++;
            }
            int last = e;
            while (last > first && inserted[last - 1]) {
                last--;
            }
            int from = original[first];
            int to = last > first ? original[last - 1] + 1 : from;
            out.add(glyph.withText(wordStart + from, wordStart + to, own));
        }
        return out;
    }

    /**
     * Per glyph shaped from {@link #text()}: true if it draws nothing but tatweels, some of them
     * inserted, so that its advance may shrink and let it overlap its neighbours.
     */
    boolean[] drawsInsertedTatweels(List<Glyph> shaped) {
        boolean[] result = new boolean[shaped.size()];
        for (int g = 0; g < result.length; g++) {
            Glyph glyph = shaped.get(g);
            boolean onlyTatweels = glyph.charEnd() > glyph.charStart();
            for (int i = glyph.charStart(); i < glyph.charEnd() && onlyTatweels; i++) {
                onlyTatweels = text.charAt(i) == KashidaAnalysis.TATWEEL;
            }
            result[g] = onlyTatweels && insertedIn(glyph.charStart(), glyph.charEnd()) > 0;
        }
        return result;
    }

    private int insertedIn(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (inserted[i]) {
                n++;
            }
        }
        return n;
    }
}
