package org.nashra.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import org.nashra.model.Bulletin;

/** Prints a bulletin as one file type; the adapter between {@code render} and a renderer module. */
@FunctionalInterface
interface Renderer {
    void render(Bulletin bulletin, RenderSettings settings, OutputStream out) throws IOException;
}
