package org.nashra.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NashraFontsTest {

    @Test
    void everyBundledFaceIsATrueTypeFile() throws IOException {
        for (FontFamily family : NashraFonts.all()) {
            for (FontSource face : new FontSource[] {family.regular(), family.bold()}) {
                byte[] data = face.readAllBytes();
                assertThat(data).as(face.name()).hasSizeGreaterThan(10_000);
                // sfnt version 1.0 = TrueType outlines
                assertThat(data).as(face.name()).startsWith(0, 1, 0, 0);
            }
        }
    }

    @Test
    void boldFaceIsPickedByFlag() {
        assertThat(NashraFonts.AMIRI.face(true).name()).isEqualTo("Amiri-Bold.ttf");
        assertThat(NashraFonts.AMIRI.face(false).name()).isEqualTo("Amiri-Regular.ttf");
    }

    @Test
    void licencesAreBundledNextToTheFonts() throws IOException {
        for (String licence : new String[] {"OFL-Amiri.txt", "OFL-Noto.txt"}) {
            try (InputStream in = NashraFonts.class.getResourceAsStream(licence)) {
                assertThat(in).as(licence).isNotNull();
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).contains("SIL OPEN FONT LICENSE Version 1.1").contains("Copyright");
            }
        }
    }

    @Test
    void bytesOfAMemoryFontAreCopied() throws IOException {
        byte[] data = {0, 1, 0, 0, 42};
        FontSource source = FontSource.of("mine.ttf", data);
        data[4] = 0;
        assertThat(source.readAllBytes()).containsExactly(0, 1, 0, 0, 42);
    }

    @Test
    void badSourcesAreRejectedAtTheDoor() {
        assertThatThrownBy(() -> FontSource.of(Path.of("no/such/font.ttf")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no/such/font.ttf");
        assertThatThrownBy(() -> FontSource.of("empty.ttf", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty.ttf");
        assertThatThrownBy(() -> new FontFamily(" ", NashraFonts.AMIRI.regular(), NashraFonts.AMIRI.bold()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
