package org.nashra.examples.cli;

/** The exit status of a command, as {@code CLI.md} fixes it; 2 (bad usage) is picocli's own. */
final class ExitStatus {
    /** Every input was done. */
    static final int DONE = 0;
    /** At least one input failed; the others were still done. */
    static final int FAILED = 1;

    private ExitStatus() {
    }

    static int of(boolean allDone) {
        return allDone ? DONE : FAILED;
    }
}
