package org.nashra.render.pdf.internal.shaping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nashra.render.pdf.PdfProbe.DrawnGlyph;

/**
 * The golden shaping data made by {@code src/test/golden/generate.sh} from {@code hb-shape}, and the
 * comparison of glyphs read back out of a PDF with it: the golden tests' common part.
 *
 * <pre>{@code
 * Map<String, List<GoldenGlyphs.Expected>> golden = GoldenGlyphs.read("/golden/Amiri-Regular.tsv");
 * boolean same = GoldenGlyphs.matches(golden.get(word), drawn, left, baseline, unitsPerPoint);
 * }</pre>
 */
public final class GoldenGlyphs {

    /** One glyph as hb-shape places it: font units from the word's left edge, y up. */
    public record Expected(int gid, int x, int y) {
    }

    private GoldenGlyphs() {
    }

    /** A golden file (a test resource): word, tab, glyphs as {@code id@x,y}; lines starting with # skipped. */
    public static Map<String, List<Expected>> read(String resource) throws IOException {
        Map<String, List<Expected>> golden = new LinkedHashMap<>();
        try (InputStream in = GoldenGlyphs.class.getResourceAsStream(resource)) {
            assertThat(in).as("golden data " + resource + " (run src/test/golden/generate.sh)").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                List<Expected> glyphs = new ArrayList<>();
                for (String g : line.substring(tab + 1).split(" ")) {
                    int at = g.indexOf('@');
                    int comma = g.indexOf(',', at);
                    glyphs.add(new Expected(Integer.parseInt(g.substring(0, at)),
                            Integer.parseInt(g.substring(at + 1, comma)), Integer.parseInt(g.substring(comma + 1))));
                }
                golden.put(line.substring(0, tab), glyphs);
            }
        }
        return golden;
    }

    /**
     * True if the glyphs drawn are the expected ones, each within one font unit of its place; the
     * word's left edge at {@code left} and its baseline at {@code baseline}, in points.
     */
    public static boolean matches(List<Expected> expected, List<DrawnGlyph> drawn, float left, float baseline,
                                  float unitsPerPoint) {
        if (expected.size() != drawn.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            DrawnGlyph g = drawn.get(i);
            if (g.gid() != e.gid() || Math.abs((g.x() - left) * unitsPerPoint - e.x()) > 1
                    || Math.abs((g.y() - baseline) * unitsPerPoint - e.y()) > 1) {
                return false;
            }
        }
        return true;
    }

    /** The glyphs drawn, as the golden data writes them, for a failure message. */
    public static String describe(List<DrawnGlyph> glyphs, float left, float baseline, float unitsPerPoint) {
        StringBuilder sb = new StringBuilder("[");
        for (DrawnGlyph g : glyphs) {
            sb.append(g.gid()).append('@').append(Math.round((g.x() - left) * unitsPerPoint)).append(',')
                    .append(Math.round((g.y() - baseline) * unitsPerPoint)).append(' ');
        }
        return sb.append(']').toString();
    }
}
