package org.nashra.render.html.internal;

import java.util.regex.Pattern;

/**
 * Drops the bidi embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069) from text. Markup isolates every name, number and date with
 * {@code <bdi>}; a control left in the text could still open an override that
 * reverses the rest of its line, or close an isolate that markup opened. The marks
 * (LRM, RLM, ALM) stay: they reorder nothing beyond their neighbours.
 *
 * <pre>{@code
 * BidiControls.strip("\u202Eabc");   // "abc"
 * }</pre>
 */
final class BidiControls {
    private static final Pattern CONTROLS = Pattern.compile("[\u202A-\u202E\u2066-\u2069]");

    private BidiControls() {
    }

    static String strip(String text) {
        return CONTROLS.matcher(text).replaceAll("");
    }
}
