package org.nashra.examples.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code nashra render} whose PDF renderer writes a few bytes, says {@code writing} on standard
 * output and then waits forever: a run caught in the middle of writing its outputs, for a test to
 * stop with a signal.
 */
final class StalledRender {
    /** What the renderer prints once its temporary file exists. */
    static final String WRITING = "writing";

    private StalledRender() {
    }

    public static void main(String[] args) {
        Renderer stalls = (document, settings, out) -> {
            out.write("%PDF-".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            System.out.println(WRITING);
            System.out.flush();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            }
            throw new IOException("never reached");
        };
        Renderers renderers = new Renderers(Map.of(Target.PDF_DIRECT, stalls));
        System.exit(NashraCommand.newCommandLine(System.in, renderers).execute(args));
    }
}
