package org.nashra.render.pdf.internal.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nashra.render.pdf.internal.text.Glyph;
import org.nashra.render.pdf.internal.text.GlyphRun;

/**
 * What each glyph of a run gives when the text is extracted: its
 * {@link Glyph#text()}, except that combining marks are folded into the glyph
 * of the letter they sit on (the mark glyphs themselves give nothing).
 *
 * <p>Why: extractors rebuild words from glyph boxes (origin plus width) in
 * page order. HarfBuzz places Arabic marks by anchors, often with a negative
 * offset from an origin that lies outside their letter's box (Amiri's shadda
 * in {@code مُحَمَّد} has its origin over the previous letter), so PDFBox
 * neither merges them as diacritics nor keeps them in order: measured, the
 * word came back as three pieces. Carried by the letter, the marks copy in
 * place in every extractor, in source order.
 *
 * <p>A mark with no letter before it in the run keeps its own text.
 */
final class ExtractionText {

    private ExtractionText() {
    }

    /** One string per glyph of the run, in the run's (visual) order. */
    static String[] of(GlyphRun run) {
        List<Glyph> glyphs = run.glyphs();
        int n = glyphs.size();
        String[] texts = new String[n];
        // logical order: marks follow their letter
        int base = -1;
        List<Glyph> group = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = run.isRightToLeft() ? n - 1 - k : k;
            Glyph g = glyphs.get(i);
            if (g.isMark() && base >= 0) {
                texts[i] = "";
                group.add(g);
            } else {
                if (base >= 0) {
                    texts[base] = join(group);
                }
                base = i;
                group.clear();
                group.add(g);
            }
        }
        if (base >= 0) {
            texts[base] = join(group);
        }
        for (int i = 0; i < n; i++) {
            if (texts[i] == null) {
                texts[i] = glyphs.get(i).text();
            }
        }
        return texts;
    }

    private static String join(List<Glyph> group) {
        if (group.size() == 1) {
            return group.get(0).text();
        }
        List<Glyph> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingInt(Glyph::charStart));
        StringBuilder sb = new StringBuilder();
        for (Glyph g : sorted) {
            sb.append(g.text());
        }
        return sb.toString();
    }
}
