package org.nashra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {
    @Test
    void decodesArabicAndCharactersOutsideTheBasicPlane() throws InputException {
        assertThat(StrictUtf8.decode("تحية 🌹".getBytes(StandardCharsets.UTF_8))).isEqualTo("تحية 🌹");
    }

    @Test
    void dropsALeadingByteOrderMarkOnly() throws InputException {
        assertThat(StrictUtf8.decode(bytes(0xEF, 0xBB, 0xBF, 'a', 0xEF, 0xBB, 0xBF))).isEqualTo("a\uFEFF");
        assertThat(StrictUtf8.decode(bytes(0xEF, 0xBB, 0xBF))).isEmpty();
        assertThat(StrictUtf8.decode(new byte[0])).isEmpty();
    }

    @Test
    void namesTheOffsetOfAMalformedByteCountingTheByteOrderMark() {
        assertThatThrownBy(() -> StrictUtf8.decode(bytes(0xEF, 0xBB, 0xBF, 'a', 0x80)))
                .isInstanceOf(InputException.class)
                .hasMessage("not valid UTF-8: malformed byte 0x80 at byte offset 4");
    }

    @Test
    void rejectsASequenceCutShortAtTheEnd() {
        assertThatThrownBy(() -> StrictUtf8.decode(bytes('a', 'b', 0xE2, 0x82)))
                .hasMessage("not valid UTF-8: malformed byte 0xE2 at byte offset 2");
    }

    @Test
    void rejectsOverlongFormsAndEncodedSurrogates() {
        assertThatThrownBy(() -> StrictUtf8.decode(bytes(0xC0, 0x80))).hasMessageEndingWith("at byte offset 0");
        assertThatThrownBy(() -> StrictUtf8.decode(bytes('x', 0xED, 0xA0, 0x80))).hasMessageEndingWith("at byte offset 1");
    }

    @Test
    void rejectsLatin1() {
        assertThatThrownBy(() -> StrictUtf8.decode("café".getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessage("not valid UTF-8: malformed byte 0xE9 at byte offset 3");
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
