package org.nashra.parser.internal.entity;

import org.nashra.model.Span;
import org.nashra.parser.internal.text.AnalyzedText;
import org.nashra.parser.internal.text.Clitic;
import org.nashra.parser.internal.text.FoldedText;
import org.nashra.parser.internal.text.Reading;
import org.nashra.parser.internal.text.Token;

/**
 * A value cut from the original text: tokens {@code [first, end)}, the first read as {@code reading}.
 * The conjunction and preposition clitics of the first token are left out; after the preposition ل
 * the article is given back ({@code للجنة} → {@code اللجنة}) and the span starts after the preposition.
 *
 * <pre>{@code
 * Cut c = Cut.of(text, 4, text.tokens().get(4).reading(), 7);
 * c.text();   // "اللجنة المركزية للحزب"
 * c.span();   // where "لجنة المركزية للحزب" is written
 * }</pre>
 *
 * @param text the value, harakat kept
 * @param span where it is written
 */
record Cut(String text, Span span) {

    static Cut of(AnalyzedText t, int first, Reading reading, int end) {
        int stop = through(t.original(), t.tokens().get(end - 1).span().end());
        Token token = t.tokens().get(first);
        int start = t.valueStart(token, reading);
        String original = t.original();
        if (reading.has(Clitic.LI) && reading.definite()) {
            return new Cut(t.withArticleBack(token, reading, stop), new Span(start, stop));
        }
        return new Cut(original.substring(start, stop), new Span(start, stop));
    }

    /**
     * Extends an end offset over the chars folding drops after a word: a final hamza ({@code كربلاء}) and
     * the marks and tatweel written after it ({@code اعضاءً}), so a value keeps its last letter.
     */
    static int through(String original, int stop) {
        int k = stop;
        while (k < original.length() && FoldedText.clingsToLetter(original.charAt(k))) {
            k++;
        }
        return k;
    }

    /** Tokens {@code [first, end)} as written, the first with its most likely reading. */
    static Cut of(AnalyzedText t, int first, int end) {
        return of(t, first, t.tokens().get(first).reading(), end);
    }
}
