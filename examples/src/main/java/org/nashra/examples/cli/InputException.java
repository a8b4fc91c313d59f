package org.nashra.examples.cli;

/**
 * One input could not be done. The message is the reason alone, in lower case, e.g.
 * {@code no such file}; the command prefixes it with the input's name on standard error.
 */
final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String reason) {
        super(reason);
    }

    InputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
