package org.nashra.parser.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Cuts a {@link FoldedText} into {@link Token}s in one left-to-right pass (linear: each char is looked at a bounded number of times). */
final class Tokenizer {
    /** At most this many spaces around a group separator ({@code ٢٨ /٦ /٢٠٢٠}). */
    private static final int MAX_GAP = 2;

    private final FoldedText folded;
    private final String s;
    private final int n;
    private final List<Token> tokens = new ArrayList<>();
    /**
     * One {@link Token.Form} per distinct folded text (words repeat: a long text has a few thousand distinct
     * ones among hundreds of thousands of tokens): a word is segmented once, a text's tokens share their
     * readings, and each form's hash is computed once for all the look-ups made with it.
     */
    private final Map<String, Token.Form> forms;
    /** One string per distinct stem, shared by the forms that have it ({@code والرفيق}, {@code الرفيق}). */
    private final Map<String, String> stems;
    /** The word forms of the texts read before this one, when the parser keeps them. */
    private final FormMemo<Token.Form> memo;
    /** The nouns after which a word holding an inner article is two words run together. */
    private final RunTogether heads;

    private Tokenizer(FoldedText folded, FormMemo<Token.Form> memo, RunTogether heads) {
        this.folded = folded;
        this.memo = memo;
        this.heads = heads;
        this.s = folded.folded();
        this.n = s.length();
        // about one distinct form every ten chars of a communiqué, fewer in a long text: made at that size, not grown
        int expected = Math.min(n / 10, 1 << 12);
        this.forms = new HashMap<>(Math.max(16, expected * 4 / 3));
        this.stems = new HashMap<>(Math.max(16, expected * 8 / 3));
    }

    static List<Token> tokenize(FoldedText folded, FormMemo<Token.Form> memo, RunTogether heads) {
        Tokenizer t = new Tokenizer(folded, memo, heads);
        t.run();
        return List.copyOf(t.tokens);
    }

