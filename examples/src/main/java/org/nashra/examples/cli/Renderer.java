package org.nashra.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Prints a bulletin as one file type; the adapter between {@code render} and a renderer module. Thread-safe. */
@FunctionalInterface
interface Renderer {
    /**
     * Prints one input.
     *
     * @return warnings for the user, one sentence each (a character drawn as a replacement…); none is usual
     */
    List<String> render(Document document, RenderSettings settings, OutputStream out) throws IOException;
}
