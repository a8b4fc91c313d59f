package org.nashra.render.pdf.internal.font;

import org.nashra.render.pdf.MissingGlyphException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nashra.fonts.FontSource;
import org.nashra.fonts.NashraFonts;

class FontChainTest {

    private static FontFace naskh;
    private static FontFace sans;
    private static FontFace kufi;

    @BeforeAll
    static void load() throws IOException {
        naskh = FontFace.load(NashraFonts.NOTO_NASKH_ARABIC.regular());
        sans = FontFace.load(NashraFonts.NOTO_SANS.regular());
        kufi = FontFace.load(NashraFonts.NOTO_KUFI_ARABIC.regular());
    }

    @Test
    void latinFallsBackToTheNextFaceThatHasIt() {
        FontChain chain = new FontChain(List.of(naskh, sans));
        List<FontRun> runs = chain.itemise("في Malmö", FontChain.Missing.FAIL, w -> { });
        assertThat(runs).extracting(FontRun::face).containsExactly(naskh, sans);
        // the space goes with the word after it
        assertThat(runs.get(1).start()).isEqualTo(2);
    }

    @Test
    void punctuationStaysWithTheFontBeforeItWhenThatFontHasIt() {
        FontChain chain = new FontChain(List.of(naskh, sans));
        // the Arabic comma is in Noto Naskh: no switch; "(" is not: Noto Sans draws it
        assertThat(chain.itemise("قال، ثم", FontChain.Missing.FAIL, w -> { })).hasSize(1);
        assertThat(chain.itemise("قال (ثم", FontChain.Missing.FAIL, w -> { }))
                .extracting(FontRun::face).containsExactly(naskh, sans, naskh);
    }

    @Test
    void digitsTakeTheFontOfTheLettersAroundThemNotOfAFallbackDashBefore() throws IOException {
        FontFace amiri = FontFace.load(NashraFonts.AMIRI.bold());
        FontChain chain = new FontChain(List.of(kufi, amiri));
        String text = "يومي 20 – 21 تشرين";
        List<FontRun> runs = chain.itemise(text, FontChain.Missing.FAIL, w -> { });
        // only the dash, which Noto Kufi lacks, comes from Amiri
        assertThat(runs).extracting(FontRun::face).containsExactly(kufi, amiri, kufi);
        assertThat(text.substring(runs.get(1).start(), runs.get(1).end())).isEqualTo("–");
    }

    @Test
    void punctuationBetweenLatinWordsStaysLatin() {
        FontChain chain = new FontChain(List.of(naskh, sans));
        List<FontRun> runs = chain.itemise("في Malmö, Sweden", FontChain.Missing.FAIL, w -> { });
        assertThat(runs).extracting(FontRun::face).containsExactly(naskh, sans);
    }

    @Test
    void harakatStayWithTheirLetter() {
        FontChain chain = new FontChain(List.of(kufi, naskh));
        List<FontRun> runs = chain.itemise("مُحَمَّد", FontChain.Missing.FAIL, w -> { });
        assertThat(runs).hasSize(1);
    }

    @Test
    void aCharacterNoFontHasFailsWithItsNameAndOffset() {
        FontChain chain = new FontChain(List.of(naskh, sans));
        assertThatThrownBy(() -> chain.itemise("قال 😀", FontChain.Missing.FAIL, w -> { }))
                .isInstanceOf(MissingGlyphException.class)
                .hasMessageContaining("U+1F600").hasMessageContaining("GRINNING FACE")
                .hasMessageContaining("offset 4");
    }

    @Test
    void orIsReplacedVisiblyWithAWarning() {
        FontChain chain = new FontChain(List.of(naskh, sans));
        List<String> warnings = new ArrayList<>();
        List<FontRun> runs = chain.itemise("قال 😀 ثم", FontChain.Missing.REPLACE, warnings::add);
        FontRun replaced = runs.stream().filter(r -> r.replacement() != null).findFirst().orElseThrow();
        assertThat(replaced.start()).isEqualTo(4);
        assertThat(replaced.end()).isEqualTo(6);
        assertThat(replaced.replacement()).isEqualTo("\uFFFD");
        assertThat(replaced.face()).isSameAs(sans);
        assertThat(warnings).singleElement().asString().contains("U+1F600").contains("offset 4");
    }

    @Test
    void unpairedSurrogatesAndControlsAreMissingCharacters() {
        FontChain chain = new FontChain(List.of(naskh, sans));
        assertThatThrownBy(() -> chain.itemise("قال \uD800 ثم", FontChain.Missing.FAIL, w -> { }))
                .hasMessageContaining("U+D800");
        assertThatThrownBy(() -> chain.itemise("قال \u0007", FontChain.Missing.FAIL, w -> { }))
                .hasMessageContaining("U+0007");
    }

    @Test
    void joinersNeverFailEvenInAFontWithoutThem() throws IOException {
        FontFace amiri = FontFace.load(NashraFonts.AMIRI.regular());
        FontChain chain = new FontChain(List.of(amiri));
        assertThat(chain.itemise("می\u200Cخواهم", FontChain.Missing.FAIL, w -> { })).hasSize(1);
    }

    @Test
    void aFileThatIsNotAFontIsRefusedByName() {
        FontSource junk = FontSource.of("junk.ttf", new byte[] {1, 2, 3, 4});
        assertThatThrownBy(() -> FontFace.load(junk))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("junk.ttf");
    }
}
