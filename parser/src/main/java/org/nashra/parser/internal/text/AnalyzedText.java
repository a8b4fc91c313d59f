package org.nashra.parser.internal.text;

import java.util.List;
import java.util.Objects;
import org.nashra.model.Span;

/**
 * A text ready for the taggers: its {@link FoldedText} matching form, its {@link Token}s (clitics split
 * off, numbers and dates kept as one token) and its {@link Sentence}s. Immutable; built in linear time.
 *
 * <pre>{@code
 * AnalyzedText t = AnalyzedText.of("وبالرفيق أبو سلام. اجتمع الوفد في ١/٩/٢٠١٣");
 * t.tokens().get(0).stem();                 // "رفيق"
 * t.tokens().get(0).reading().affixes();    // و, ب, ال
 * t.sentences().size();                     // 2
 * t.text(t.tokens().get(7));                // "١/٩/٢٠١٣": values are cut from the original
 * }</pre>
 *
 * <p>Offsets held by tokens and sentences ({@code start}, {@code end}) are into {@link #folded()}; their
 * {@code span} is into {@link #original()}. Taggers match on folded forms and return spans.
 */
public final class AnalyzedText {
    private final FoldedText folded;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final int[] sentenceOfToken;

    private AnalyzedText(FoldedText folded) {
        this.folded = folded;
        this.tokens = Tokenizer.tokenize(folded);
        this.sentences = Sentences.split(folded, tokens);
        this.sentenceOfToken = new int[tokens.size()];
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                sentenceOfToken[i] = s.index();
            }
        }
    }

    /** Folds, tokenizes and splits {@code text}. */
    public static AnalyzedText of(String text) {
        return new AnalyzedText(FoldedText.of(Objects.requireNonNull(text, "text")));
    }

    /** The text as given. */
    public String original() {
        return folded.original();
    }

    /** The matching form with its offset map. */
    public FoldedText folded() {
        return folded;
    }

    /** All tokens in text order; {@code tokens().get(i).index() == i}. */
    public List<Token> tokens() {
        return tokens;
    }

    /** All sentences in text order; they cover every token exactly once. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** The tokens of {@code sentence}. */
    public List<Token> tokens(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    /** The sentence that holds token {@code tokenIndex}. */
    public Sentence sentenceOf(int tokenIndex) {
        return sentences.get(sentenceOfToken[tokenIndex]);
    }

    /** The original span from the start of token {@code first} to the end of token {@code endExclusive - 1}. */
    public Span span(int first, int endExclusive) {
        if (first < 0 || endExclusive > tokens.size() || endExclusive <= first) {
            throw new IndexOutOfBoundsException("token range [" + first + ", " + endExclusive + ") of " + tokens.size());
        }
        return new Span(tokens.get(first).span().start(), tokens.get(endExclusive - 1).span().end());
    }

    /** The original text of tokens {@code [first, endExclusive)}, harakat and inner spacing as written. */
    public String text(int first, int endExclusive) {
        return span(first, endExclusive).of(original());
    }

    /** The original text of one token. */
    public String text(Token token) {
        return token.span().of(original());
    }

    /** True when a line break separates token {@code tokenIndex} from the token before it (or it is the first). */
    public boolean startsLine(int tokenIndex) {
        return tokenIndex == 0 || Sentences.lineBreakBetween(folded.folded(), tokens.get(tokenIndex - 1),
                tokens.get(tokenIndex));
    }
}
