package org.nashra.examples.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --debug} option of every command: a failure caused by a bug is one line on standard
 * error, and with {@code --debug} its stack trace follows, for a bug report.
 *
 * <pre>{@code
 * @Mixin
 * private DebugOption debug;
 * }</pre>
 */
final class DebugOption {
    /** The option's name, which the command line's error handler looks for too. */
    static final String NAME = "--debug";

    @Option(names = NAME, description = "After the line of an input that failed, print the stack trace of the cause.")
    private boolean enabled;

    boolean enabled() {
        return enabled;
    }
}
