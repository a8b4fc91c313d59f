package org.nashra.examples.cli;

import java.io.PrintWriter;

/**
 * What a batch tells the user on standard error: one line per failed input and, when asked for,
 * a progress bar redrawn in place on the last line. Thread-safe, so workers may report as they finish.
 *
 * <pre>
 * seed-missing.txt: no such file
 * [##############----------------]  7/15
 * </pre>
 */
final class Feedback {
    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean bar;
    private final boolean debug;
    private int done;

    /**
     * @param bar   whether to draw the progress bar; only for a terminal, since the carriage returns
     *              that redraw it would litter a log file
     * @param debug whether a failure line is followed by the stack trace of its cause ({@code --debug})
     */
    Feedback(PrintWriter err, int total, boolean bar, boolean debug) {
        this.err = err;
        this.total = total;
        this.bar = bar;
        this.debug = debug;
    }

    /**
     * The feedback of a command on {@code inputs} inputs: a bar when there are several and a user
     * watches standard error, where the bar goes.
     */
    static Feedback forInputs(PrintWriter err, int inputs, boolean debug) {
        return new Feedback(err, inputs, inputs > 1 && Terminal.isStandardError(), debug);
    }

    /** Prints the failure line of {@code input}, above the bar. */
    synchronized void failed(Input input, String reason) {
        failed(input, reason, null);
    }

    /**
     * Prints the failure line of {@code input} above the bar and, with {@code --debug}, the stack
     * trace of {@code cause} (which may be null) below it.
     */
    synchronized void failed(Input input, String reason, Throwable cause) {
        erase();
        err.println(input.displayName() + ": " + OneLine.text(reason));
        if (debug && cause != null) {
            cause.printStackTrace(err);
        }
        draw();
    }

    /** Prints a warning about {@code input}, which was done nonetheless, above the bar. */
    synchronized void warned(Input input, String warning) {
        erase();
        err.println(input.displayName() + ": warning: " + OneLine.text(warning));
        draw();
    }

    /** One more input is finished, well or not. */
    synchronized void advance() {
        done++;
        draw();
    }

    /** Removes the bar, leaving standard error as if it had never been there. */
    synchronized void finish() {
        erase();
    }

    private void draw() {
        if (bar) {
            int filled = BAR_WIDTH * done / total;
            String count = String.format("%" + digits(total) + "d/%d", done, total);
            err.print("\r[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + count);
            err.flush();
        }
    }

    private void erase() {
        if (bar) {
            err.print("\r" + " ".repeat(BAR_WIDTH + 3 + 2 * digits(total) + 1) + "\r");
            err.flush();
        }
    }

    private static int digits(int n) {
        return Integer.toString(n).length();
    }
}
