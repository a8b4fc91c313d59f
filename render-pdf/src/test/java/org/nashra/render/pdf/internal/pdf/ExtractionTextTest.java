package org.nashra.render.pdf.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nashra.fonts.NashraFonts;
import org.nashra.render.pdf.internal.font.FontFace;
import org.nashra.render.pdf.internal.text.Glyph;
import org.nashra.render.pdf.internal.text.GlyphRun;

class ExtractionTextTest {

    private static FontFace amiri;
    private static int letter;
    private static int letterAdvance;
    private static int space;
    private static int spaceAdvance;

    @BeforeAll
    static void load() throws IOException {
        amiri = FontFace.load(NashraFonts.AMIRI.regular());
        letter = amiri.glyphId('ا');
        letterAdvance = amiri.advance(letter);
        space = amiri.glyphId(' ');
        spaceAdvance = amiri.advance(space);
    }

    private static Glyph letter(int at, float xOffset) {
        return new Glyph(letter, letterAdvance, xOffset, 0, at, at + 1, "ا");
    }

    @Test
    void anInsertedKashidaCopiesAsATatweel() {
        Glyph tatweel = new Glyph(amiri.glyphId('ـ'), 300, 0, 0, 1, 1, "");

        assertThat(ExtractionText.mapped("", tatweel)).isEqualTo("\u0640");
    }

    @Test
    void aGlyphWithoutAdvanceOrTextOfItsOwnCopiesAsTheCombiningGraphemeJoiner() {
        Glyph secondPart = new Glyph(amiri.glyphId('\u064E'), 0, -150, 400, 0, 1, "");

        assertThat(ExtractionText.mapped("", secondPart)).isEqualTo("\u034F");
    }

    @Test
    void aMarkBelongsToTheLetterBeforeItInTheText() {
        // a right-to-left run in visual order: the fatha (text offset 1) is drawn left of its letter (offset 0)
        Glyph next = letter(2, 0);
        Glyph fatha = new Glyph(amiri.glyphId('\u064E'), 0, -150, 400, 1, 2, "\u064E");
        Glyph alef = letter(0, 0);

        assertThat(ExtractionText.baseOfMark(List.of(next, fatha, alef), 1)).isEqualTo(2);
        assertThat(ExtractionText.baseOfMark(List.of(fatha), 0)).isEqualTo(-1);
    }

    @Test
    void aGlyphWithTextCopiesAsItsText() {
        assertThat(ExtractionText.mapped("ا", letter(0, 0))).isEqualTo("ا");
    }
}
