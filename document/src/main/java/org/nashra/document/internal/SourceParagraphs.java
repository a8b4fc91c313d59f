package org.nashra.document.internal;

import org.nashra.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a source text into paragraphs, one per line (LF, CR, CRLF, NEL, LS, PS, VT
 * and FF end a line), each with its span in the text: blank lines skipped, tabs
 * and runs of spaces read as one space, other control characters dropped, leading
 * and trailing white space stripped. Bidi controls and everything else are kept.
 *
 * <pre>{@code
 * SourceParagraphs.of("سطر  أول\n\nسطر ثان");
 * // [Paragraph("سطر أول", [0, 8]), Paragraph("سطر ثان", [10, 17])]
 * }</pre>
 */
final class SourceParagraphs {

    /** One paragraph as shown, and the span of the line it comes from (without its outer white space). */
    record Paragraph(String text, Span span) {
    }

    private SourceParagraphs() {
    }

    static List<Paragraph> of(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isLineEnd(text.charAt(i))) {
                line(text, lineStart, i, paragraphs);
                lineStart = i + 1;
            }
        }
        return paragraphs;
    }

    private static void line(String text, int start, int end, List<Paragraph> out) {
        StringBuilder sb = new StringBuilder();
        int first = -1;
        int last = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else if (Character.getType(c) != Character.CONTROL) {
                if (first < 0) {
                    first = i;
                }
                last = i + 1;
                sb.append(c);
            }
        }
        if (first >= 0) {
            out.add(new Paragraph(sb.toString().strip(), new Span(first, last)));
        }
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u000B'
                || c == '\u000C';
    }
}
