package org.nashra.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table the word analysers look cuts of a word up in: a map, asked by a string or a range of one. */
class KeyTableTest {

    @Test
    void aRangeFindsItsKeyWhereverItStands() {
        Map<String, Integer> m = Map.of("مؤتمر", 1, "رفيق", 2, "لجنه", 3, "من", 4, "ا", 5);
        KeyTable<Integer> t = KeyTable.of(m);
        m.forEach((k, v) -> {
            String s = "وبال" + k + "هم";
            assertThat(t.get(s, 4, 4 + k.length())).as(k).isEqualTo(v);
            assertThat(t.get(k)).as(k).isEqualTo(v);
            assertThat(t.contains(s, 4, 4 + k.length())).as(k).isTrue();
        });
    }

    @Test
    void otherStringsAndRangesAreMissing() {
        KeyTable<Integer> t = KeyTable.of(Map.of("مؤتمر", 1, "رفيق", 2));
        assertThat(t.get("مؤتمرات")).isNull();
        assertThat(t.get("المؤتمرات", 2, 8)).isNull(); // a longer range that starts with a key
        assertThat(t.get("المؤتمر", 2, 6)).isNull(); // a shorter one
        assertThat(t.get("")).isNull();
        assertThat(t.get("رفيق", 0, 0)).isNull();
        assertThat(t.contains("حزب")).isFalse();
    }

    @Test
    void everyKeyOfALargeTableIsFoundAsAHashMapFindsIt() {
        // enough keys that slots collide and runs of them form
        Map<String, Integer> m = new HashMap<>();
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        for (int i = 0; i < 3000; i++) {
            String k = "" + letters.charAt(i % 28) + letters.charAt(i / 28 % 28) + letters.charAt(i / 784);
            m.put(k, i);
        }
        KeyTable<Integer> t = KeyTable.of(m);
        KeyTable<String> keys = KeyTable.ofKeys(m.keySet());
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            assertThat(t.get("و" + e.getKey() + "ه", 1, 4)).isEqualTo(e.getValue());
            assertThat(keys.get(e.getKey())).isEqualTo(e.getKey());
        }
        for (String other : List.of("ءءء", "ابتث", "اب")) {
            assertThat(t.get(other)).isNull();
        }
    }
}
