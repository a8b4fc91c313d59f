package org.nashra.parser.internal.frame;

import java.util.ArrayList;
import java.util.List;
import org.nashra.model.Span;
import org.nashra.parser.internal.text.FoldedText;

/**
 * A text as the frame rules read it: folded tokens with their words recognised,
 * sentence and clause limits, and the way back to the original text for every
 * value cut from it.
 *
 * <pre>{@code
 * Doc doc = Doc.of("وطالب المؤتمر بإطلاق المعتقلين.", Vocabulary.LEXICON);
 * doc.has(0, Vocabulary.DEMAND);  // true
 * doc.text(1, 2);                 // "المؤتمر", from the original
 * doc.sentenceEnd(0);             // 4: the full stop
 * }</pre>
 *
 * Building a doc is linear in the text: tokens are analysed once, limits are
 * found in one pass each.
 */
public final class Doc {
    private static final String SENTENCE_END = ".!?؟";
    private static final String CLAUSE_END = "،,؛;:";

    private final FoldedText folded;
    private final List<Tok> toks;
    private final List<List<Lexicon.Hit>> hits;
    private final int[] sentenceStart;
    private final int[] sentenceEnd;
    private final int[] clauseEnd;

    private Doc(FoldedText folded, List<Tok> toks, Lexicon lexicon) {
        this.folded = folded;
        this.toks = toks;
        List<List<Lexicon.Hit>> h = new ArrayList<>(toks.size());
        for (Tok t : toks) {
            h.add(t.isWord() ? lexicon.analyze(t.form()) : List.of());
        }
        this.hits = h;
        int n = toks.size();
        sentenceStart = new int[n];
        sentenceEnd = new int[n];
        clauseEnd = new int[n];
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (i > start && toks.get(i).newlines() > 0) {
                start = i;
            }
            sentenceStart[i] = start;
            if (isSentenceEnd(i)) {
                start = i + 1;
            }
        }
        int end = n;
        int cEnd = n;
        for (int i = n - 1; i >= 0; i--) {
            if (isSentenceEnd(i) || (i + 1 < n && toks.get(i + 1).newlines() > 0)) {
                end = isSentenceEnd(i) ? i : i + 1;
                cEnd = end;
            }
            if (toks.get(i).isPunct(CLAUSE_END)) {
                cEnd = i;
            }
            sentenceEnd[i] = end;
            clauseEnd[i] = cEnd;
        }
    }

    /** Folds and tokenises {@code text} and finds the words of {@code lexicon} in it. */
    public static Doc of(String text, Lexicon lexicon) {
        FoldedText f = FoldedText.of(text);
        return new Doc(f, tokenize(f.folded()), lexicon);
    }

    public String original() {
        return folded.original();
    }

    public FoldedText folded() {
        return folded;
    }

    public int size() {
        return toks.size();
    }

    public Tok tok(int i) {
        return toks.get(i);
    }

    public List<Tok> toks() {
        return toks;
    }

    /** The folded form of token {@code i}, or {@code ""} outside the text. */
    public String form(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i).form() : "";
    }

    /** The words recognised in token {@code i}. */
    public List<Lexicon.Hit> hits(int i) {
        return i >= 0 && i < toks.size() ? hits.get(i) : List.of();
    }

    /** The reading of token {@code i} as {@code word}, or null. */
    public Lexicon.Hit hit(int i, Word word) {
        for (Lexicon.Hit h : hits(i)) {
            if (h.word() == word) {
                return h;
            }
        }
        return null;
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
            assert !NOT_FOLDED.matcher(s).find() : "\"" + s + "\" is not folded; write " + FoldedText.fold(s);
        }
        return false;
    }

    private static final java.util.regex.Pattern NOT_FOLDED =
            java.util.regex.Pattern.compile("[أإآٱىةؤئء\u064B-\u065F\u0640]");

    /** First token of the sentence holding {@code i} (a sentence ends at . ! ? ؟ or a line break). */
    public int sentenceStart(int i) {
        return sentenceStart[i];
    }

    /** The token ending the sentence holding {@code i} (its full stop, or the first token of the next line). */
    public int sentenceEnd(int i) {
        return sentenceEnd[i];
    }

    /** The next clause limit at or after {@code i}: a comma, semicolon or colon, or the sentence end. */
    public int clauseEnd(int i) {
        return clauseEnd[i];
    }

    /** True when a sentence ends at token {@code i}. */
    public boolean isSentenceEnd(int i) {
        if (i < 0 || i >= toks.size() || !toks.get(i).isPunct(SENTENCE_END)) {
            return false;
        }
        if (toks.get(i).isPunct(".")) {
            Tok prev = i > 0 ? toks.get(i - 1) : null;
            Tok next = i + 1 < toks.size() ? toks.get(i + 1) : null;
            // 1.5 and the abbreviation د. do not end a sentence
            boolean inNumber = prev != null && next != null && prev.type() == Tok.Type.NUMBER
                    && next.type() == Tok.Type.NUMBER && prev.end() == toks.get(i).start()
                    && next.start() == toks.get(i).end();
            boolean abbreviation = prev != null && prev.isWord() && prev.form().length() == 1
                    && prev.end() == toks.get(i).start();
            return !inNumber && !abbreviation;
        }
        return true;
    }

    /** True when token {@code i} starts a line. */
    public boolean lineStart(int i) {
        return i == 0 || (i < toks.size() && toks.get(i).newlines() > 0);
    }

    /** The first token after the line holding {@code i}. */
    public int lineEnd(int i) {
        int j = i + 1;
        while (j < toks.size() && toks.get(j).newlines() == 0) {
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
            int at = from < toks.size() ? folded.originalStart(toks.get(from).start()) : folded.original().length();
            return new Span(at, at);
        }
        return folded.originalSpan(toks.get(from).start() + skip, toks.get(to - 1).end());
    }

    /** The original text of tokens [{@code from}, {@code to}). */
    public String text(int from, int to) {
        return span(from, to).of(folded.original());
    }

    /** The original text of {@code span}. */
    public String text(Span span) {
        return span.of(folded.original());
    }

    /** The index of the first token that ends after original offset {@code offset}; {@link #size()} when none. */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (folded.originalEnd(toks.get(mid).end()) <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the first token starting at or after original offset {@code offset}. */
    public int tokenFrom(int offset) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (folded.originalStart(toks.get(mid).start()) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Tokens [{@code from}, {@code to}) as a value: the first {@code skip} folded chars of the
     * first token left out (a conjunction or preposition), closing punctuation trimmed, and the
     * article restored where a stripped ل stood for ل + ال ({@code للجنة} → {@code اللجنة}).
     * Null when nothing is left.
     */
    public Phrase phrase(int from, int skip, int to) {
        int end = Math.min(to, toks.size());
        while (end > from && toks.get(end - 1).isPunct() && !closesWithin(from, end - 1)) {
            end--;
        }
        if (end <= from || skip >= toks.get(from).form().length()) {
            return null;
        }
        Span span = span(from, skip, end);
        String text = span.of(folded.original());
        String first = toks.get(from).form();
        if (skip > 0 && first.charAt(skip - 1) == 'ل' && first.startsWith("ل", skip)
                && (skip < 2 || first.charAt(skip - 2) != 'ا')) {
            text = "ا" + text;
        }
        return new Phrase(text, span, from, end);
    }

    /** A closing quote or bracket at {@code at} whose opening one lies in [{@code from}, {@code at}). */
    private boolean closesWithin(int from, int at) {
        String c = toks.get(at).form();
        String open = switch (c) {
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
            if (toks.get(k).form().equals(open)) {
                return true;
            }
        }
        return false;
    }

    static List<Tok> tokenize(String s) {
        List<Tok> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        int newlines = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                newlines++;
                i++;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                i++;
            } else if (isLetter(c)) {
                int j = i;
                while (j < n && isLetter(s.charAt(j))) {
                    j++;
                }
                out.add(new Tok(out.size(), s.substring(i, j), i, j, Tok.Type.WORD, newlines));
                newlines = 0;
                i = j;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                out.add(new Tok(out.size(), s.substring(i, j), i, j, Tok.Type.NUMBER, newlines));
                newlines = 0;
                i = j;
            } else {
                int len = Character.charCount(s.codePointAt(i));
                out.add(new Tok(out.size(), s.substring(i, i + len), i, i + len, Tok.Type.PUNCT, newlines));
                newlines = 0;
                i += len;
            }
        }
        return out;
    }

    private static boolean isLetter(char c) {
        return Character.isLetter(c) && !(c >= '0' && c <= '9');
    }
}
