package org.nashra.examples.cli;

/**
 * Makes text from outside the program (file names, arguments, messages that quote an input) safe
 * to print as part of one line on a terminal: a name with a newline must not split its error line
 * in two, and an escape sequence or a bidi override must not rewrite what the user sees.
 *
 * <pre>{@code
 * OneLine.name("report.txt")      // report.txt
 * OneLine.name("a\nb.txt")        // "a\nb.txt"
 * OneLine.name("")                // ""
 * OneLine.text("line one\r\n")    // line one\r\n
 * }</pre>
 */
final class OneLine {
    private OneLine() {
    }

    /**
     * A name as is when nothing in it needs escaping, otherwise in double quotes with C-style escapes;
     * an empty name is {@code ""}, so that the line still shows there was one.
     */
    static String name(String name) {
        if (!name.isEmpty() && name.codePoints().noneMatch(OneLine::needsEscape)) {
            return name;
        }
        StringBuilder quoted = new StringBuilder(name.length() + 8).append('"');
        name.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else {
                appendEscaped(quoted, c);
            }
        });
        return quoted.append('"').toString();
    }

    /** Text with its control characters escaped, unquoted: for reasons and warnings. */
    static String text(String text) {
        if (text.codePoints().noneMatch(OneLine::needsEscape)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> appendEscaped(escaped, c));
        return escaped.toString();
    }

    private static void appendEscaped(StringBuilder to, int c) {
        if (!needsEscape(c)) {
            to.appendCodePoint(c);
            return;
        }
        switch (c) {
            case '\n' -> to.append("\\n");
            case '\r' -> to.append("\\r");
            case '\t' -> to.append("\\t");
            default -> to.append(String.format("\\u%04X", c));
        }
    }

    /**
     * Control characters (C0, DEL, C1: line breaks, terminal escapes), the Unicode line and paragraph
     * separators, lone surrogates, and the bidi embeddings, overrides and isolates, which reorder
     * everything after them on the line. The bidi marks (LRM, RLM, ALM) and ZWNJ stay: they belong
     * in Arabic and Persian names and change no more than the character beside them.
     */
    private static boolean needsEscape(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE -> true;
            default -> (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        };
    }
}
