package org.nashra.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nashra.model.Bulletin;

class BulletinParserTest {
    @Test
    void recordsTheLengthAndHashOfTheSource() {
        Bulletin b = BulletinParser.parse("abc");
        assertThat(b.source().length()).isEqualTo(3);
        assertThat(b.source().sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void emptyTextIsABulletinOfKindOther() {
        Bulletin b = BulletinParser.parse("");
        assertThat(b.kind()).isEqualTo(Bulletin.Kind.OTHER);
        assertThat(b.meetings()).isEmpty();
        assertThat(b.dates()).isEmpty();
    }

    @Test
    void rejectsAnUnpairedSurrogateNamingItsOffset() {
        assertThatThrownBy(() -> BulletinParser.parse("اجتماع\uD800 عام"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unpaired surrogate U+D800 at offset 6");
        assertThatThrownBy(() -> BulletinParser.parse("\uDC00"))
                .hasMessageContaining("at offset 0");
    }

    @Test
    void acceptsCharactersOutsideTheBasicPlane() {
        assertThat(BulletinParser.parse("تحية 🌹").source().length()).isEqualTo(7);
    }
}
