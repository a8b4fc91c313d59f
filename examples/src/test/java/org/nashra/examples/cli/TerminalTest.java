package org.nashra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TerminalTest {
    @Test
    void pseudoTerminalsAndConsolesAreTerminalsFilesAndPipesAreNot() {
        assertThat(Terminal.isTerminalDevice(Path.of("/dev/pts/3"))).isTrue();
        assertThat(Terminal.isTerminalDevice(Path.of("/dev/tty1"))).isTrue();
        assertThat(Terminal.isTerminalDevice(Path.of("/dev/console"))).isTrue();
        assertThat(Terminal.isTerminalDevice(Path.of("/tmp/err.log"))).isFalse();
        assertThat(Terminal.isTerminalDevice(Path.of("/dev/null"))).isFalse();
        assertThat(Terminal.isTerminalDevice(Path.of("pipe:[81723]"))).isFalse();
    }
}
