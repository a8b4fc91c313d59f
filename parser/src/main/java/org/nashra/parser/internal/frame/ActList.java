package org.nashra.parser.internal.frame;

import java.util.ArrayList;
import java.util.List;

/**
 * A list the text announces and then enumerates: bulleted or numbered lines
 * after an introducing line ({@code ويطالب التجمع بـ:}, {@code ومن ابرزها:}), or
 * items inline after {@code أبرزها:}, {@code جاء فيه،}. Items are token ranges;
 * the intro is the clause that announces them.
 *
 * <pre>{@code
 * for (ActList list : ActList.find(doc, layout)) {
 *     list.introFrom(); list.items();   // [[from, to], …]
 * }
 * }</pre>
 *
 * @param introFrom first token of the introducing clause
 * @param introTo   the token after it (the colon or comma that opens the list)
 * @param items     the items as [from, to) token ranges, bullet or number left out
 * @param bulleted  true for items on lines of their own
 */
public record ActList(int introFrom, int introTo, List<int[]> items, boolean bulleted) {
    /** The longest intro read before a list: its sentence, at most this many tokens. */
    private static final int INTRO = 40;

    /** The lists of {@code doc}'s body, in text order. */
    public static List<ActList> find(Doc doc, Layout layout) {
        List<ActList> out = new ArrayList<>();
        int i = layout.bodyFrom();
        while (i < layout.bodyTo()) {
            int marker = bulletEnd(doc, i);
            if (marker > i) {
                int introTo = i - 1;
                int introFrom = introTo >= 0 ? Math.max(doc.sentenceStart(introTo), introTo - INTRO) : i;
                List<int[]> items = new ArrayList<>();
                int j = i;
                int m = marker;
                while (m > j) {
                    int end = doc.lineEnd(j);
                    items.add(new int[] {m, end});
                    j = end;
                    m = j < layout.bodyTo() ? bulletEnd(doc, j) : j;
                }
                out.add(new ActList(Math.max(0, introFrom), Math.max(0, introTo), items, true));
                i = j;
                continue;
            }
            int open = inlineOpener(doc, i);
            if (open > i) {
                int end = doc.sentenceEnd(open);
                int introFrom = Math.max(doc.sentenceStart(i), i - INTRO);
                List<int[]> items = new ArrayList<>();
                int from = open;
                for (int k = open; k <= end && k < doc.size(); k++) {
                    boolean stop = k == end || doc.has(k, Vocabulary.OPENER);
                    if (stop || doc.punct(k, "،,؛;")) {
                        if (k > from) {
                            items.add(new int[] {from, k});
                        }
                        from = k + 1;
                        if (stop) {
                            break;
                        }
                    }
                }
                if (!items.isEmpty()) {
                    out.add(new ActList(introFrom, open - 1, items, false));
                }
                i = Math.max(open, items.isEmpty() ? open : items.get(items.size() - 1)[1]);
                continue;
            }
            i++;
        }
        return out;
    }

    /**
     * True when the intro announces an agenda ({@code وفق جدول الأعمال التالي:}): its items are topics still to be
     * dealt with, not acts. An agenda discussed before another verb ({@code بعد مناقشة جدول الأعمال أصدرت …:})
     * announces nothing.
     */
    public boolean agenda(Doc doc) {
        for (int k = introTo - 1; k >= introFrom; k--) {
            if (doc.word(k) && doc.tok(k).hasStem("جدول")) {
                return true;
            }
            if (doc.word(k) && doc.verb(k)) {
                return false;
            }
        }
        return false;
    }

    /** The first ten letters of the abjad order, folded (أ ب ج د هـ و ز ح ط ي), as item numbers. */
    private static final java.util.Set<String> LETTER_BULLETS = java.util.Set.of("ا", "ب", "ج", "د", "ه", "و", "ز",
            "ح", "ط", "ي");

    /** After a bullet or number opening the line at {@code i}: the first token of the item; else {@code i}. */
    public static int bulletEnd(Doc doc, int i) {
        if (i >= doc.size() || !doc.lineStart(i) || i == 0) {
            return i;
        }
        if (doc.punct(i, "-–—•*·▪●")) {
            return i + 1 < doc.size() && !doc.lineStart(i + 1) ? i + 1 : i;
        }
        if (doc.tok(i).isNumber() && doc.form(i).length() <= 2 && i + 1 < doc.size() && doc.punct(i + 1, "-–).")) {
            return i + 2 < doc.size() && !doc.lineStart(i + 2) ? i + 2 : i;
        }
        // أ- …، ب) …: the letters of the abjad order number items as digits do (not with a full stop: د. is a title)
        if (doc.word(i) && LETTER_BULLETS.contains(doc.form(i)) && i + 1 < doc.size() && doc.punct(i + 1, "-–)")
                && i + 2 < doc.size() && !doc.lineStart(i + 2)) {
            return i + 2;
        }
        // أولاً: …، ثانياً - …
        if (doc.has(i, Vocabulary.LIST_MARKER) && doc.punct(i + 1, ":-–)") && i + 2 < doc.size() && !doc.lineStart(i + 2)) {
            return i + 2;
        }
        return i;
    }

    /**
     * The first item token after an inline list opener at {@code i}: {@code أبرزها:}, {@code منها:},
     * {@code جاء فيه،}; else {@code i}. A colon closing a line that bullets follow is left to the bullets.
     */
    private static int inlineOpener(Doc doc, int i) {
        if (doc.has(i, Vocabulary.LIST_OPENER)) {
            int k = i + 1;
            if (k < doc.size() && doc.punct(k, ":") && k + 1 < doc.size() && !doc.lineStart(k + 1)) {
                return k + 1;
            }
            // خرج المؤتمر بتوصيات أبرزها المطالبة …، وإنشاء …: the list follows the named acts without a colon
            // (بتوصيات هامة، منها ضرورة …: past the adjectives of the named acts and a comma)
            if (k < doc.size() && doc.word(k) && namedActsBefore(doc, i)) {
                return k;
            }
        }
        if (doc.has(i, Vocabulary.CAME) && i + 2 < doc.size() && doc.is(i + 1, "فيه", "فيها")
                && doc.punct(i + 2, "،,:") && i + 3 < doc.size() && !doc.lineStart(i + 3)) {
            return i + 3;
        }
        if (doc.punct(i, ":") && i + 1 < doc.size() && !doc.lineStart(i + 1) && i > 0
                && !doc.lineStart(i) && introduces(doc, i)) {
            return i + 1;
        }
        return i;
    }

    /** Acts named by a noun of a list (توصيات، قرارات، مطالب) in the few words before the opener at {@code i}. */
    private static boolean namedActsBefore(Doc doc, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4 && !doc.punct(k, ".!?؟:؛;"); k--) {
            if (doc.hasAny(k, Vocabulary.RECOMMEND, Vocabulary.DECISIONS, Vocabulary.DEMANDS)) {
                return true;
            }
            if (doc.word(k) && k < i - 1 && doc.verb(k)) {
                return false;
            }
        }
        return false;
    }

    /** True when the clause before the colon at {@code colon} names acts: a cue verb or noun of a list. */
    private static boolean introduces(Doc doc, int colon) {
        for (int k = colon - 1; k >= 0 && k >= colon - 4 && !doc.punct(k); k--) {
            if (doc.hasAny(k, Vocabulary.DEMAND, Vocabulary.CALL, Vocabulary.RECOMMEND, Vocabulary.DECISIONS,
                    Vocabulary.DEMANDS, Vocabulary.DECIDE, Vocabulary.CONDEMN)) {
                return true;
            }
        }
        return false;
    }
}
