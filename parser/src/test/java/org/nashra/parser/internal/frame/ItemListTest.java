package org.nashra.parser.internal.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a list after a cue is cut into items: commas, the و the caller accepts, brackets, bullets, lines. */
class ItemListTest {

    private static List<String> items(String text, int from, java.util.function.IntPredicate splitsAt) {
        Doc doc = Doc.of(text, Vocabulary.LEXICON);
        return ItemList.read(doc, from, doc.size(), splitsAt).stream().map(i -> i.phrase(doc).text()).toList();
    }

    @Test
    void commasApartAndTheConjunctionTheCallerAcceptsOpenItems() {
        Doc doc = Doc.of("حضره كل من فرع ليون، فرع نيس وفرع باريس.", Vocabulary.LEXICON);
        List<String> out = ItemList.read(doc, 1, doc.size(), k -> doc.has(k, Vocabulary.BRANCHES)).stream()
                .map(i -> i.phrase(doc).text()).toList();
        assertThat(out).containsExactly("فرع ليون", "فرع نيس", "فرع باريس");
    }

    @Test
    void anItemKeepsTheConjunctionTheCallerDoesNotAccept() {
        assertThat(items("شاركت لجان الادب والفنون، والرياضة.", 1, k -> false))
                .containsExactly("لجان الادب والفنون", "الرياضة");
    }

    @Test
    void aBracketedListAfterAColonEndsAtItsClosingBracket() {
        assertThat(items("اللجان: (الطلبة، المراة، الثقافة والفن) ثم بدأ الحفل.", 1, k -> false))
                .containsExactly("الطلبة", "المراة", "الثقافة والفن");
    }

    @Test
    void aQuotedNameKeepsItsCommas() {
        Doc doc = Doc.of("شاركت فرقة «النخيل، والنهر» وفرقة الجسر.", Vocabulary.LEXICON);
        assertThat(ItemList.read(doc, 1, doc.size(), k -> doc.tok(k).hasStem("فرقه")).stream()
                .map(i -> i.phrase(doc).text()).toList()).containsExactly("فرقة «النخيل، والنهر»", "فرقة الجسر");
    }

    @Test
    void aBulletedListGivesOneItemPerLine() {
        assertThat(items("وشاركت الفروع التالية:\n- فرع ليون\n- فرع نيس\n\nوفي الختام", 3, k -> false))
                .containsExactly("فرع ليون", "فرع نيس");
    }

    @Test
    void aNumberedListGivesOneItemPerLine() {
        assertThat(items("الحاضرون:\n1- سعاد كريم\n2- فراس ناجي\nانتهى اللقاء بعد ساعتين من النقاش الحر والمفتوح بين جميع الحاضرين في القاعة الكبرى للنادي والضيوف", 1, k -> false))
                .containsExactly("سعاد كريم", "فراس ناجي");
    }
}
