package org.nashra.parser.internal.frame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nashra.model.Span;
import org.nashra.parser.internal.text.AnalyzedText;
import org.nashra.parser.internal.text.Clitic;
import org.nashra.parser.internal.text.Sentence;
import org.nashra.parser.internal.text.Token;

/**
 * A text as the frame rules read it: the {@link AnalyzedText} tokens with the cue
 * words of a {@link Lexicon} recognised in them, clause limits, and the way back
 * to the original text for every value cut from it.
 *
 * <pre>{@code
 * Doc doc = Doc.of("وطالب المؤتمر بإطلاق المعتقلين.", Vocabulary.LEXICON);
 * doc.has(0, Vocabulary.DEMAND);  // true
 * doc.text(1, 2);                 // "المؤتمر", from the original
 * doc.sentenceEnd(0);             // 4: the full stop
 * }</pre>
 *
 * Building a doc is linear in the text: tokens are analysed once, limits are
 * found in one pass each. Not thread-safe: one doc per parse ({@link #memo}).
 */
public final class Doc {
    private static final String SENTENCE_END = ".!?؟؛;";
    private static final String CLAUSE_END = "،,؛;:";
    private static final java.util.regex.Pattern NOT_FOLDED =
            java.util.regex.Pattern.compile("[أإآٱىةؤئء\\u064B-\\u065F\\u0640]");

    private final AnalyzedText text;
    private final List<Token> toks;
    /**
     * Each token's folded text and kind, read here without going through the token and its form: the frames ask
     * {@link #is}, {@link #word} and {@link #punct} at nearly every token, many times over.
     */
    private final String[] forms;
    private final Token.Kind[] kinds;
    private final List<List<Lexicon.Hit>> hits;
    /**
     * The bits of the words each token can be ({@link Word#bit}): a rule asks dozens of words at every token, and
     * most tokens are none of them.
     */
    private final long[] words;
    /**
     * For each word found in the text, the tokens that can be it, ascending ({@link #next}, {@link #previous}): a
     * rule that needs a word visits the tokens that can be it instead of asking every token.
     */
    private final Map<Word, int[]> tokensOf;
    private final int[] sentenceEnd;
    private final int[] clauseEnd;
    private final boolean[] quoted;
    private final boolean[] lineStarts;
    /** What {@link #tok} gives outside the text: no word, no reading, an empty span at the end. */
    private final Token outside;

