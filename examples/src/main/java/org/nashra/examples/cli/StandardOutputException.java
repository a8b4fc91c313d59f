package org.nashra.examples.cli;

/**
 * Standard output could not be written (a full disk, a closed pipe): the run fails, since what it
 * was for is lost. The command line reports it as one line and exits with status 1.
 */
final class StandardOutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The error line. */
    static final String MESSAGE = "<stdout>: cannot be written";

    StandardOutputException() {
        super(MESSAGE);
    }
}
