package org.nashra.render.pdf.internal.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nashra.fonts.NashraFonts;
import org.nashra.render.pdf.internal.bidi.BaseDirection;
import org.nashra.render.pdf.internal.font.FontChain;
import org.nashra.render.pdf.internal.font.FontFace;
import org.nashra.render.pdf.internal.shaping.JdkShaper;
import org.nashra.render.pdf.internal.text.Glyph;
import org.nashra.render.pdf.internal.text.GlyphRun;
import org.nashra.render.pdf.internal.text.Justifier;
import org.nashra.render.pdf.internal.text.ShapedLine;

class TypesetterTest {

    private static FontFace amiri;
    private static FontFace naskh;
    private static FontFace sans;
    private final Typesetter setter = new Typesetter(new JdkShaper(1000));

    @BeforeAll
    static void load() throws IOException {
        amiri = FontFace.load(NashraFonts.AMIRI.regular());
        naskh = FontFace.load(NashraFonts.NOTO_NASKH_ARABIC.regular());
        sans = FontFace.load(NashraFonts.NOTO_SANS.regular());
    }

    private static ParagraphStyle style(Justifier justifier, DigitForm digits, FontFace... faces) {
        return new ParagraphStyle(new FontChain(List.of(faces)), 12, BaseDirection.AUTO, justifier,
                FontChain.Missing.REPLACE, digits);
    }

    private static final String PARAGRAPH = "بحضور جمع غفير من المندوبات والضيوف، افتتحت في الساعة الحادية عشرة "
            + "من صباح يوم السبت 5 تشرين الأول 2019 اعمال المؤتمر الحادي عشر لرابطة النساء العراقيات "
            + "الديمقراطيات، وذلك على قاعة «فولكتس هوس» في مدينة غوتنبرغ السويدية.";

    @Test
    void justifiedLinesFillTheMeasureExceptTheLast() {
        List<ShapedLine> lines = setter.set(PARAGRAPH, style(Justifier.INTER_WORD, DigitForm.AS_WRITTEN, amiri), 200,
                w -> { });
        assertThat(lines).hasSizeGreaterThan(3);
        for (ShapedLine line : lines.subList(0, lines.size() - 1)) {
            assertThat(line.width()).isCloseTo(200f, within(0.01f));
        }
        assertThat(lines.get(lines.size() - 1).width()).isLessThan(200f);
    }

    @Test
    void raggedLinesNeverExceedTheMeasureAndCoverTheTextInOrder() {
        List<ShapedLine> lines = setter.set(PARAGRAPH, style(Justifier.NONE, DigitForm.AS_WRITTEN, amiri), 150,
                w -> { });
        int expectedStart = 0;
        for (ShapedLine line : lines) {
            assertThat(line.width()).isLessThanOrEqualTo(150f);
            assertThat(line.start()).isEqualTo(expectedStart);
            expectedStart = line.end();
        }
        assertThat(expectedStart).isEqualTo(PARAGRAPH.length());
    }

    @Test
    void runsAreInVisualOrderWithLatinInItsOwnFont() {
        String text = "في Malmö اليوم";
        List<ShapedLine> lines = setter.set(text, style(Justifier.NONE, DigitForm.AS_WRITTEN, naskh, sans), 500,
                w -> { });
        List<GlyphRun> runs = lines.get(0).runs();
        // left to right on the page: "اليوم" and the space before it (a space goes with the word after
        // it); "Malmö"; the space before "Malmö", in its font but in the right-to-left run; "في"
        assertThat(runs).extracting(GlyphRun::font).containsExactly(naskh, sans, sans, naskh);
        assertThat(runs).extracting(GlyphRun::start).containsExactly(8, 3, 2, 0);
        assertThat(runs).extracting(GlyphRun::isRightToLeft).containsExactly(true, false, true, true);
        assertThat(lines.get(0).isRightToLeft()).isTrue();
    }

    @Test
    void spacesAtTheEndOfALineAreNotDrawn() {
        List<ShapedLine> lines = setter.set(PARAGRAPH, style(Justifier.NONE, DigitForm.AS_WRITTEN, amiri), 150,
                w -> { });
        ShapedLine first = lines.get(0);
        assertThat(PARAGRAPH.charAt(first.end() - 1)).isEqualTo(' ');
        assertThat(first.runs()).flatMap(GlyphRun::glyphs).noneMatch(g -> g.charStart() == first.end() - 1);
    }

    @Test
    void arabicDigitsAreDrawnButTheSourceDigitsAreCopied() {
        List<ShapedLine> lines = setter.set("عام 2019", style(Justifier.NONE, DigitForm.ARABIC, amiri), 500, w -> { });
        List<Glyph> digits = lines.get(0).runs().stream().flatMap(r -> r.glyphs().stream())
                .filter(g -> g.text().matches("\\d")).toList();
        assertThat(digits).extracting(Glyph::text).containsExactly("2", "0", "1", "9");
        assertThat(digits.get(0).id()).isEqualTo(amiri.glyphId(0x0662));
    }

    @Test
    void aReplacedCharacterIsDrawnAsTheReplacementAndCopiedAsItself() {
        List<String> warnings = new ArrayList<>();
        List<ShapedLine> lines = setter.set("رمز \uE000 خاص", style(Justifier.NONE, DigitForm.AS_WRITTEN, naskh, sans),
                500, warnings::add);
        Glyph replaced = lines.get(0).runs().stream().flatMap(r -> r.glyphs().stream())
                .filter(g -> g.text().equals("\uE000")).findFirst().orElseThrow();
        assertThat(replaced.id()).isEqualTo(sans.glyphId(0xFFFD)).isNotZero();
        assertThat(warnings).singleElement().asString().contains("U+E000");
    }

    @Test
    void aWordWiderThanTheMeasureIsBrokenBetweenLettersWithAWarning() {
        List<String> warnings = new ArrayList<>();
        List<ShapedLine> lines = setter.set("الديمقراطيات", style(Justifier.NONE, DigitForm.AS_WRITTEN, amiri), 20,
                warnings::add);
        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(l.width()).isLessThanOrEqualTo(20));
        assertThat(String.join("", lines.stream().map(l -> l.text().substring(l.start(), l.end())).toList()))
                .isEqualTo("الديمقراطيات");
        assertThat(warnings).singleElement().asString().contains("broken between letters");
    }

    @Test
    void aWordOfFiveThousandLettersFillsLinesAndKeepsEveryMarkWithItsLetter() {
        String word = "بَ".repeat(2500);
        List<ShapedLine> lines = setter.set("كلمة " + word + " أخيرة",
                style(Justifier.NONE, DigitForm.AS_WRITTEN, amiri), 300, s -> { });
        assertThat(lines).hasSizeGreaterThan(10).allSatisfy(l -> {
            assertThat(l.width()).isLessThanOrEqualTo(300);
            // no line starts with a mark cut off its letter
            assertThat(l.text().charAt(l.start())).isNotEqualTo('\u064E');
        });
    }

    @Test
    void theShaperCachesWords() {
        JdkShaper shaper = new JdkShaper(10);
        assertThat(shaper.shape(amiri, "كتاب", 0, 4, true)).isSameAs(shaper.shape(amiri, "كتاب", 0, 4, true));
    }

    @Test
    void blankAndEmptyParagraphsHaveNoLines() {
        assertThat(setter.set("", style(Justifier.NONE, DigitForm.AS_WRITTEN, amiri), 100, w -> { })).isEmpty();
        assertThat(setter.set("   ", style(Justifier.NONE, DigitForm.AS_WRITTEN, amiri), 100, w -> { })).isEmpty();
    }
}
