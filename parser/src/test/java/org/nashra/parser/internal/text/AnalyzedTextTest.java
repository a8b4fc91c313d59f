package org.nashra.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashra.model.Span;

class AnalyzedTextTest {
    private static List<String> texts(AnalyzedText t) {
        return t.tokens().stream().map(t::text).toList();
    }

    /** A lexicon that knows two nouns, as the parser's does (a body, a gathering). */
    private static final RunTogether TWO_HEADS = stem -> stem.equals("مجلس") || stem.equals("موتمر");

    @Test
    void wordsRunTogetherAfterAKnownNounAreCutEachWithItsOwnSpan() {
        String text = "وافتتح رئيس للمجلسالاعلى المؤتمرالعام";
        AnalyzedText t = AnalyzedText.of(text, FormMemo.none(), TWO_HEADS);
        assertThat(texts(t)).containsExactly("وافتتح", "رئيس", "للمجلس", "الاعلى", "المؤتمر", "العام");
        assertThat(t.tokens().get(2).stem()).isEqualTo("مجلس");
        assertThat(t.tokens().get(3).span()).isEqualTo(new Span(18, 24));
        assertThat(t.tokens().get(2).span().end()).isEqualTo(t.tokens().get(3).span().start());
        // without the lexicon the words stay as written
        assertThat(texts(AnalyzedText.of(text))).hasSize(4);
    }

    @Test
    void aNameBuiltOnAbdOrAbuAndAShortRestStayOneWord() {
        RunTogether names = stem -> stem.equals("عبد") || stem.equals("ابو") || stem.equals("مجلس");
        AnalyzedText t = AnalyzedText.of("عبدالرحمن أبوالفضل مجلسالحي", FormMemo.none(), names);
        assertThat(texts(t)).containsExactly("عبدالرحمن", "أبوالفضل", "مجلسالحي");
    }

    @Test
    void conjunctionPrepositionAndArticleAreSplitOffWithTheStemOffsets() {
        AnalyzedText t = AnalyzedText.of("وبالرفيق");
        Reading r = t.tokens().get(0).reading();
        assertThat(r.affixes()).extracting(Affix::clitic).containsExactly(Clitic.WA, Clitic.BI, Clitic.AL);
        assertThat(r.stem()).isEqualTo("رفيق");
        assertThat(r.stemOffset()).isEqualTo(4);
        assertThat(t.stemSpan(t.tokens().get(0), r)).isEqualTo(new Span(4, 8));
    }

    @Test
    void theArticleAfterLamIsWrittenWithItsLamOnly() {
        Reading r = AnalyzedText.of("للرفيق").tokens().get(0).reading();
        assertThat(r.affixes()).extracting(Affix::clitic).containsExactly(Clitic.LI, Clitic.AL);
        assertThat(r.stem()).isEqualTo("رفيق");
        assertThat(r.definiteForm()).isEqualTo("الرفيق");
    }

    @Test
    void aStemThatStartsWithLamAbsorbsTheArticleAfterLam() {
        AnalyzedText text = AnalyzedText.of("للجنة");
        Token t = text.tokens().get(0);
        assertThat(t.stem()).isEqualTo("لجنه");
        assertThat(t.reading().definiteForm()).isEqualTo("اللجنه");
        assertThat(text.stemSpan(t, t.reading())).isEqualTo(new Span(1, 5));
    }

    @Test
    void theArticleGivenBackAfterLamKeepsItsWrittenLamAsWritten() {
        assertThat(withArticleBack("لِلْمُتَطَوِّعِينَ")).isEqualTo("الْمُتَطَوِّعِينَ");
        assertThat(withArticleBack("للـمتطوعين")).isEqualTo("الـمتطوعين");
        assertThat(withArticleBack("للجنة")).isEqualTo("اللجنة");
        // presentation forms copied out of a PDF: the lam-alef ligature holds the article's lam
        assertThat(withArticleBack("\uFEDF\uFEFC\uFEB3\uFE98\uFED8\uFEFC\uFEDD")).isEqualTo("ا\uFEFC\uFEB3\uFE98\uFED8\uFEFC\uFEDD");
    }

    private static String withArticleBack(String word) {
        AnalyzedText t = AnalyzedText.of(word);
        Reading r = t.tokens().get(0).reading();
        assertThat(r.has(Clitic.LI) && r.definite()).as("%s read as ل + ال", word).isTrue();
        return t.withArticleBack(t.tokens().get(0), r, word.length());
    }

