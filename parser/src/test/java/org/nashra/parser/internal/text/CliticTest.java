package org.nashra.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One word or a name read alone, its clitics split off as the analyser splits them in a text. */
class CliticTest {

    @Test
    void aWordAloneIsReadAsInAText() {
        assertThat(Clitic.read("وللجنة").stem()).isEqualTo("لجنه");
        assertThat(Clitic.read("بالنقابة").definiteForm()).isEqualTo("النقابه");
        assertThat(Clitic.read("لجنتنا").stem()).isEqualTo("لجنتنا");
    }

    @Test
    void theWordsOfANameLoseTheirClitics() {
        assertThat(Clitic.stems("للحزب الشيوعي – فرع البصرة")).containsExactly("حزب", "شيوعي", "فرع", "بصره");
        assertThat(Clitic.stems("")).isEmpty();
    }
}
