package org.nashra.render.pdf.internal.shaping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashra.fonts.NashraFonts;
import org.nashra.render.pdf.internal.font.FontFace;
import org.nashra.render.pdf.internal.text.Glyph;

class JdkShaperTest {

    private final JdkShaper shaper = new JdkShaper(16);

    @Test
    void zeroWidthJoinersAndSoftHyphensAreTheFontsSpaceGlyphWithNoAdvanceOnEveryJdk() throws IOException {
        FontFace amiri = FontFace.load(NashraFonts.AMIRI.regular());
        String text = "می\u200Cخواهم ع\u200D الاجتماع\u00ADات";

        List<Glyph> glyphs = shaper.shape(amiri, text, 0, text.length(), true);

        // JDK 25 reports these characters as its invisible glyph 0xFFFF, which no font has
        assertThat(glyphs).allSatisfy(g -> assertThat(g.id()).isBetween(1, amiri.numberOfGlyphs() - 1));
        for (String invisible : List.of("\u200C", "\u200D", "\u00AD")) {
            assertThat(glyphs).filteredOn(g -> g.text().equals(invisible)).singleElement()
                    .satisfies(g -> assertThat(g.id()).isEqualTo(amiri.glyphId(' ')))
                    .satisfies(g -> assertThat(g.advance()).isZero());
        }
        assertThat(glyphs.stream().map(Glyph::text).reduce("", (a, b) -> b + a))
                .as("every character still has its glyph").isEqualTo(text);
    }
}
