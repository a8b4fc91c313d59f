package org.nashra.render.pdf.internal.linebreak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    @Test
    void opportunitiesFallAfterSpacesNotInsideWordsOrNumbers() {
        String text = "عقد يوم 1/9/2013 في Malmö";
        int[] breaks = LineBreaker.opportunities(text);
        assertThat(breaks).containsExactly(4, 8, 17, 20, text.length());
    }

    @Test
    void aNoBreakSpaceIsNotAnOpportunity() {
        assertThat(LineBreaker.opportunities("السيد\u00A0رائد فهمي")).containsExactly(11, 15);
    }

    /** One segment per character: letters 10 pt, spaces 3 pt. */
    private static List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            boolean space = text.charAt(i) == ' ';
            segments.add(new Segment(i, i + 1, space ? 3 : 10, space));
        }
        return segments;
    }

    @Test
    void aLineTakesAsManyWordsAsFitWhenNothingBetterIsPossibleAndLeavesTrailingSpacesOut() {
        String text = "ab cd ef";
        List<LineSpan> lines = LineBreaker.fit(LineBreaker.opportunities(text), segments(text), 45);
        // "ab cd" is 43 pt: fits; "ab cd ef" would be 66
        assertThat(lines).containsExactly(new LineSpan(0, 6, 5, 43), new LineSpan(6, 8, 8, 20));
    }

    @Test
    void aWordWiderThanTheMeasureGetsALineOfItsOwnAndIsNeverCut() {
        String text = "ab abcdefgh cd";
        List<LineSpan> lines = LineBreaker.fit(LineBreaker.opportunities(text), segments(text), 30);
        assertThat(lines).extracting(LineSpan::start).containsExactly(0, 3, 12);
        assertThat(lines.get(1).width()).isEqualTo(80);
    }

    @Test
    void totalFitMovesAWordDownRatherThanEndTheParagraphWithOneWord() {
        String text = "aa bb cc dd ee ff gg hh";
        int[] breaks = LineBreaker.opportunities(text);
        // first fit would set seven words (158 pt) and leave "hh" alone on the last line
        List<LineSpan> lines = LineBreaker.fit(breaks, segments(text), 160, new LineBreaker.Stretch(3, 5, false));
        assertThat(lines).hasSize(2);
        assertThat(text.substring(lines.get(1).start(), lines.get(1).end())).isEqualTo("gg hh");
    }

    @Test
    void raggedLinesAreBalancedLikeAHeadline() {
        String text = "aa bb cc dd ee ff gg hh ii";
        // first fit: seven words (158 pt), then two; balanced: four and five, or five and four
        List<LineSpan> lines = LineBreaker.fit(LineBreaker.opportunities(text), segments(text), 160,
                new LineBreaker.Stretch(3, 0, true));
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(text.substring(l.start(), l.contentEnd()).split(" "))
                .hasSizeBetween(4, 5));
    }

    @Test
    void aRangeOfNumbersIsNotBrokenAfterItsDash() {
        String text = "اجتماع 20–21 تشرين الأول";
        assertThat(LineBreaker.opportunities(text)).doesNotContain(text.indexOf('–') + 1)
                .contains(text.indexOf("21") + 3);
        assertThat(LineBreaker.opportunities("شمال-جنوب")).contains(5);
    }

    @Test
    void aParagraphOfOneHundredThousandWordsIsBrokenInLinearTime() {
        String text = "ab cde f ghij ".repeat(25_000).strip();
        long start = System.nanoTime();
        List<LineSpan> lines = LineBreaker.fit(LineBreaker.opportunities(text), segments(text), 300,
                new LineBreaker.Stretch(3, 5, false));
        assertThat(lines).hasSizeGreaterThan(5_000).allSatisfy(l -> assertThat(l.width()).isLessThanOrEqualTo(300));
        // bounded active breaks: well under a second on any machine; a quadratic search takes minutes
        assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);
    }

    @Test
    void emptyTextHasNoLines() {
        assertThat(LineBreaker.fit(LineBreaker.opportunities(""), List.of(), 100)).isEmpty();
    }
}