    private void run() {
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (isArabicLetter(c)) {
                i = word(i);
            } else if (isDigit(c)) {
                i = number(i, i);
            } else if (Character.isLetter(c)) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) && !isArabicLetter(s.charAt(j)))) {
                    j++;
                }
                add(Token.Kind.LATIN, i, j);
                i = j;
            } else if (isPunct(c)) {
                int j = i + 1;
                while (j < n && s.charAt(j) == c) {
                    j++;
                }
                add(Token.Kind.PUNCT, i, j);
                i = j;
            } else {
                int j = i + Character.charCount(s.codePointAt(i));
                add(Token.Kind.OTHER, i, j);
                i = j;
            }
        }
    }

    /** The one string kept for {@code stem}. */
    private String shared(String stem) {
        String kept = stems.putIfAbsent(stem, stem);
        return kept == null ? stem : kept;
    }

    /**
     * Adds the token of {@code kind} at folded {@code [start, end)}, its form shared with the tokens before it
     * that have the same text; {@code readings} makes the readings of a new form from its text.
     */
    private void add(Token.Kind kind, int start, int end, Function<String, List<Reading>> readings) {
        addForm(kind, start, end, text -> {
            String kept = shared(text);
            return new Token.Form(kind, kept, readings.apply(kept));
        });
    }

    /**
     * Adds the word at folded {@code [start, end)}, its form taken from the memo when an earlier text read it; two
     * words run together ({@link RunTogether}) are added as two tokens, the cut found once per form and kept with it.
     */
    private void addWord(int start, int end) {
        // a form the memo keeps brings its own strings: only a new one is segmented and its strings shared with
        // the text's other forms (one map probe less for each word an earlier text read)
        Token.Form form = formOf(Token.Kind.WORD, start, end, text -> memo.get(text, word -> {
            String kept = shared(word);
            return new Token.Form(Token.Kind.WORD, kept, Segmenter.readings(kept, this::shared), heads,
                    heads == RunTogether.NONE ? 0 : Segmenter.runTogetherCut(kept, heads));
        }));
        int cut = heads == RunTogether.NONE ? 0 : form.cut(heads);
        if (cut > 0) {
            addWord(start, start + cut);
            addWord(start + cut, end);
        } else {
            tokens.add(new Token(tokens.size(), start, folded.originalSpan(start, end), form));
        }
    }

    /** Adds the token at folded {@code [start, end)}: the text's form of that text and kind, else {@code make}'s. */
    private void addForm(Token.Kind kind, int start, int end, Function<String, Token.Form> make) {
        Token.Form form = formOf(kind, start, end, make);
        tokens.add(new Token(tokens.size(), start, folded.originalSpan(start, end), form));
    }

    /** The text's form of folded {@code [start, end)} and {@code kind}, else {@code make}'s, kept for the text. */
    private Token.Form formOf(Token.Kind kind, int start, int end, Function<String, Token.Form> make) {
        String text = s.substring(start, end);
        Token.Form form = forms.get(text);
        if (form == null || form.kind() != kind) {
            form = make.apply(text);
            forms.putIfAbsent(form.text(), form);
        }
        return form;
    }

    /** An Arabic word from {@code i}; a clitic run directly before digits makes a number ({@code وبـ2018}). */
    private int word(int i) {
        int j = i;
        while (j < n && isArabicLetter(s.charAt(j))) {
            j++;
        }
        if (j < n && isDigit(s.charAt(j)) && j - i <= 2 && Segmenter.numberReading(s, i, j, j) != null) {
            return number(i, j);
        }
        addWord(i, j);
        return j;
    }

    /**
     * A number whose digits start at {@code digits} (after clitics from {@code start}); extended into a
     * {@link Token.Kind#NUMBER_GROUP} when separators and more numbers follow.
     */
    private int number(int start, int digits) {
        int end = digitRun(digits);
        int groupEnd = group(end);
        Token.Kind kind = Token.Kind.NUMBER_GROUP;
        if (groupEnd < 0) {
            kind = Token.Kind.NUMBER;
            groupEnd = decimal(end);
        }
        int clitics = digits - start;
        add(kind, start, groupEnd, text -> List.of(clitics == 0 ? Reading.bare(text)
                : Segmenter.numberReading(text, 0, clitics, text.length())));
        return groupEnd;
    }

    /** End of a decimal or thousands-separated number after digits ending at {@code end}: 2.5, ١٢٬٥٠٠, 1,000. */
    private int decimal(int end) {
        int at = end;
        while (at + 1 < n && isDigit(s.charAt(at + 1))) {
            char sep = s.charAt(at);
            int next = digitRun(at + 1);
            boolean thousands = (sep == ',' || sep == '٬') && next - at - 1 == 3;
            if (sep == '.' || sep == '٫' || thousands) {
                at = next;
                if (sep == '.' || sep == '٫') {
                    break;
                }
            } else {
                break;
            }
        }
        return at;
    }

    /**
     * The end of a number group starting with digits that end at {@code end}, or -1 when none: two or three
     * numbers joined by one separator kind ({@code / - . : –}), spaces around the separator only in three-part
     * groups, a decimal point not counting as a two-part group; or {@code 13-يونيو-2013}.
     */
    private int group(int end) {
        int parts = 1;
        int at = end;
        char sep = 0;
        boolean spaced = false;
        while (parts < 3) {
            int q = skipGap(at);
            if (q >= n || !isGroupSep(s.charAt(q)) || (sep != 0 && s.charAt(q) != sep)) {
                break;
            }
            char here = s.charAt(q);
            int r = skipGap(q + 1);
            if (r < n && isDigit(s.charAt(r))) {
                spaced |= q != at || r != q + 1;
                sep = here;
                at = digitRun(r);
                parts++;
            } else if (here == '-' && parts == 1 && q == at && r == q + 1 && r < n && isArabicLetter(s.charAt(r))) {
                int w = r;
                while (w < n && isArabicLetter(s.charAt(w))) {
                    w++;
                }
                if (w + 1 < n && s.charAt(w) == '-' && isDigit(s.charAt(w + 1))) {
                    return digitRun(w + 1);
                }
                break;
            } else {
                break;
            }
        }
        if (parts == 3) {
            return at;
        }
        if (parts == 2 && !spaced && sep != '.') {
            return at;
        }
        return -1;
    }

    private int skipGap(int at) {
        int k = at;
        while (k < n && k - at < MAX_GAP && s.charAt(k) == ' ') {
            k++;
        }
        return k < n && s.charAt(k) == ' ' ? at : k;
    }

    private int digitRun(int i) {
        int j = i;
        while (j < n && isDigit(s.charAt(j))) {
            j++;
        }
        return j;
    }

    private void add(Token.Kind kind, int start, int end) {
        add(kind, start, end, text -> List.of(Reading.bare(text)));
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u000B' || c == '\f';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isArabicLetter(char c) {
        return c >= '\u0620' && c <= '\u064A' && c != '\u0640'
                || c >= '\u066E' && c <= '\u06D3' && c != '\u06D4'
                || c == '\u06D5' || c >= '\u06EE' && c <= '\u06FF' && !(c >= '\u06F0' && c <= '\u06F9')
                || c >= '\u0750' && c <= '\u077F' || c >= '\u08A0' && c <= '\u08C9';
    }

    private static boolean isGroupSep(char c) {
        return c == '/' || c == '-' || c == '.' || c == ':' || c == '–' || c == '\\';
    }

    private static boolean isPunct(char c) {
        int t = Character.getType(c);
        return t == Character.OTHER_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.CONNECTOR_PUNCTUATION
                || c == '«' || c == '»';
    }
}
