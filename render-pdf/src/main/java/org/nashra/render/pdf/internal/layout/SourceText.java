package org.nashra.render.pdf.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cuts a plain text into paragraphs for printing: one paragraph per line
 * (LF, CR, CRLF, NEL, LS, PS, VT, FF end a line), blank lines skipped, tabs
 * read as spaces, other control characters dropped with a warning, leading and
 * trailing white space stripped. Everything else, bidi controls and unpaired
 * surrogates included, is left for the engine to handle.
 *
 * <pre>{@code
 * SourceText.paragraphs("سطر أول\n\nسطر ثان", warnings::add);  // ["سطر أول", "سطر ثان"]
 * }</pre>
 */
public final class SourceText {

    private SourceText() {
    }

    public static List<String> paragraphs(String text, Consumer<String> warnings) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int dropped = 0;
        int firstDropped = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineEnd(c)) {
                flush(current, paragraphs);
            } else if (c == '\t') {
                current.append(' ');
            } else if (Character.getType(c) == Character.CONTROL) {
                if (dropped++ == 0) {
                    firstDropped = i;
                }
            } else {
                current.append(c);
            }
        }
        flush(current, paragraphs);
        if (dropped > 0) {
            warnings.accept(String.format("%d control character%s dropped from the text, the first at offset %d",
                    dropped, dropped == 1 ? "" : "s", firstDropped));
        }
        return paragraphs;
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u000B'
                || c == '\u000C';
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String p = current.toString().strip();
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
        current.setLength(0);
    }
}
