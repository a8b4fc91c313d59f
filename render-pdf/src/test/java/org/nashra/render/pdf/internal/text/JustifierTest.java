package org.nashra.render.pdf.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nashra.fonts.NashraFonts;
import org.nashra.render.pdf.internal.font.FontFace;

class JustifierTest {

    private static FontFace amiri;

    @BeforeAll
    static void load() throws IOException {
        amiri = FontFace.load(NashraFonts.AMIRI.regular());
    }

    /** "ب ب ب" as three beh glyphs and two spaces, 10 pt, 1000 units per em: 4 pt wide per glyph. */
    private static ShapedLine threeWords() {
        List<Glyph> glyphs = List.of(
                new Glyph(10, 400, 0, 0, 4, 5, "ب"), new Glyph(3, 400, 0, 0, 3, 4, " "),
                new Glyph(10, 400, 0, 0, 2, 3, "ب"), new Glyph(3, 400, 0, 0, 1, 2, " "),
                new Glyph(10, 400, 0, 0, 0, 1, "ب"));
        return new ShapedLine("ب ب ب", 0, 5, 1, List.of(new GlyphRun(amiri, 10f, 1, 0, 5, glyphs)));
    }

    @Test
    void interWordSpreadsTheMissingWidthOverTheSpaces() {
        ShapedLine line = threeWords();
        float unitsPerPoint = amiri.unitsPerEm() / 10f;
        float natural = line.width();

        ShapedLine justified = Justifier.INTER_WORD.justify(line, natural + 6f, false);

        assertThat(justified.width()).isCloseTo(natural + 6f, within(0.001f));
        List<Glyph> glyphs = justified.runs().get(0).glyphs();
        assertThat(glyphs.get(1).advance()).isCloseTo(400 + 3f * unitsPerPoint, within(0.01f));
        assertThat(glyphs.get(0).advance()).isEqualTo(400);
    }

    @Test
    void lastLineAndFullLinesAreLeftAlone() {
        ShapedLine line = threeWords();
        assertThat(Justifier.INTER_WORD.justify(line, line.width() + 50, true)).isSameAs(line);
        assertThat(Justifier.INTER_WORD.justify(line, line.width() - 1, false)).isSameAs(line);
        assertThat(Justifier.NONE.justify(line, line.width() + 50, false)).isSameAs(line);
    }

    @Test
    void glyphKnowsMarksLigaturesAndSpaces() {
        assertThat(new Glyph(5, 0, 0, 0, 1, 2, "\u064E").isMark()).isTrue();
        assertThat(new Glyph(5, 300, 0, 0, 0, 2, "لا").isLigature()).isTrue();
        assertThat(new Glyph(5, 300, 0, 0, 0, 2, "لَ").isLigature()).isFalse();
        assertThat(new Glyph(5, 300, 0, 0, 0, 1, "\u00A0").isWordSpace()).isTrue();
        assertThat(new Glyph(5, 300, 0, 0, 0, 1, "").isMark()).isFalse();
    }
}
