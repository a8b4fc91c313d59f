package org.nashra.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nashra.model.Bulletin;

/** A text with nothing to read gives a bulletin of kind {@code other} with empty lists, not an exception. */
class UnreadableInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n\t \n", "The meeting was held in Malmö on 20 October.", "12345 67/89",
            "؟؟؟ ... ،،، !!!", "ـــــ ــــ", "«»()\"\"", "aaaa bbbb cccc", "\u202B\u202C\u200F", "😀😀😀"})
    void aTextWithoutArabicWordsIsOfKindOtherWithEmptyLists(String text) {
        Bulletin b = BulletinParser.parse(text);
        assertThat(b.kind()).isEqualTo(Bulletin.Kind.OTHER);
        assertThat(b.title()).isNull();
        assertThat(b.issuer()).isNull();
        assertThat(b.meetings()).isEmpty();
        assertThat(b.greetings()).isEmpty();
        assertThat(b.resolutions()).isEmpty();
        assertThat(b.acknowledgements()).isEmpty();
        assertThat(b.elections()).isEmpty();
        assertThat(b.electionResults()).isEmpty();
        assertThat(b.commemorations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"كلمات متفرقة بلا معنى ولا فعل", "ا ب ت ث ج ح خ", "والى ومن وفي وعلى"})
    void arabicWithNothingToReadIsOfKindOther(String text) {
        Bulletin b = BulletinParser.parse(text);
        assertThat(b.kind()).isEqualTo(Bulletin.Kind.OTHER);
        assertThat(b.meetings()).isEmpty();
        assertThat(b.resolutions()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"طالب", "عقد", "الى", "دقيقة صمت", "تلقى المؤتمر برقيات من", "وجه المؤتمر رسالة الى",
            "انتخاب", "حصل على", ":\n- \n- ", "بحضور", "وفود تمثل منظمات الحزب في", "العراقي: عقد اجتماع",
            "الفرنسية في 12/3/2020"})
    void aCueWithoutItsFrameDoesNotBreakTheParse(String text) {
        assertThat(BulletinParser.parse(text)).isNotNull();
    }
}
