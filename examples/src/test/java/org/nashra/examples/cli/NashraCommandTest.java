package org.nashra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NashraCommandTest {
    @Test
    void versionIsTheProjectVersion() {
        Run run = Run.of("--version");

        assertThat(run.status()).isZero();
        assertThat(run.out()).matches("nashra \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    }

    @Test
    void helpListsTheSubcommandsAndTheExitStatus() {
        Run run = Run.of("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("parse ", "render ", "Exit status: 0 all inputs done, 1 at least one input failed, 2 bad usage.");
    }

    @Test
    void everyHelpStatesTheInputLimitsTheCommandEnforces() {
        for (String[] help : new String[][] {{"--help"}, {"parse", "--help"}, {"render", "--help"}}) {
            Run run = Run.of(help);

            assertThat(run.out().replaceAll("\\s+", " "))
                    .contains("an input may have up to " + (InputLoader.MAX_BYTES >> 20) + " MiB")
                    .contains("'not enough memory for this input'", "java -Xmx");
        }
    }

    @Test
    void noSubcommandIsBadUsage() {
        Run run = Run.of();

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("Missing required subcommand: parse or render\n");
    }

    @Test
    void aMistypedSubcommandIsBadUsageWithASuggestion() {
        Run run = Run.of("pars", "x.txt");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Did you mean: nashra parse?");
    }

    @Test
    void anUnknownOptionIsBadUsage() {
        Run run = Run.of("parse", "--pretty", "x.txt");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("Unknown option: '--pretty'");
    }
}
