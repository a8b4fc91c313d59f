package org.nashra.parser.internal.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashra.parser.internal.frame.Word.Person;
import org.nashra.parser.internal.frame.Word.Shape;

/** How a word family matches the forms press texts write, with their clitics. */
class LexiconTest {
    private static final Word DEMAND = Word.verb("طالب", "يطالب").participle("مطالب").masdar("مطالبة");
    private static final Word CALL = Word.verb("دعا", "يدعو").masdar("دعوة");
    private static final Lexicon LEX = Lexicon.of(List.of(DEMAND, CALL));

    private static Lexicon.Hit hit(String folded, Word w) {
        return LEX.analyze(folded).stream().filter(h -> h.word() == w).findFirst().orElse(null);
    }

    @Test
    void aVerbMatchesEveryPersonAndTense() {
        assertThat(hit("طالب", DEMAND).shape()).isEqualTo(Shape.PAST);
        assertThat(hit("وطالبوا", DEMAND).person()).isEqualTo(Person.THIRD_PLURAL);
        assertThat(hit("نطالب", DEMAND).person()).isEqualTo(Person.FIRST_PLURAL);
        assertThat(hit("تطالب", DEMAND).shape()).isEqualTo(Shape.PRESENT);
        assertThat(hit("سنطالب", DEMAND).shape()).isEqualTo(Shape.FUTURE);
        assertThat(hit("طالبت", DEMAND)).isNotNull();
    }

    @Test
    void aWeakVerbHasItsShortenedForms() {
        assertThat(hit("دعت", CALL).shape()).isEqualTo(Shape.PAST);
        assertThat(hit("دعوا", CALL).person()).isEqualTo(Person.THIRD_PLURAL);
        assertThat(hit("ندعو", CALL).person()).isEqualTo(Person.FIRST_PLURAL);
        assertThat(hit("دعاها", CALL).suffix()).isEqualTo("ها");
    }

    @Test
    void aPresentEndingInAlifMaqsuraDropsItBeforeThePluralEnding() {
        Word mourn = Word.verb("نعى", "ينعى");
        Lexicon lex = Lexicon.of(List.of(mourn));
        assertThat(lex.analyze("ينعون")).anySatisfy(h -> assertThat(h.person()).isEqualTo(Person.THIRD_PLURAL));
        assertThat(lex.analyze("سينعون")).anySatisfy(h -> assertThat(h.shape()).isEqualTo(Shape.FUTURE));
        assertThat(lex.analyze("وينعي")).anySatisfy(h -> assertThat(h.shape()).isEqualTo(Shape.PRESENT));
    }

    @Test
    void nounsTakeTheArticlePrepositionsAndPossessives() {
        assertThat(hit("المطالبه", DEMAND).definite()).isTrue();
        assertThat(hit("بالدعوه", CALL).preposition()).isEqualTo("ب");
        assertThat(LEX.analyze("ومطالبتهم")).anyMatch(h -> h.shape() == Shape.MASDAR && h.suffix().equals("هم"));
        assertThat(hit("مطالبين", DEMAND).shape()).isEqualTo(Shape.PARTICIPLE);
    }

    @Test
    void oneFormMayHaveSeveralReadings() {
        assertThat(LEX.analyze("المطالبه")).extracting(Lexicon.Hit::shape).contains(Shape.MASDAR, Shape.PARTICIPLE);
    }

    @Test
    void verbsTakeNoArticleAndNoPreposition() {
        assertThat(hit("الطالب", DEMAND)).isNull();
        assertThat(hit("بطالب", DEMAND)).isNull();
    }

    @Test
    void wordsNotOfTheFamilyDoNotMatch() {
        assertThat(LEX.analyze("مطار")).isEmpty();
        assertThat(LEX.analyze("دعم")).isEmpty();
    }

    @Test
    void aPastEndingInAlifMaqsuraWritesItAsAlifBeforeAPronoun() {
        Word deliver = Word.verb("ألقى", "يلقي");
        Lexicon lex = Lexicon.of(List.of(deliver));
        assertThat(lex.analyze("القاها")).extracting(Lexicon.Hit::shape).containsExactly(Shape.PAST);
        assertThat(lex.analyze("والقاه").get(0).suffix()).isEqualTo("ه");
        // without a pronoun the alif is no form of the verb
        assertThat(lex.analyze("القا")).isEmpty();
    }
}