    @Test
    void wordsWhoseFirstLetterOnlyLooksLikeAClitic() {
        AnalyzedText t = AnalyzedText.of("وفد وزير فرع بيان لجنة كلمة الذي المانيا");
        assertThat(t.tokens()).extracting(Token::stem)
                .containsExactly("وفد", "وزير", "فرع", "بيان", "لجنه", "كلمه", "الذي", "المانيا");
        assertThat(AnalyzedText.of("ووفد").tokens().get(0).stem()).isEqualTo("وفد");
    }

    @Test
    void everyLicitReadingStaysAvailableForMatching() {
        Token t = AnalyzedText.of("وليد").tokens().get(0);
        assertThat(t.hasStem("وليد")).isTrue();
        assertThat(t.hasStem("ليد")).isTrue();
        assertThat(t.hasStem("يد")).isTrue();
        assertThat(t.hasStem("د")).isFalse();
        assertThat(t.stem()).isEqualTo("وليد");
    }

    @Test
    void harakatAndTatweelStayInTheOriginalSpanOfTheStem() {
        AnalyzedText t = AnalyzedText.of("بالرَّفيـق");
        assertThat(t.stemSpan(t.tokens().get(0), t.tokens().get(0).reading()).of(t.original())).isEqualTo("رَّفيـق");
    }

    @Test
    void tokensOfOneWordFormShareTheirReadingsAndKeepTheirOwnSpans() {
        AnalyzedText t = AnalyzedText.of("وبالرفيق قال وبالرَّفيق");
        Token first = t.tokens().get(0);
        Token third = t.tokens().get(2);
        assertThat(third.readings()).isSameAs(first.readings());
        assertThat(t.stemSpan(first, first.reading()).of(t.original())).isEqualTo("رفيق");
        assertThat(t.stemSpan(third, third.reading()).of(t.original())).isEqualTo("رَّفيق");
        assertThat(t.span(third, third.reading().affixes().get(2)).of(t.original())).isEqualTo("ال");
    }

    @Test
    void datesWithSlashesDotsAndDashesAreOneToken() {
        AnalyzedText t = AnalyzedText.of("في 1/9/2013 و٢٨ /٦ /٢٠٢٠ و19 . 12 . 2017 و13-يونيو-2013");
        assertThat(t.tokens()).filteredOn(x -> x.kind() == Token.Kind.NUMBER_GROUP).extracting(t::text)
                .containsExactly("1/9/2013", "و٢٨ /٦ /٢٠٢٠", "و19 . 12 . 2017", "و13-يونيو-2013");
        Token g = t.tokens().get(2);
        assertThat(g.reading().affixes()).extracting(Affix::clitic).containsExactly(Clitic.WA);
        assertThat(g.stem()).isEqualTo("28 /6 /2020");
    }

    @Test
    void timesAndTwoPartRangesAreOneTokenButSpacedDashesAreNot() {
        AnalyzedText t = AnalyzedText.of("الساعة 18:30 يومي 20-21 و20 – 21");
        assertThat(texts(t)).containsExactly("الساعة", "18:30", "يومي", "20-21", "و20", "–", "21");
    }

    @Test
    void decimalAndThousandsSeparatorsStayInTheNumber() {
        AnalyzedText t = AnalyzedText.of("نسبة 2.5 من ١٢٬٥٠٠ صوت");
        assertThat(t.tokens()).filteredOn(Token::isNumber).extracting(t::text).containsExactly("2.5", "١٢٬٥٠٠");
    }

    @Test
    void aPrepositionWrittenBeforeDigitsIsAClitic() {
        Token t = AnalyzedText.of("بـ2018").tokens().get(0);
        assertThat(t.kind()).isEqualTo(Token.Kind.NUMBER);
        assertThat(t.reading().has(Clitic.BI)).isTrue();
        assertThat(t.stem()).isEqualTo("2018");
    }

    @Test
    void sentencesEndAtStopsQuestionMarksExclamationsSemicolonsAndLineBreaks() {
        AnalyzedText t = AnalyzedText.of("انعقد الاجتماع. هل حضر الوفد؟ نعم! وقرر ما يلي؛ اولا\nالعنوان الثاني");
        assertThat(t.sentences()).extracting(s -> s.span().of(t.original())).containsExactly(
                "انعقد الاجتماع.", "هل حضر الوفد؟", "نعم!", "وقرر ما يلي؛", "اولا", "العنوان الثاني");
    }

    @Test
    void aLineThatEndsWithAPrepositionOrAHonorificGoesOnInTheNext() {
        AnalyzedText t = AnalyzedText.of("افتتحت الجمعية معرضها بحضور السيد\nكريم ناصر\nالبرنامج");
        assertThat(t.sentences()).extracting(s -> s.span().of(t.original())).containsExactly(
                "افتتحت الجمعية معرضها بحضور السيد\nكريم ناصر", "البرنامج");
    }

