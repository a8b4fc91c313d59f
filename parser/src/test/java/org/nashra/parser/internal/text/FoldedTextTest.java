package org.nashra.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nashra.model.Span;

class FoldedTextTest {
    @Test
    void hamzaSeatsAndAlefVariantsFoldToBareAlef() {
        assertThat(FoldedText.fold("أكد إجتماع آذار ٱلله")).isEqualTo("اكد اجتماع اذار الله");
    }

    @Test
    void yaAndTaMarbutaFoldForMatchingOnly() {
        FoldedText t = FoldedText.of("رابطة على");
        assertThat(t.folded()).isEqualTo("رابطه علي");
        assertThat(t.originalText(0, 5)).isEqualTo("رابطة");
    }

    @Test
    void harakatAndTatweelAreDroppedButKeptInTheOriginalCut() {
        FoldedText t = FoldedText.of("اجتمـــاعاً مُحَمَّد");
        assertThat(t.folded()).isEqualTo("اجتماعا محمد");
        assertThat(t.originalText(0, 7)).isEqualTo("اجتمـــاعاً");
        assertThat(t.originalText(8, 12)).isEqualTo("مُحَمَّد");
    }

    @Test
    void aFinalHamzaIsDroppedForMatchingButKeptInTheCut() {
        FoldedText t = FoldedText.of("كربلاء والعزاء");
        assertThat(t.folded()).isEqualTo("كربلا والعزا");
        assertThat(t.originalText(0, 5)).isEqualTo("كربلاء");
        assertThat(t.originalText(6, 12)).isEqualTo("والعزاء");
    }

    @Test
    void aMarkAfterASpaceStaysOutOfTheSpace() {
        FoldedText t = FoldedText.of("ا ً ب");
        assertThat(t.originalSpan(0, 2)).isEqualTo(new Span(0, 2));
    }

    @Test
    void arabicIndicAndPersianDigitsBecomeAscii() {
        assertThat(FoldedText.fold("٢٨ /٦ /٢٠٢٠ و۱۹")).isEqualTo("28 /6 /2020 و19");
    }

    @Test
    void bidiControlsAndZeroWidthCharsAreInvisibleToRules() {
        FoldedText t = FoldedText.of("\u202Bمالمو\u202C\u200F 2018");
        assertThat(t.folded()).isEqualTo("مالمو 2018");
        assertThat(t.originalSpan(0, 5)).isEqualTo(new Span(1, 6));
    }

    @Test
    void presentationFormsFoldToTheirLetters() {
        // ﻻ is the isolated lam-alef ligature; ﺑ an initial beh
        FoldedText t = FoldedText.of("ﻻ ﺑ");
        assertThat(t.folded()).isEqualTo("لا ب");
        assertThat(t.originalSpan(0, 2)).isEqualTo(new Span(0, 1));
    }

    @Test
    void harakatInPresentationFormsAreHarakatKeptWithTheirLetter() {
        // as a PDF's text layer may give them: kasra isolated (a space and a kasra), fatha medial, shadda with dammatan
        FoldedText t = FoldedText.of("\uFEDF\uFE7B\uFEE0\uFE77\uFEDC\uFE7A \uFE8D\uFC5E");
        assertThat(t.folded()).isEqualTo("للك ا");
        assertThat(t.originalSpan(0, 3)).isEqualTo(new Span(0, 6));
        assertThat(t.originalSpan(4, 5)).isEqualTo(new Span(7, 9));
    }

    @Test
    void noBreakSpacesBecomePlainSpaces() {
        assertThat(FoldedText.fold("في\u00A0مدينة")).isEqualTo("في مدينه");
    }

    @Test
    void charactersOutsideTheBasicPlaneKeepBothHalves() {
        FoldedText t = FoldedText.of("تحية 🌹");
        assertThat(t.folded()).isEqualTo("تحيه 🌹");
        assertThat(t.originalSpan(5, 7)).isEqualTo(new Span(5, 7));
    }

    @Test
    void anEmptyRangeMapsToAPoint() {
        FoldedText t = FoldedText.of("ًًا");
        assertThat(t.folded()).isEqualTo("ا");
        assertThat(t.originalSpan(1, 1)).isEqualTo(new Span(3, 3));
    }
}
