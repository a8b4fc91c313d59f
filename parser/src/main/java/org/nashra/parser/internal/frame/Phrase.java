package org.nashra.parser.internal.frame;

import org.nashra.model.Span;

/**
 * A stretch of the text as a frame value: its text as the model gives it and its
 * span in the original. The text equals the original at the span, except that
 * after a stripped preposition ل the article is restored ({@code للجنة} gives
 * {@code اللجنة} with the span starting after the preposition).
 *
 * <pre>{@code
 * Phrase p = doc.phrase(from, 1, to);   // "للجنة التحضيرية", the ل left out
 * p.text();                             // "اللجنة التحضيرية"
 * p.span().of(doc.original());          // "لجنة التحضيرية"
 * }</pre>
 *
 * @param text the value
 * @param span where it was read in the original text
 * @param from first token
 * @param to   token after the last
 */
public record Phrase(String text, Span span, int from, int to) {
}
