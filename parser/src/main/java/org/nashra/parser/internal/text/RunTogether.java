package org.nashra.parser.internal.text;

/**
 * Two words run together in web text, the space before the article lost ({@code المؤتمرالعام},
 * {@code للمجلسالاعلى}, {@code اتحادالنقابات}): the tokenizer cuts such a word in two tokens, each with its own span,
 * when the part before an inner {@code ال} reads as a noun the lexicons know ({@link #isHead}), the part after the
 * article has at least three letters, and the whole word reads as no known noun. The knowledge of which
 * nouns head a phrase lives with the lexicons above the text layer: they pass it in as this predicate. A name built
 * on {@code عبد} or {@code أبو} ({@code عبدالرحمن}) stays one word whatever the lexicons know.
 *
 * <pre>{@code
 * RunTogether heads = stem -> stem.equals("مؤتمر");
 * AnalyzedText.of("المؤتمرالعام", FormMemo.none(), heads).tokens().size();   // 2: المؤتمر | العام
 * }</pre>
 */
@FunctionalInterface
public interface RunTogether {
    /** Knows no noun: no word is cut. */
    RunTogether NONE = stem -> false;

    /** True when {@code foldedStem} (a word read without its clitics) is a noun that heads a phrase. */
    boolean isHead(String foldedStem);
}
