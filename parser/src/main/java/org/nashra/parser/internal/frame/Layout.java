package org.nashra.parser.internal.frame;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout of a communiqué: the heading lines before the body (kicker,
 * headline, dateline, a letter's address and salutation), the body, and the
 * signature block after it (signatory, place and date, a closing formula).
 *
 * <pre>{@code
 * Layout l = Layout.of(doc);
 * l.inBody(i);        // false for the headline and the signature lines
 * l.headings();       // token ranges of the heading lines, in order
 * }</pre>
 *
 * A line is a heading or signature line when it is short (at most
 * {@value #SHORT} words), does not end a sentence with a full stop and, below
 * the first line, performs no act: a line whose verb sends, demands or pledges
 * ({@code نعبر لكم عن استعدادنا …}) is a sentence of the body however it ends.
 * The first line is a headline up to {@value #HEADLINE} words when it ends without a stop, does
 * not open on a verb and other lines follow: press headlines run long, paragraphs of the body end
 * with a stop.
 * The body runs from the first other line to the last.
 */
public final class Layout {
    static final int SHORT = 14;
    /**
     * The first line may be a headline up to this many words when it ends without a stop and lines follow it: a
     * press headline often runs long ({@code X في يوم التضامن مع …: شعبنا يمثل …}), a paragraph of the body ends
     * with a stop.
     */
    static final int HEADLINE = 40;
    /** A line with fewer words is a signature or heading whatever its verb ({@code عاش الحزب}). */
    private static final int ACTING_WORDS = 6;

    /** A line of the text as token range [{@code from}, {@code to}). */
    public record Line(int from, int to, int words) {
    }

    private final List<Line> lines;
    private final int bodyFrom;
    private final int bodyTo;

    private Layout(List<Line> lines, int bodyFrom, int bodyTo) {
        this.lines = lines;
        this.bodyFrom = bodyFrom;
        this.bodyTo = bodyTo;
    }

    /** Splits {@code doc} into heading lines, body and signature lines. */
    public static Layout of(Doc doc) {
        List<Line> lines = new ArrayList<>();
        int i = 0;
        while (i < doc.size()) {
            int end = doc.lineEnd(i);
            int words = 0;
            for (int k = i; k < end; k++) {
                if (!doc.punct(k)) {
                    words++;
                }
            }
            lines.add(new Line(i, end, words));
            i = end;
        }
        int first = 0;
        while (first < lines.size() && (isShort(doc, lines.get(first)) || first == 0 && longHeadline(doc, lines))
                && (first == 0 || !acts(doc, lines.get(first)) || epigraph(doc, lines.get(first)))) {
            first++;
        }
        int last = lines.size() - 1;
        while (last >= first && isShort(doc, lines.get(last)) && !acts(doc, lines.get(last))) {
            last--;
        }
        if (first > last) {
            // all lines short: a one-line text or a list of lines; read it all as body
            return new Layout(lines, 0, doc.size());
        }
        return new Layout(lines, lines.get(first).from(), lines.get(last).to());
    }

    /** A line of a sentence's length whose verb is one the frames read: an act, a greeting, a meeting. */
    private static boolean acts(Doc doc, Line line) {
        if (line.words() < ACTING_WORDS) {
            return false;
        }
        for (int k = line.from(); k < line.to(); k++) {
            for (Lexicon.Hit h : doc.hits(k)) {
                if (h.isVerb()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A line wholly in quotation marks or brackets ({@code "وبشر الصابرين …"}, {@code ﴿…﴾}, {@code (…)}): a verse or
     * motto set above the body, whatever verbs it holds.
     */
    private static boolean epigraph(Doc doc, Line line) {
        int last = line.to() - 1;
        if (last > line.from() && doc.punct(last, ".")) {
            last--;
        }
        return last > line.from() + 1 && doc.punct(line.from(), "\"«“﴿(") && doc.punct(last, "\"»”﴾)");
    }

    /**
     * The first of several lines, of a headline's length, without a stop at its end and not opening on a verb (a
     * news lead does: {@code هنأت لجنة …}; a headline puts its subject or topic first).
     */
    private static boolean longHeadline(Doc doc, List<Line> lines) {
        Line line = lines.get(0);
        return lines.size() > 1 && line.words() <= HEADLINE && !doc.isSentenceEnd(line.to() - 1)
                && !doc.verb(line.from());
    }

    private static boolean isShort(Doc doc, Line line) {
        return line.words() <= SHORT && !doc.isSentenceEnd(line.to() - 1);
    }

    public List<Line> lines() {
        return lines;
    }

    /** The first token of the body. */
    public int bodyFrom() {
        return bodyFrom;
    }

    /** The token after the body: where the signature block starts. */
    public int bodyTo() {
        return bodyTo;
    }

    /** True when token {@code i} belongs to the body, not to a heading or signature line. */
    public boolean inBody(int i) {
        return i >= bodyFrom && i < bodyTo;
    }

    /** The heading lines before the body, in order. */
    public List<Line> headings() {
        return lines.stream().filter(l -> l.to() <= bodyFrom).toList();
    }

    /** The signature lines after the body, in order. */
    public List<Line> signature() {
        return lines.stream().filter(l -> l.from() >= bodyTo && bodyTo > bodyFrom).toList();
    }
}
