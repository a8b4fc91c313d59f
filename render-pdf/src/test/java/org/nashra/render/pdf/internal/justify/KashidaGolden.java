package org.nashra.render.pdf.internal.justify;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.nashra.render.pdf.internal.font.FontFace;
import org.nashra.render.pdf.internal.text.Glyph;
import org.nashra.render.pdf.internal.text.ShapedLine;
import org.nashra.render.pdf.internal.text.Shaper;

/**
 * The setting of {@link KashidaGoldenShapingTest}, shared with the tool that lists its elongated
 * words for {@code src/test/golden/generate.sh}: every paragraph of the development corpus set in
 * Amiri 12 pt on a 340 pt measure and justified with kashidas, and every elongated word (tatweels
 * inserted) the justifier shaped on the way.
 *
 * <pre>{@code
 * java -cp … org.nashra.render.pdf.internal.justify.KashidaGolden   # the elongated words, one a line
 * }</pre>
 */
final class KashidaGolden {
    static final float SIZE = 12;
    static final float MEASURE = 340;

    /** The paragraphs, set, and the elongated words shaped for them (tatweels in). */
    record Corpus(List<String> paragraphs, List<List<ShapedLine>> lines, Set<String> elongated) {
    }

    private KashidaGolden() {
    }

    /** Sets the corpus, remembering what the justifier shaped. */
    static Corpus set() {
        Set<String> elongated = new TreeSet<>();
        Shaper recording = (FontFace font, CharSequence text, int start, int end, boolean rightToLeft) -> {
            String shaped = text.subSequence(start, end).toString();
            if (font == KashidaSample.AMIRI && shaped.indexOf(KashidaAnalysis.TATWEEL) >= 0) {
                elongated.add(shaped);
            }
            return KashidaSample.SHAPER.shape(font, text, start, end, rightToLeft);
        };
        List<String> paragraphs = KashidaSample.corpusParagraphs();
        List<List<ShapedLine>> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            lines.add(KashidaSample.set(paragraph, KashidaSample.style(new KashidaJustifier(recording), SIZE),
                    MEASURE));
        }
        return new Corpus(paragraphs, lines, elongated);
    }

    /** True for a glyph drawing only tatweels the justifier inserted. */
    static boolean isInserted(Glyph glyph) {
        return glyph.text().isEmpty() && glyph.charStart() == glyph.charEnd() && glyph.advance() > 0;
    }

    /** Prints the elongated words, one a line: what generate.sh gives hb-shape. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        set().elongated().forEach(out::println);
    }
}