    @Test
    void aLineThatEndsWithACommaGoesOnUnlessItIsAShortSalutation() {
        AnalyzedText t = AnalyzedText.of("تحية نضالية،\nتلقينا ببالغ الأسى نبأ رحيل الرفيق،\nوهو من مؤسسي النقابة");
        assertThat(t.sentences()).extracting(s -> s.span().of(t.original())).containsExactly(
                "تحية نضالية،", "تلقينا ببالغ الأسى نبأ رحيل الرفيق،\nوهو من مؤسسي النقابة");
    }

    @Test
    void aHardWrappedTextKeepsItsSentencesAcrossEveryLineButItsParagraphs() {
        // two lines break after في and بين: the text was wrapped, so the third line goes on too
        AnalyzedText t = AnalyzedText.of("عقد المجلس الإداري للنادي في\nمدينة صور اجتماعه الدوري\nبرئاسة أمينه العام وناقش العلاقة بين\n"
                + "الفروع\n\nوفي الختام صدر بيان");
        assertThat(t.sentences()).extracting(s -> s.span().of(t.original())).containsExactly(
                "عقد المجلس الإداري للنادي في\nمدينة صور اجتماعه الدوري\nبرئاسة أمينه العام وناقش العلاقة بين\nالفروع",
                "وفي الختام صدر بيان");
    }

    @Test
    void headlinesListsAndSignaturesStayLinesOfTheirOwn() {
        AnalyzedText t = AnalyzedText.of("النقابة تنتخب هيئتها الجديدة\nانتخبت النقابة هيئة جديدة في\nمقرها وهم:\n- كريم ناصر\nعن الهيئة");
        assertThat(t.sentences()).extracting(s -> s.span().of(t.original())).containsExactly(
                "النقابة تنتخب هيئتها الجديدة", "انتخبت النقابة هيئة جديدة في\nمقرها وهم:", "- كريم ناصر", "عن الهيئة");
    }

    @Test
    void abbreviationsAndDatesDoNotEndASentence() {
        AnalyzedText t = AnalyzedText.of("حضر د. عادل و م. كريم في 19.12.2017 ثم غادر. وانتهى");
        assertThat(t.sentences()).hasSize(2);
        assertThat(t.sentences().get(0).span().of(t.original())).endsWith("غادر.");
    }

    @Test
    void theEraLetterAfterAYearEndsASentence() {
        AnalyzedText t = AnalyzedText.of("ولد عام 1946 م. وتوفي");
        assertThat(t.sentences()).hasSize(2);
    }

    @Test
    void closingQuotesBelongToTheSentenceTheyClose() {
        AnalyzedText t = AnalyzedText.of("قال «نعم.» ثم خرج");
        assertThat(t.sentences().get(0).span().of(t.original())).isEqualTo("قال «نعم.»");
        assertThat(t.sentenceOf(5).index()).isEqualTo(1);
    }

    @Test
    void anEmptyTextHasNoTokensAndNoSentences() {
        AnalyzedText t = AnalyzedText.of(" \n ");
        assertThat(t.tokens()).isEmpty();
        assertThat(t.sentences()).isEmpty();
    }

    @Test
    void derivedIsMadeOnceATextAndKept() {
        AnalyzedText t = AnalyzedText.of("اجتمع الوفد في لندن.");
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Function<AnalyzedText, int[]> lengths = x -> {
            made.incrementAndGet();
            return x.tokens().stream().mapToInt(k -> k.text().length()).toArray();
        };
        int[] first = t.derived("lengths", lengths);
        int[] again = t.derived("lengths", lengths);
        int[] other = t.derived("other", x -> new int[] {x.tokens().size()});
        assertThat(again).isSameAs(first).containsExactly(5, 5, 2, 4, 1);
        assertThat(other).containsExactly(5);
        assertThat(made).hasValue(1);
    }

    @Test
    void noLineStartsOutsideTheText() {
        AnalyzedText t = AnalyzedText.of("اجتمع المكتب\nفي");
        assertThat(t.startsLine(0)).isTrue();
        assertThat(t.startsLine(1)).isFalse();
        assertThat(t.startsLine(2)).isTrue();
        assertThat(t.startsLine(3)).isFalse(); // after the last token, as a rule asks of the word after في
        assertThat(t.startsLine(-1)).isFalse();
    }

    @Test
    void readingBitsJoinWhatAListSaysOfEachReadingOfAToken() {
        AnalyzedText t = AnalyzedText.of("وبالرفيق في لندن.");
        int[] listed = t.readingBits("test", stem -> stem.equals("رفيق") ? 1 : stem.equals("لندن") ? 2 : 0);
        assertThat(listed).containsExactly(1, 0, 2, 0); // و + ب + ال + رفيق; the full stop is no word
    }
}
