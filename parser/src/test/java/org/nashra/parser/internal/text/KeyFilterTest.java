package org.nashra.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The filter the word analysers read before looking a cut of a word up: it never rejects a listed string. */
class KeyFilterTest {

    @Test
    void everyKeyPassesWhereverItStandsInAString() {
        List<String> keys = List.of("مؤتمر", "رفيق", "لجنه", "من", "اجتماعات");
        KeyFilter f = KeyFilter.of(keys);
        for (String k : keys) {
            String s = "وبال" + k + "هم";
            assertThat(f.mayContain(s, 4, 4 + k.length())).as(k).isTrue();
            assertThat(f.mayContain(k.charAt(0), k.charAt(1), k.charAt(k.length() - 1), k.length())).as(k).isTrue();
        }
    }

    @Test
    void mostOtherStringsAreRejected() {
        KeyFilter f = KeyFilter.of(List.of("مؤتمر", "رفيق"));
        int passed = 0;
        List<String> others = List.of("اجتماع", "حزب", "قرار", "ندوه", "كلمه", "بيان", "رئيس", "وفد", "عضو", "دوله");
        for (String o : others) {
            passed += f.mayContain(o, 0, o.length()) ? 1 : 0;
        }
        assertThat(passed).isLessThanOrEqualTo(1);
        assertThat(f.mayContain("مؤتمرات", 0, 7)).isFalse(); // the length counts
    }
}
