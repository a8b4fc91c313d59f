package org.nashra.parser.internal.text;

import java.util.Objects;
import org.nashra.model.Span;

/**
 * A sentence of an {@link AnalyzedText}: the tokens {@code [firstToken, endToken)}, ended by
 * {@code . ؟ ? ! ؛ ;} (and any closing quote or bracket after it) or by a line break.
 *
 * <pre>{@code
 * AnalyzedText t = AnalyzedText.of("حضر د. عادل. وتحدث");
 * t.sentences().size();             // 2: "د." is an abbreviation
 * t.tokens(t.sentences().get(1));   // [وتحدث]
 * }</pre>
 *
 * @param index      position in {@link AnalyzedText#sentences()}
 * @param firstToken index of its first token
 * @param endToken   index after its last token (its closing punctuation included)
 * @param start      folded offset of its first token
 * @param end        folded offset after its last token
 * @param span       its original span
 */
public record Sentence(int index, int firstToken, int endToken, int start, int end, Span span) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        if (endToken <= firstToken) {
            throw new IllegalArgumentException("a sentence has at least one token");
        }
    }

    /** Number of tokens. */
    public int size() {
        return endToken - firstToken;
    }

    /** True when the token with index {@code tokenIndex} belongs to this sentence. */
    public boolean contains(int tokenIndex) {
        return tokenIndex >= firstToken && tokenIndex < endToken;
    }
}