    private Doc(AnalyzedText text, Lexicon lexicon) {
        this.text = text;
        this.toks = text.tokens();
        int n = toks.size();
        this.forms = new String[n];
        this.kinds = new Token.Kind[n];
        for (int i = 0; i < n; i++) {
            forms[i] = toks.get(i).text();
            kinds[i] = toks.get(i).kind();
        }
        int len = text.original().length();
        int foldedLen = text.folded().folded().length();
        this.outside = Token.bare(-1, Token.Kind.OTHER, foldedLen, "", new Span(len, len));
        List<List<Lexicon.Hit>> h = new ArrayList<>(n);
        // a word form is analysed once, and kept with the form: once per text (a long text repeats a few thousand
        // forms), or once per WordCache for the forms it keeps
        java.util.function.Function<Token.Form, List<Lexicon.Hit>> analyze = f -> lexicon.analyze(f.text());
        for (Token t : toks) {
            h.add(t.isWord() ? written(t.form().analysis(lexicon, analyze), text, t) : List.of());
        }
        this.hits = h;
        this.words = new long[n];
        Map<Word, int[]> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            List<Lexicon.Hit> found = h.get(i);
            for (int k = 0; k < found.size(); k++) {
                Word w = found.get(k).word();
                words[i] |= w.bit();
                int[] at = index.get(w); // at[0] tokens in at[1 ..]
                if (at == null) {
                    index.put(w, new int[] {1, i, 0, 0});
                } else if (at[at[0]] != i) { // two forms of one word in a token count once
                    if (at[0] + 1 == at.length) {
                        at = java.util.Arrays.copyOf(at, at.length * 2);
                        index.put(w, at);
                    }
                    at[++at[0]] = i;
                }
            }
        }
        index.replaceAll((w, at) -> java.util.Arrays.copyOfRange(at, 1, at[0] + 1));
        this.tokensOf = index;
        sentenceEnd = new int[n];
        clauseEnd = new int[n];
        quoted = new boolean[n];
        lineStarts = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            lineStarts[i] = i == 0 || text.startsLine(i);
        }
        boolean open = false;
        for (int i = 0; i < n; i++) {
            if (punct(i, "«“")) {
                open = true;
            } else if (punct(i, "»”")) {
                open = false;
            } else if (punct(i, "\"")) {
                open = !open;
            } else {
                quoted[i] = open;
            }
            if (i + 1 < n && text.startsLine(i + 1)) {
                open = false;
            }
        }
        for (Sentence s : text.sentences()) {
            int end = s.endToken();
            while (end > s.firstToken() && (punct(end - 1, SENTENCE_END) || punct(end - 1, "»\"”)'"))) {
                end--;
            }
            int cEnd = end;
            for (int i = s.endToken() - 1; i >= s.firstToken(); i--) {
                if (i < end && punct(i, CLAUSE_END)) {
                    cEnd = i;
                }
                sentenceEnd[i] = end;
                clauseEnd[i] = Math.min(cEnd, end);
            }
        }
    }

    /** Analyses {@code text} and finds the words of {@code lexicon} in it. */
    public static Doc of(String text, Lexicon lexicon) {
        return of(AnalyzedText.of(text), lexicon);
    }

    /**
     * Finds the words of {@code lexicon} in a text already analysed: each form's words are found once and kept
     * with the form ({@link Token.Form#analysis}), so the forms a {@code WordCache} keeps are analysed once for all
     * the texts that share it.
     */
    public static Doc of(AnalyzedText text, Lexicon lexicon) {
        return new Doc(text, lexicon);
    }

    /** The analysed text the entity taggers read; token indices are the same. */
    public AnalyzedText analyzed() {
        return text;
    }

    /**
     * What {@code read} answers at token {@code at} to the question {@code key}, read once per text: the frames ask
     * the entity taggers about the same tokens again and again (the body a heading names, the name after a role),
     * and a tagger's answer depends on the text and the token alone, so the answers are kept with the text ({@link
     * AnalyzedText#derived}), one array per question. {@code read} never answers null. Not thread-safe: a doc is
     * read by the one parse that made it.
     */
    @SuppressWarnings("unchecked")
    <T> T memo(Object key, int at, java.util.function.IntFunction<T> read) {
        if (at < 0 || at >= toks.size()) {
            return read.apply(at);
        }
        Object[] kept = text.derived(key, t -> new Object[t.tokens().size()]);
        if (kept[at] == null) {
            kept[at] = java.util.Objects.requireNonNull(read.apply(at));
        }
        return (T) kept[at];
    }

    public String original() {
        return text.original();
    }

    public int size() {
        return forms.length;
    }

    /** Token {@code i}; outside the text a token that is no word and reads as nothing. */
    public Token tok(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i) : outside;
    }

    /** The folded form of token {@code i} (clitics attached), or {@code ""} outside the text. */
    public String form(int i) {
        return i >= 0 && i < forms.length ? forms[i] : "";
    }

    /** True when token {@code i} is a word. */
    public boolean word(int i) {
        return i >= 0 && i < kinds.length && kinds[i] == Token.Kind.WORD;
    }

    /** True when token {@code i} is punctuation made of one of {@code chars}. */
    public boolean punct(int i, String chars) {
        if (i < 0 || i >= kinds.length || kinds[i] != Token.Kind.PUNCT) {
            return false;
        }
        return chars.indexOf(forms[i].charAt(0)) >= 0;
    }

    /** The folded length of the conjunction (و، ف) on token {@code i} as most likely read: 0 or 1. */
    public int conjunction(int i) {
        if (!word(i)) {
            return 0;
        }
        for (var a : toks.get(i).reading().affixes()) {
            if (a.clitic().isConjunction()) {
                return a.clitic().letters().length();
            }
        }
        return 0;
    }

    /**
     * The readings of a word less those its writing rules out: folding writes ة as ه, but a word written with ة
     * ({@code إدارة}) carries no pronoun ه ({@code أداره} "he ran it").
     */
    private static List<Lexicon.Hit> written(List<Lexicon.Hit> hits, AnalyzedText text, Token t) {
        if (hits.isEmpty() || text.lastLetter(t) != '\u0629') {
            return hits;
        }
        return hits.stream().filter(x -> !x.suffix().endsWith("ه")).toList();
    }

    /** True when token {@code i} is punctuation. */
    public boolean punct(int i) {
        return i >= 0 && i < kinds.length && kinds[i] == Token.Kind.PUNCT;
    }

    /** The cue words recognised in token {@code i}. */
    public List<Lexicon.Hit> hits(int i) {
        return i >= 0 && i < toks.size() ? hits.get(i) : List.of();
    }

    /** True when token {@code i}'s likeliest reading carries the preposition ل ({@code للحزب}, {@code لرئيس}). */
    public boolean hasLam(int i) {
        return tok(i).reading().has(org.nashra.parser.internal.text.Clitic.LI);
    }

    /** True when token {@code i} can be read as a verb of the frame lexicon ({@code عقد}, {@code قرر}). */
    public boolean verb(int i) {
        // a loop, not a stream: asked at most tokens of a text, which are no cue word at all
        List<Lexicon.Hit> found = hits(i);
        for (int k = 0; k < found.size(); k++) {
            if (found.get(k).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** The reading of token {@code i} as {@code word}, or null. */
    public Lexicon.Hit hit(int i, Word word) {
        if (i < 0 || i >= words.length || (words[i] & word.bit()) == 0) {
            return null;
        }
        List<Lexicon.Hit> found = hits.get(i);
        for (int k = 0; k < found.size(); k++) {
            if (found.get(k).word() == word) {
                return found.get(k);
            }
        }
        return null;
    }

    /** The first token at or after {@code from} that can be {@code word} ({@link #has}), or {@link #size()} when none. */
    public int next(Word word, int from) {
        int[] at = tokensOf.get(word);
        if (at == null) {
            return toks.size();
        }
        int k = java.util.Arrays.binarySearch(at, Math.max(from, 0));
        k = k >= 0 ? k : -k - 1;
        return k < at.length ? at[k] : toks.size();
    }

    /** The last token before {@code before} that can be {@code word} ({@link #has}), or -1 when none. */
    public int previous(Word word, int before) {
        int[] at = tokensOf.get(word);
        if (at == null) {
            return -1;
        }
        int k = java.util.Arrays.binarySearch(at, Math.min(before, toks.size()));
        k = k >= 0 ? k - 1 : -k - 2;
        return k >= 0 ? at[k] : -1;
    }

    /** True when token {@code i} is a form of {@code word}. */
    public boolean has(int i, Word word) {
        return hit(i, word) != null;
    }

    /** True when token {@code i} is a form of any of {@code words}. */
    public boolean hasAny(int i, Word... words) {
        for (Word w : words) {
            if (has(i, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when token {@code i} is one of {@code forms} exactly. The forms must be written folded
     * ({@code الي}, not {@code الى}); an unfolded one is a programming error (an assertion in tests).
     */
    public boolean is(int i, String... forms) {
        String f = form(i);
        for (String s : forms) {
            if (f.equals(s)) {
                return true;
            }
            assert !NOT_FOLDED.matcher(s).find() : "\"" + s + "\" is not folded";
        }
        return false;
    }

    /** First token of the sentence holding {@code i} (outside the text: the nearest end) (a sentence ends at . ! ? ؟ ؛ or a line break). */
    public int sentenceStart(int i) {
        return i < 0 || i >= toks.size() ? Math.max(0, Math.min(i, toks.size())) : text.sentenceOf(i).firstToken();
    }

    /** Where the content of the sentence holding {@code i} ends: its closing punctuation, or the next line. */
    public int sentenceEnd(int i) {
        return i < 0 || i >= toks.size() ? toks.size() : sentenceEnd[i];
    }

    /** The next clause limit at or after {@code i}: a comma, semicolon or colon, or the sentence end. */
    public int clauseEnd(int i) {
        return i < 0 || i >= toks.size() ? toks.size() : clauseEnd[i];
    }

    /** True when a sentence ends with token {@code i} (its closing punctuation). */
    public boolean isSentenceEnd(int i) {
        return i >= 0 && i < toks.size() && sentenceEnd[i] == i && punct(i, SENTENCE_END);
    }

    /** True when token {@code i} stands inside quotation marks ({@code «…»}, {@code "…"}): a title, a slogan. */
    public boolean quoted(int i) {
        return i >= 0 && i < quoted.length && quoted[i];
    }

    /** True when token {@code i} starts a line. */
    public boolean lineStart(int i) {
        return i == 0 || i > 0 && i < toks.size() && lineStarts[i];
    }

    /** The first token after the line holding {@code i}. */
    public int lineEnd(int i) {
        int j = i + 1;
        while (j < toks.size() && !lineStarts[j]) {
            j++;
        }
        return j;
    }

    /** The original span of tokens [{@code from}, {@code to}). */
    public Span span(int from, int to) {
        return span(from, 0, to);
    }

    /** The original span of tokens [{@code from}, {@code to}), leaving out the first {@code skip} folded chars. */
    public Span span(int from, int skip, int to) {
        if (to <= from) {
            int at = from < toks.size() ? toks.get(from).span().start() : text.original().length();
            return new Span(at, at);
        }
        int start = skip == 0 ? toks.get(from).span().start()
                : text.folded().originalStart(toks.get(from).start() + skip);
        return new Span(start, toks.get(to - 1).span().end());
    }

    /** The original text of tokens [{@code from}, {@code to}). */
    public String text(int from, int to) {
        return span(from, to).of(text.original());
    }

    /** The original text of {@code span}. */
    public String text(Span span) {
        return span.of(text.original());
    }

    /**
     * Tokens [{@code from}, {@code to}) as a value: the first {@code skip} folded chars of the
     * first token left out (a conjunction or preposition), closing punctuation trimmed, and the
     * article restored where a stripped ل stood for ل + ال ({@code للجنة} → {@code اللجنة}).
     * Null when nothing is left.
     */
    public Phrase phrase(int from, int skip, int to) {
        int end = Math.min(to, toks.size());
        while (end > from && punct(end - 1) && !closesWithin(from, end - 1)) {
            end--;
        }
        if (end <= from || skip >= toks.get(from).text().length()) {
            return null;
        }
        var reading = toks.get(from).reading();
        boolean lamArticle = skip > 0 && reading.has(Clitic.LI) && reading.definite();
        if (lamArticle) {
            // للجنة, وللحزب: ل + ال; the value gets its article back and starts after the preposition
            int stop = toks.get(end - 1).span().end();
            Span span = new Span(text.valueStart(toks.get(from), reading), stop);
            return new Phrase(text.withArticleBack(toks.get(from), reading, stop), span, from, end);
        }
        Span span = span(from, skip, end);
        String value = span.of(text.original());
        return new Phrase(value, span, from, end);
    }

    /** The index of the first token that ends after original offset {@code offset}; {@link #size()} when none. */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A closing quote or bracket at {@code at} whose opening one lies in [{@code from}, {@code at}). */
    private boolean closesWithin(int from, int at) {
        String open = switch (toks.get(at).text().substring(0, 1)) {
            case "»" -> "«";
            case ")" -> "(";
            case "\"" -> "\"";
            case "”" -> "“";
            default -> null;
        };
        if (open == null) {
            return false;
        }
        for (int k = at - 1; k >= from; k--) {
            if (toks.get(k).text().startsWith(open)) {
                return true;
            }
        }
        return false;
    }
}
