package org.nashra.parser.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits tokens into {@link Sentence}s: after {@code . ؟ ? ! ؛ ;} (with the closing quotes and brackets
 * that follow) and at every line break. Not after an abbreviation: a lone letter written right before the
 * dot ({@code د.}, {@code م.}, {@code ت.}), unless it is the era letter after a year ({@code 1946 م.}).
 * Dots inside numbers and dates never split, since those are single tokens. An ellipsis ({@code ...},
 * {@code …}) does not end a sentence.
 */
final class Sentences {
    private Sentences() {
    }

    static List<Sentence> split(FoldedText folded, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        String s = folded.folded();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > first && lineBreakBetween(s, tokens.get(i - 1), tokens.get(i))) {
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
