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
 * {@code span} is into {@link #original()}. Taggers match on folded forms and return spans. A {@link Reading}
 * is shared by every token of its word form, its offsets relative to the word: the text maps them back
 * ({@link #stemSpan}, {@link #valueStart}).
 */
public final class AnalyzedText {
    private final FoldedText folded;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final int[] sentenceOfToken;
    /** Whether a line break separates each token from the one before it: asked at every token by several taggers. */
    private final boolean[] lineBreakBefore;
    /** {@link #derived}: key, value, key, value …; replaced, never changed, when one is added. */
    private volatile Object[] derived = new Object[0];

    private AnalyzedText(FoldedText folded, FormMemo<Token.Form> readings, RunTogether heads) {
        this.folded = folded;
        this.tokens = Tokenizer.tokenize(folded, readings, heads);
        this.sentences = Sentences.split(folded, tokens);
        this.lineBreakBefore = new boolean[tokens.size()];
        for (int i = 1; i < tokens.size(); i++) {
            lineBreakBefore[i] = Sentences.lineBreakBetween(folded.folded(), tokens.get(i - 1), tokens.get(i));
        }
        this.sentenceOfToken = new int[tokens.size()];
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                sentenceOfToken[i] = s.index();
            }
        }
    }

    /** Folds, tokenizes and splits {@code text}. */
    public static AnalyzedText of(String text) {
        return of(text, FormMemo.none());
    }

    /**
     * Folds, tokenizes and splits {@code text}, taking the forms of words already read (their readings, their cue
     * words) from {@code readings}.
     */
    public static AnalyzedText of(String text, FormMemo<Token.Form> readings) {
        return of(text, readings, RunTogether.NONE);
    }

    /**
     * Folds, tokenizes and splits {@code text} as {@link #of(String, FormMemo)} does, and cuts the words run together
     * after a noun {@code heads} knows ({@code المؤتمرالعام} → {@code المؤتمر} | {@code العام}, each token with its
     * own span). {@code heads} is kept with the forms as the key of their cut: pass one constant.
     */
    public static AnalyzedText of(String text, FormMemo<Token.Form> readings, RunTogether heads) {
        return new AnalyzedText(FoldedText.of(Objects.requireNonNull(text, "text")), Objects.requireNonNull(readings),
                Objects.requireNonNull(heads, "heads"));
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

    /**
     * The last letter of a token as written, past the harakat and tatweel after it ({@code إدارةً} ends in ة,
     * {@code هنّأَ} in أ): what folding hides ({@code ة} → {@code ه}, {@code أ} → {@code ا}).
     */
    public char lastLetter(Token token) {
        String original = original();
        int k = token.span().end() - 1;
        while (k > token.span().start() && (original.charAt(k) >= '\u064B' && original.charAt(k) <= '\u065F'
                || original.charAt(k) == '\u0670' || original.charAt(k) == '\u0640')) {
            k--;
        }
        return original.charAt(k);
    }

    /**
     * True when a line break separates token {@code tokenIndex} from the token before it (or it is the first); false
     * outside the text (after its last token no line starts), as {@code Doc.lineStart} answers.
     */
    public boolean startsLine(int tokenIndex) {
        return tokenIndex == 0 || tokenIndex > 0 && tokenIndex < lineBreakBefore.length && lineBreakBefore[tokenIndex];
    }

    /**
     * What {@code derive} makes of this text, made on first use and kept with it: facts about every token that
     * several taggers ask about each token again and again (which word lists a token can begin a phrase of), read
     * from an array instead of asked of the lists at every question. {@code key} says what is derived; equal keys
     * must derive equal values, which must be immutable (or filled at most once per element, the same by any
     * thread): several threads reading one text may each derive it once.
     *
     * <pre>{@code
     * int[] lengths = t.derived("lengths", x -> x.tokens().stream().mapToInt(k -> k.text().length()).toArray());
     * }</pre>
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, java.util.function.Function<AnalyzedText, T> derive) {
        Object[] kept = derived;
        // the same key object first (a tagger's constant, asked at every token): no virtual equals call on the keys
        // kept before it, a dozen once the frames have asked the taggers (Doc.memo)
        for (int k = 0; k < kept.length; k += 2) {
            if (kept[k] == key) {
                return (T) kept[k + 1];
            }
        }
        for (int k = 0; k < kept.length; k += 2) {
            if (kept[k].equals(key)) {
                return (T) kept[k + 1];
            }
        }
        T value = Objects.requireNonNull(derive.apply(this), "derived value");
        Object[] more = java.util.Arrays.copyOf(kept, kept.length + 2);
        more[kept.length] = key;
        more[kept.length + 1] = value;
        derived = more; // a thread deriving another key at once may drop this one: it is derived again, the same
        return value;
    }

    /**
     * For every token, the bits {@code ofStem} gives the stems of its readings, together (0 for a token that is no
     * word): what a word list says of the ways each token can be read, in one pass over the text. What a form gives
     * is kept with the form under {@code key} ({@link Token.Form#analysis}): the same key must always come with the
     * same function (a constant, or a field of an immutable object).
     *
     * <pre>{@code
     * int[] listed = t.readingBits(STEMS_KEY, stem -> stems.contains(stem) ? 1 : 0);
     * }</pre>
     */
    public int[] readingBits(Object key, java.util.function.ToIntFunction<String> ofStem) {
        java.util.function.Function<Token.Form, Integer> bits = f -> {
            int b = 0;
            List<Reading> readings = f.readings();
            for (int k = 0; k < readings.size(); k++) {
                b |= ofStem.applyAsInt(readings.get(k).stem());
            }
            return b;
        };
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            Token token = tokens.get(i);
            if (token.isWord()) {
                out[i] = token.form().analysis(key, bits);
            }
        }
        return out;
    }

    /** The original span of the stem of {@code reading}, one of {@code token}'s. */
    public Span stemSpan(Token token, Reading reading) {
        return folded.originalSpan(token.start() + reading.stemOffset(), token.end());
    }

    /** The original span of {@code affix}, one of a reading of {@code token}. */
    public Span span(Token token, Affix affix) {
        int at = token.start() + affix.offset();
        return folded.originalSpan(at, at + affix.length());
    }

    /**
     * Where the value of {@code token} read as {@code reading} starts in the original when its conjunction and
     * preposition are left out: at the article ({@code ال} of {@code والرفيق}, the written ل of
     * {@code للمتطوعين}), else at the stem.
     */
    public int valueStart(Token token, Reading reading) {
        return folded.originalStart(token.start() + reading.valueOffset());
    }

    /**
     * The value of {@code token} read as ل + article, from {@link #valueStart} to {@code stop} in the original,
     * its article given back: the alif before the article's written ل, which keeps its marks and tatweel
     * ({@code لِلْمُتَطَوِّعِينَ} → {@code الْمُتَطَوِّعِينَ}, {@code للـمتطوعين} → {@code الـمتطوعين}, and a lam-alef
     * ligature copied out of a PDF stays as written), or the whole article where it fuses with a stem that
     * starts with ل ({@code للجنة} → {@code اللجنة}).
     */
    public String withArticleBack(Token token, Reading reading, int stop) {
        return (reading.articleWritten() ? "ا" : "ال") + original().substring(valueStart(token, reading), stop);
    }
}
