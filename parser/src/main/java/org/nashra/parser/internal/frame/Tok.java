package org.nashra.parser.internal.frame;

/**
 * One token of the folded text as the frames see it: a word, a number or a
 * single punctuation mark.
 *
 * <pre>{@code
 * Tok t = doc.tok(3);
 * t.form();        // "وطالب" — folded, clitics still attached
 * doc.span(3, 4);  // its span in the original text
 * }</pre>
 *
 * @param index      position in the document's token list
 * @param form       the folded form (hamza seats, ة and ى folded, harakat dropped)
 * @param start      folded offset of the first char
 * @param end        folded offset after the last char
 * @param type       word, number or punctuation
 * @param newlines   line breaks between the previous token and this one
 */
public record Tok(int index, String form, int start, int end, Type type, int newlines) {

    /** What a token is made of. */
    public enum Type { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isPunct() {
        return type == Type.PUNCT;
    }

    /** True for a punctuation token made of exactly one of {@code chars}. */
    public boolean isPunct(String chars) {
        return type == Type.PUNCT && form.length() == 1 && chars.indexOf(form.charAt(0)) >= 0;
    }
}
