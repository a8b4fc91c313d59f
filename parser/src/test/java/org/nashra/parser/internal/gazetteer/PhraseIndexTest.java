package org.nashra.parser.internal.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
    private final PhraseIndex<String> index = PhraseIndex.<String>builder()
            .put("مجلس", "organ")
            .put("مجلس الأمناء العام للنقابة", "long")
            .put("بيت", "house")
            .build();

    @Test
    void theLongestPhraseIsFoundAcrossPrefixesThatAreNoPhrases() {
        assertThat(index.longest(PhraseIndex.tokens("مجلس الامناء العام للنقابة اليوم"), 0))
                .contains(new PhraseIndex.Match<>(4, "long"));
    }

    @Test
    void aShorterPhraseIsKeptWhenTheLongerOneBreaksOff() {
        assertThat(index.longest(PhraseIndex.tokens("مجلس الامناء الجديد"), 0))
                .contains(new PhraseIndex.Match<>(1, "organ"));
    }

    @Test
    void aPositionNoPhraseStartsAtHasNoMatch() {
        List<String> tokens = PhraseIndex.tokens("في بيت الأمناء");
        assertThat(index.longest(tokens, 0)).isEmpty();
        assertThat(index.longest(tokens, 1)).contains(new PhraseIndex.Match<>(1, "house"));
        assertThat(index.longest(tokens, 3)).isEmpty();
    }
}
