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

    private static int[] gapsClosed(Glyph... glyphs) {
        GlyphRun run = new GlyphRun(amiri, 12, 0, 0, 10, List.of(glyphs));
        return ExtractionText.gapsClosed(run, ExtractionText.of(run));
    }

    @Test
    void aLetterReachesOverTheTatweelAfterItToTheNextLetter() {
        Glyph tatweel = new Glyph(amiri.glyphId('ـ'), 300, 0, 0, 1, 1, "");

        assertThat(gapsClosed(letter(0, 0), tatweel, letter(1, 0))).containsExactly(300, 0, 0);
    }

    @Test
    void aLetterReachesToALetterSetRightOfThePen() {
        // Amiri sets reh after beh 122 units right of the pen: بر|يطانيا split at the gap
        assertThat(gapsClosed(letter(0, 0), letter(1, 122), letter(2, 0))).containsExactly(122, 0, 0);
    }

    @Test
    void theLastLetterOfAWordReachesToTheSpaceButTheSpaceIsNotWidened() {
        Glyph raised = new Glyph(letter, 200, 0, 300, 1, 2, "");
        Glyph justifiedSpace = new Glyph(space, spaceAdvance + 500, 0, 0, 2, 3, " ");

        assertThat(gapsClosed(letter(0, 0), raised, justifiedSpace, letter(3, 0))).containsExactly(200, 0, 0, 0);
    }

    @Test
    void overlappingAndTouchingLettersAndMarksAreLeftAsTheyAre() {
        Glyph kerned = new Glyph(letter, letterAdvance - 40, 0, 0, 0, 1, "ا");
        Glyph mark = new Glyph(amiri.glyphId('\u064E'), 0, -150, 400, 0, 1, "\u064E");

        assertThat(gapsClosed(kerned, mark, letter(1, 0), letter(2, 0))).containsOnly(0);
    }
}
