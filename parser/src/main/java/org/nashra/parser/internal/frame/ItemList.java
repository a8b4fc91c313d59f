package org.nashra.parser.internal.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Splits the list that follows a cue into its items, the way lists of participants, delegations, greetings,
 * resolutions and elected people are written: items apart by commas or semicolons, the last ones joined by
 * {@code و}, one per line after a dash or bullet ({@code - فرع ليون}, {@code • الشبيبة}, {@code 1- …}), the
 * whole list in brackets ({@code (الشبيبة، النسائية)}) or after a colon, introduced by {@code كل من}.
 * A bracket or quotation inside an item keeps its commas ({@code فرقة «الحنين، والذاكرة»} is one item).
 *
 * <p>The reader only cuts; the caller says which {@code و} opens an item ({@code splitsAt}: {@code الثقافة
 * والتراث} is one item, {@code فرع ليون وفرع نيس} two) and stops at the first item that is not of its kind.
 *
 * <pre>{@code
 * Doc doc = Doc.of("حضره كل من: فرع ليون، فرع نيس وفرع باريس.", Vocabulary.LEXICON);
 * List<ItemList.Item> items = ItemList.read(doc, 1, doc.size(), k -> doc.has(k, Vocabulary.BRANCHES));
 * items.size();                               // 3
 * items.get(2).phrase(doc).text();            // "فرع باريس" (the و left out)
 * }</pre>
 */
public final class ItemList {
    /** The most items a list gives: bounds the work at a cue. */
    private static final int MAX_ITEMS = 40;
    /** The longest a line of a bulleted list may be and still be one item. */
    private static final int MAX_LINE = 24;

    private ItemList() {
    }

    /**
     * One item: tokens [{@code from}, {@code to}), of which the first token's leading {@code skip} folded
     * characters are a conjunction ({@code و}) that is no part of it.
     */
    public record Item(int from, int skip, int to) {
        /** The item as a value cut from the original text, or null when nothing is left. */
        public Phrase phrase(Doc doc) {
            return doc.phrase(from, skip, to);
        }
    }

    /**
     * The items of the list starting at {@code from} (a cue's {@code كل من}, a colon and an opening bracket are
     * stepped over) and ending at {@code end}, at the sentence end, or — for a bracketed list — at its closing
     * bracket. A list whose first item opens a line with a dash or bullet, or starts a new line after a colon,
     * goes on line by line while the lines stay short, whatever {@code end} says.
     *
     * @param splitsAt true for a token carrying {@code و} that opens a new item
     */
    public static List<Item> read(Doc doc, int from, int end, IntPredicate splitsAt) {
        int k = from;
        if (doc.is(k, "كل", "كلا") && doc.is(k + 1, "من")) {
            k += 2;
        }
        boolean colon = doc.punct(k, ":");
        if (colon) {
            k++;
        }
        if (bullet(doc, k) || colon && doc.lineStart(k)) {
            return lines(doc, k);
        }
        boolean bracket = doc.punct(k, "(");
        if (bracket) {
            k++;
        }
        int stop = Math.min(end, Math.max(k, doc.sentenceEnd(k)));
        return inline(doc, k, stop, bracket, splitsAt);
    }

    /** Items on one line or sentence, apart by commas and by the {@code و} the caller accepts. */
    private static List<Item> inline(Doc doc, int from, int stop, boolean bracket, IntPredicate splitsAt) {
        List<Item> out = new ArrayList<>();
        int start = from;
        int depth = 0;
        int k = from;
        for (; k < stop && out.size() < MAX_ITEMS; k++) {
            if (doc.punct(k, "(«\"[")) {
                if (!(doc.punct(k, "\"") && depth > 0)) {
                    depth++;
                    continue;
                }
            }
            if (doc.punct(k, ")»\"]")) {
                if (depth == 0 && bracket && doc.punct(k, ")")) {
                    break; // the end of a bracketed list
                }
                depth = Math.max(0, depth - 1);
                continue;
            }
            if (depth > 0) {
                continue;
            }
            if (doc.punct(k, ".!?؟:") && !(doc.punct(k, ".") && doc.sentenceEnd(k) > k)) {
                break; // not the full stop of an abbreviated title (د.), which ends no sentence
            }
            if (doc.punct(k, "،,؛;") || doc.punct(k, "-–—") && !doc.lineStart(k)) {
                add(doc, out, start, k);
                start = k + 1;
            } else if (k > start && doc.conjunction(k) > 0 && splitsAt.test(k)) {
                add(doc, out, start, k);
                start = k;
            }
        }
        add(doc, out, start, k);
        return out;
    }

    /** One item per line: each line after its dash, bullet or number, while lines are short. */
    private static List<Item> lines(Doc doc, int from) {
        List<Item> out = new ArrayList<>();
        boolean bulleted = bullet(doc, from);
        int k = from;
        while (k < doc.size() && out.size() < MAX_ITEMS && (!bulleted || bullet(doc, k))) {
            int lineEnd = doc.lineEnd(k);
            if (lineEnd - k > MAX_LINE || doc.punct(lineEnd - 1, ":")) {
                break; // a paragraph or a heading of its own: the list is over
            }
            int start = k;
            if (bulletMark(doc, start)) {
                start += doc.tok(start).isNumber() ? 2 : 1;
            }
            int stop = lineEnd;
            while (stop > start && doc.punct(stop - 1, ".،,؛;")) {
                stop--;
            }
            if (stop <= start) {
                break;
            }
            add(doc, out, start, stop);
            k = lineEnd;
        }
        return out;
    }

    /** A dash, a bullet or a list number opening a line. */
    private static boolean bullet(Doc doc, int k) {
        return doc.lineStart(k) && bulletMark(doc, k);
    }

    private static boolean bulletMark(Doc doc, int k) {
        return doc.punct(k, "-–—•*·▪●○◦") || k + 1 < doc.size() && doc.tok(k).isNumber() && doc.punct(k + 1, "-–).");
    }

    private static void add(Doc doc, List<Item> out, int from, int to) {
        int a = from;
        while (a < to && doc.punct(a) && !doc.punct(a, "(«\"")) {
            a++;
        }
        if (a >= to) {
            return;
        }
        int skip = doc.word(a) ? doc.conjunction(a) : 0;
        if (skip > 0 && doc.form(a).length() <= skip) {
            a++; // a و written apart
            skip = 0;
        }
        if (a < to) {
            out.add(new Item(a, skip, to));
        }
    }
}
