package org.nashra.parser.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits tokens into {@link Sentence}s: after {@code . ؟ ? ! ؛ ;} (with the closing quotes and brackets
 * that follow) and at line breaks, but not where the press wrapped a sentence ({@link #softBreak}). Not after an abbreviation: a lone letter written right before the
 * dot ({@code د.}, {@code م.}, {@code ت.}), unless it is the era letter after a year ({@code 1946 م.}).
 * Dots inside numbers and dates never split, since those are single tokens. An ellipsis ({@code ...},
 * {@code …}) does not end a sentence.
 */
final class Sentences {
    /** Words that cannot end a sentence ({@code line-continuations.txt}): a line that ends with one goes on. */
    private static final Set<String> DANGLING = Segmenter.load("line-continuations.txt");

    private Sentences() {
    }

    static List<Sentence> split(FoldedText folded, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        String s = folded.folded();
        int first = 0;
        boolean wrapped = wrapped(s, tokens);
        for (int i = 0; i < tokens.size(); i++) {
            if (i > first && lineBreakBetween(s, tokens.get(i - 1), tokens.get(i)) && !goesOn(s, tokens, i, wrapped)) {
                out.add(sentence(folded, tokens, out.size(), first, i));
                first = i;
            }
            if (endsSentence(tokens, i)) {
                int end = i + 1;
                while (end < tokens.size() && (isTerminator(tokens.get(end)) || isCloser(tokens.get(end)))
                        && !lineBreakBetween(s, tokens.get(end - 1), tokens.get(end))) {
                    end++;
                }
                out.add(sentence(folded, tokens, out.size(), first, end));
                first = end;
                i = end - 1;
            }
        }
        if (first < tokens.size()) {
            out.add(sentence(folded, tokens, out.size(), first, tokens.size()));
        }
        return List.copyOf(out);
    }

    /**
     * True when the line break before token {@code i} is the press's hard wrap inside a sentence, not the end of a
     * line of its own: the line before ends with a word that cannot end a sentence ({@code في}, {@code الذي},
     * {@code السيد}) or with a comma after five words or more ({@code تحية رفاقية،} is a salutation line), and
     * the next line starts with a word (not a bullet, number or dash).
     */
    private static boolean softBreak(String s, List<Token> tokens, int i) {
        Token last = tokens.get(i - 1);
        if (tokens.get(i).kind() != Token.Kind.WORD) {
            return false;
        }
        if (last.kind() == Token.Kind.WORD) {
            return DANGLING.contains(s.substring(last.start(), last.end()));
        }
        if (!last.isPunct('،') && !last.isPunct(',')) {
            return false;
        }
        int words = 0;
        for (int k = i - 2; k >= 0 && words < 5; k--) {
            words += tokens.get(k).kind() == Token.Kind.WORD ? 1 : 0;
            if (k > 0 && lineBreakBetween(s, tokens.get(k - 1), tokens.get(k))) {
                break;
            }
        }
        return words >= 5;
    }

    private static boolean goesOn(String s, List<Token> tokens, int i, boolean wrapped) {
        return softBreak(s, tokens, i) || wrapped && tokens.get(i - 1).kind() == Token.Kind.WORD
                && tokens.get(i).kind() == Token.Kind.WORD && !blankLine(s, tokens.get(i - 1), tokens.get(i));
    }

    /**
     * True when two lines or more of the text break inside a sentence ({@link #softBreak}): the text was
     * hard-wrapped (copied from a narrow column or a mail), so any line that ends and starts with a word goes on,
     * unless a blank line ends its paragraph.
     */
    private static boolean wrapped(String s, List<Token> tokens) {
        int soft = 0;
        for (int i = 1; i < tokens.size() && soft < 2; i++) {
            if (lineBreakBetween(s, tokens.get(i - 1), tokens.get(i)) && softBreak(s, tokens, i)) {
                soft++;
            }
        }
        return soft >= 2;
    }

    private static boolean blankLine(String s, Token a, Token b) {
        int breaks = 0;
        for (int k = a.end(); k < b.start(); k++) {
            breaks += s.charAt(k) == '\n' ? 1 : 0;
        }
        return breaks > 1;
    }

    static boolean lineBreakBetween(String s, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028' || c == '\u0085') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!isTerminator(t)) {
            return false;
        }
        if (t.isPunct('.') && i > 0) {
            Token prev = tokens.get(i - 1);
            // د. and ود. (a lone letter, or one after the conjunction و): an abbreviated title, no sentence end
            boolean letter = prev.text().length() == 1 || prev.text().length() == 2 && prev.text().charAt(0) == 'و';
            boolean abbreviation = prev.isWord() && letter && prev.end() == t.start();
            boolean era = abbreviation && (prev.is("م") || prev.is("ه")) && i > 1
                    && (tokens.get(i - 2).isNumber() || tokens.get(i - 2).kind() == Token.Kind.NUMBER_GROUP);
            return !abbreviation || era;
        }
        return true;
    }

    private static boolean isTerminator(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        char c = t.text().charAt(0);
        return (c == '.' && t.text().length() == 1) || c == '؟' || c == '?' || c == '!' || c == '؛' || c == ';';
    }

    private static boolean isCloser(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        char c = t.text().charAt(0);
        return c == '»' || c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '}'
                || c == '›';
    }

    private static Sentence sentence(FoldedText folded, List<Token> tokens, int index, int first, int end) {
        int start = tokens.get(first).start();
        int stop = tokens.get(end - 1).end();
        return new Sentence(index, first, end, start, stop, folded.originalSpan(start, stop));
    }
}
