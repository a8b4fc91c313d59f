package org.nashra.render.pdf.internal.bidi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BidiParagraphTest {

    @Test
    void arabicParagraphIsRightToLeftAndLatinOneLeftToRight() {
        assertThat(BidiParagraph.analyse("عقد الاجتماع", BaseDirection.AUTO).paragraphLevel()).isEqualTo(1);
        assertThat(BidiParagraph.analyse("The meeting", BaseDirection.AUTO).paragraphLevel()).isZero();
    }

    @Test
    void paragraphWithoutStrongLettersDefaultsToRightToLeft() {
        assertThat(BidiParagraph.analyse("1/9/2013", BaseDirection.AUTO).paragraphLevel()).isEqualTo(1);
    }

    @Test
    void forcedDirectionWins() {
        assertThat(BidiParagraph.analyse("The meeting", BaseDirection.RTL).paragraphLevel()).isEqualTo(1);
        assertThat(BidiParagraph.analyse("عقد الاجتماع", BaseDirection.LTR).paragraphLevel()).isZero();
    }

    @Test
    void latinInsideArabicIsARunOfItsOwnLevel() {
        BidiParagraph p = BidiParagraph.analyse("في Malmö اليوم", BaseDirection.AUTO);
        assertThat(p.levelRuns()).containsExactly(
                new LevelRun(0, 3, 1), new LevelRun(3, 8, 2), new LevelRun(8, 14, 1));
    }

    @Test
    void visualRunsOfALineGoLeftToRight() {
        String text = "في Malmö اليوم";
        BidiParagraph p = BidiParagraph.analyse(text, BaseDirection.AUTO);
        List<LevelRun> visual = p.visualRuns(0, text.length());
        // "اليوم" is leftmost on the page, "في" rightmost
        assertThat(visual).extracting(LevelRun::start).containsExactly(8, 3, 0);
    }

    @Test
    void trailingSpaceOfALineTakesTheParagraphLevel() {
        String text = "في Malmö اليوم";
        BidiParagraph p = BidiParagraph.analyse(text, BaseDirection.AUTO);
        // the line "في Malmö " ends with a space that rule L1 puts at level 1
        List<LevelRun> visual = p.visualRuns(0, 9);
        assertThat(visual.get(0)).isEqualTo(new LevelRun(8, 9, 1));
    }

    @Test
    void isolatesKeepTheirContentTogether() {
        // "Malmö, Sweden" isolated left-to-right inside Arabic: the comma stays inside the isolate
        String text = "مدينة \u2066Malmö, Sweden\u2069 الجميلة";
        BidiParagraph p = BidiParagraph.analyse(text, BaseDirection.AUTO);
        int comma = text.indexOf(',');
        assertThat(p.levelAt(comma)).isEqualTo(2);
        assertThat(p.paragraphLevel()).isEqualTo(1);
    }

    @Test
    void aParagraphSeparatorInsideIsRejected() {
        assertThatThrownBy(() -> BidiParagraph.analyse("سطر\nسطر", BaseDirection.AUTO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+000A").hasMessageContaining("offset 3");
    }
}
