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
    void wordSpacesAtTheEndsOfARightToLeftRunCopyAfterAnArabicLetterMark() {
        Glyph left = new Glyph(space, spaceAdvance, 0, 0, 2, 3, " ");
        Glyph right = new Glyph(space, spaceAdvance, 0, 0, 0, 1, " ");
        GlyphRun run = new GlyphRun(amiri, 12, 1, 0, 3, List.of(left, letter(1, 0), right));

        assertThat(ExtractionText.edgeSpacesMarked(run, ExtractionText.own(run)))
                .containsExactly("\u061C ", "ا", "\u061C ");
    }

    @Test
    void aDashInARightToLeftRunAndAnArabicIndicDigitCopyAfterTheMarkThatGivesMuPdfTheirDirection() {
        Glyph dash = new Glyph(amiri.glyphId('-'), 300, 0, 0, 1, 2, "-");
        Glyph digit = new Glyph(amiri.glyphId('\u0662'), 500, 0, 0, 0, 1, "\u0662");
        GlyphRun rightToLeft = new GlyphRun(amiri, 12, 1, 1, 3, List.of(letter(2, 0), dash));
        GlyphRun number = new GlyphRun(amiri, 12, 2, 0, 1, List.of(digit));

        assertThat(ExtractionText.directed(rightToLeft, dash, "-", false)).isEqualTo("\u061C-");
        assertThat(ExtractionText.directed(rightToLeft, letter(2, 0), "ا", false)).isEqualTo("ا");
        assertThat(ExtractionText.directed(number, digit, "\u0662", false)).isEqualTo("\u200E\u0662");
    }

    @Test
    void aBracketMirroredInARightToLeftRunCopiesAsWrittenAndALetterAsItself() {
        // HarfBuzz drew the "(" written before a word with the glyph of ")": the glyph's text is what it shows
        Glyph shown = new Glyph(amiri.glyphId(')'), 300, 0, 0, 0, 1, ")");
        GlyphRun rightToLeft = new GlyphRun(amiri, 12, 1, 0, 2, List.of(shown, letter(1, 0)));
        GlyphRun leftToRight = new GlyphRun(amiri, 12, 0, 0, 1, List.of(shown));

        assertThat(ExtractionText.asWrittenIfMirrored(rightToLeft, shown)).isEqualTo("(");
        assertThat(ExtractionText.asWrittenIfMirrored(rightToLeft, letter(1, 0))).isNull();
        assertThat(ExtractionText.asWrittenIfMirrored(leftToRight, shown)).isNull();
    }

    @Test
    void punctuationAfterANumberAndADashEndingARightToLeftLineGetAnInvisibleRightToLeftMarkAfterThem() {
        Glyph comma = new Glyph(amiri.glyphId('،'), 250, 0, 0, 4, 5, "،");
        Glyph digit = new Glyph(amiri.glyphId('6'), 500, 0, 0, 3, 4, "6");
        Glyph slash = new Glyph(amiri.glyphId('/'), 300, 0, 0, 1, 2, "/");
        Glyph dash = new Glyph(amiri.glyphId('-'), 300, 0, 0, 0, 1, "-");
        // visual order, right-to-left: "6،" (a comma written after a number), "6/6" (inside a date)
        GlyphRun afterNumber = new GlyphRun(amiri, 12, 1, 0, 5, List.of(comma, digit));
        GlyphRun date = new GlyphRun(amiri, 12, 1, 0, 3, List.of(digit, slash, digit));
        GlyphRun listItem = new GlyphRun(amiri, 12, 1, 0, 2, List.of(letter(1, 0), dash));

        assertThat(ExtractionText.endsBeforeNumber(afterNumber, 0, null)).isTrue();
        assertThat(ExtractionText.endsBeforeNumber(date, 1, null)).isFalse();
        assertThat(ExtractionText.endsLineWithDash(listItem, 1, null)).isTrue();
        assertThat(ExtractionText.endsLineWithDash(listItem, 1, digit)).isFalse();
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

    private static Glyph glyph(char c, int at) {
        return new Glyph(amiri.glyphId(c), amiri.advance(amiri.glyphId(c)), 0, 0, at, at + 1, String.valueOf(c));
    }

    private static String[] spaces(GlyphRun run, Glyph next) {
        return ExtractionText.spacesMarked(run, next, ExtractionText.own(run));
    }

    @Test
    void aSpaceBeforeAWordEndingInAHarakaStartsWithAnArabicLetterMark() {
        // "قال صباحاً" in visual order: the tanween is drawn first, left of its alef
        Glyph tanween = new Glyph(amiri.glyphId('\u064B'), 0, -150, 400, 9, 10, "\u064B");
        List<Glyph> visual = List.of(tanween, glyph('ا', 8), glyph('ح', 7), glyph(' ', 3), glyph('ل', 2));
        GlyphRun run = new GlyphRun(amiri, 12, 1, 0, 10, visual);

        assertThat(spaces(run, null)).containsExactly("\u064B", "ا", "ح", " ", "ل");
        GlyphRun withSpace = new GlyphRun(amiri, 12, 1, 0, 10, List.of(glyph('ل', 5), glyph(' ', 4), tanween,
                glyph('ا', 8)));
        assertThat(spaces(withSpace, null)).containsExactly("ل", "\u061C ", "\u064B", "ا");
    }

    @Test
    void aSpaceLeftOfPunctuationOrDigitsEndsWithAnArabicLetterMark() {
        // "عضال، عن" in visual order: the comma left of its word, the space left of the comma
        GlyphRun run = new GlyphRun(amiri, 12, 1, 0, 8, List.of(glyph('ن', 7), glyph(' ', 5), glyph('،', 4),
                glyph('ل', 3)));
        assertThat(spaces(run, null)).containsExactly("ن", " \u061C", "،", "ل");

        // a number is a run of its own: the space ending the run before it
        GlyphRun beforeNumber = new GlyphRun(amiri, 12, 1, 0, 2, List.of(glyph('و', 1), glyph(' ', 0)));
        assertThat(spaces(beforeNumber, glyph('1', 2))).containsExactly("و", " \u061C");
        assertThat(spaces(beforeNumber, glyph('ب', 2))).containsExactly("و", " ");
    }

    @Test
    void spacesOfLeftToRightRunsAndUnderBidiOverridesAreLeftAlone() {
        GlyphRun latin = new GlyphRun(amiri, 12, 2, 0, 3, List.of(glyph('a', 0), glyph(' ', 1), glyph('.', 2)));
        assertThat(spaces(latin, null)).containsExactly("a", " ", ".");
        // Latin letters forced right to left by U+202E: mapped by overridesInLogicalOrder instead
        GlyphRun overridden = new GlyphRun(amiri, 12, 1, 0, 3, List.of(glyph('c', 2), glyph(' ', 1), glyph('a', 0)));
        assertThat(spaces(overridden, null)).containsExactly("c", " ", "a");
    }
}
