package org.nashra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputTest {
    @Test
    void theOutputNameIsTheFileNameWithoutItsExtension() {
        assertThat(new Input("texts/seed-meeting.txt").baseName()).isEqualTo("seed-meeting");
        assertThat(new Input("report.2018.txt").baseName()).isEqualTo("report.2018");
        assertThat(new Input("README").baseName()).isEqualTo("README");
        assertThat(new Input(".hidden").baseName()).isEqualTo(".hidden");
    }

    @Test
    void dashIsStandardInputNamedStdin() {
        Input stdin = new Input("-");

        assertThat(stdin.isStdin()).isTrue();
        assertThat(stdin.isJson()).isFalse();
        assertThat(stdin.baseName()).isEqualTo("stdin");
        assertThat(stdin.displayName()).isEqualTo("<stdin>");
    }

    @Test
    void aJsonInputIsToldByItsExtensionInAnyCase() {
        assertThat(new Input("out/x.json").isJson()).isTrue();
        assertThat(new Input("out/X.JSON").isJson()).isTrue();
        assertThat(new Input("out/x.json.txt").isJson()).isFalse();
    }
}
