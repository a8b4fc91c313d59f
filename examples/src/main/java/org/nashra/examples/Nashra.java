package org.nashra.examples;

import org.nashra.examples.cli.NashraCommand;

/**
 * The {@code nashra} command line: {@code parse} texts into bulletin JSON, {@code render} them
 * as PDF and HTML. Its behaviour is the contract of {@code docs/CLI.md}.
 *
 * <pre>{@code
 * java -jar examples/target/nashra.jar parse --out out examples/samples/*.txt
 * java -jar examples/target/nashra.jar --help
 * }</pre>
 */
public final class Nashra {
    private Nashra() {
    }

    /** Runs the command line and exits with its status: 0 all done, 1 an input failed, 2 bad usage. */
    public static void main(String[] args) {
        System.exit(NashraCommand.newCommandLine().execute(args));
    }
}
