package org.nashra.parser.internal.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The token view the frames read: cue words, clause limits and values cut from the original. */
class DocTest {

    @Test
    void cueWordsAreFoundWhateverTheSpelling() {
        Doc doc = Doc.of("وأكّدَ المؤتمرُ على ضرورة الوحدة", Vocabulary.LEXICON);
        assertThat(doc.has(0, Vocabulary.EMPHASISE)).isTrue();
        assertThat(doc.has(1, Vocabulary.CONFERENCE)).isTrue();
        assertThat(doc.has(3, Vocabulary.NECESSITY)).isTrue();
    }

    @Test
    void aWordWrittenWithTaMarbutaCarriesNoPronounHa() {
        Doc doc = Doc.of("مجلس إدارة جديد، وأداره رئيس الجلسة، ومجلس إدارةٍ آخر", Vocabulary.LEXICON);
        assertThat(doc.hits(1)).noneMatch(Lexicon.Hit::isVerb);
        assertThat(doc.hits(4)).anyMatch(Lexicon.Hit::isVerb);
        assertThat(doc.hits(9)).noneMatch(Lexicon.Hit::isVerb);
    }

    @Test
    void theTokensThatCanBeAWordAreFoundFromAnyToken() {
        // tokens: 0 حصلت 1 القائمة 2 على 3 مقعدين 4 ، 5 والأخرى 6 على 7 ثلاثة 8 مقاعد 9 .
        Doc doc = Doc.of("حصلت القائمة على مقعدين، والأخرى على ثلاثة مقاعد.", Vocabulary.LEXICON);
        assertThat(doc.next(Vocabulary.SEAT, 0)).isEqualTo(3);
        assertThat(doc.next(Vocabulary.SEAT, 3)).isEqualTo(3);
        assertThat(doc.next(Vocabulary.SEAT, 4)).isEqualTo(8);
        assertThat(doc.next(Vocabulary.SEAT, 9)).isEqualTo(doc.size());
        assertThat(doc.previous(Vocabulary.SEAT, doc.size())).isEqualTo(8);
        assertThat(doc.previous(Vocabulary.SEAT, 8)).isEqualTo(3);
        assertThat(doc.previous(Vocabulary.SEAT, 3)).isEqualTo(-1);
        assertThat(doc.next(Vocabulary.VOTE, 0)).isEqualTo(doc.size());
        assertThat(doc.previous(Vocabulary.VOTE, doc.size())).isEqualTo(-1);
        for (int i = 0; i < doc.size(); i++) {
            assertThat(doc.has(i, Vocabulary.SEAT)).isEqualTo(i == 3 || i == 8);
        }
    }

    @Test
    void clausesEndAtCommasAndSentencesAtFullStopsAndLineBreaks() {
        Doc doc = Doc.of("ناقش الاجتماع التقرير، واقر الخطة.\nثم اختتم", Vocabulary.LEXICON);
        assertThat(doc.clauseEnd(0)).isEqualTo(3);
        assertThat(doc.sentenceEnd(0)).isEqualTo(6);
        assertThat(doc.sentenceEnd(7)).isEqualTo(9);
        assertThat(doc.lineStart(7)).isTrue();
    }

    @Test
    void aValueIsCutFromTheOriginalWithItsMarksAndWithoutItsConjunction() {
        Doc doc = Doc.of("وطالبَ المؤتمرُ بالإفراجِ.", Vocabulary.LEXICON);
        Phrase p = doc.phrase(0, 1, 4);
        assertThat(p.text()).isEqualTo("طالبَ المؤتمرُ بالإفراجِ");
    }

    @Test
    void afterTheLamTheArticleIsGivenBackAndTheSpanStartsAfterIt() {
        String text = "الشكر للجنة التحضيرية";
        Doc doc = Doc.of(text, Vocabulary.LEXICON);
        Phrase p = doc.phrase(1, 1, 3);
        assertThat(p.text()).isEqualTo("اللجنة التحضيرية");
        assertThat(p.span().of(text)).isEqualTo("لجنة التحضيرية");
    }

    @Test
    void titlesInQuotesAreMarked() {
        Doc doc = Doc.of("ندوة بعنوان «العراق اليوم» في لندن", Vocabulary.LEXICON);
        assertThat(doc.quoted(3)).isTrue();
        assertThat(doc.quoted(6)).isFalse();
    }
}
