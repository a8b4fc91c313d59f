package org.nashra.parser.internal.text;

import java.util.Objects;

/**
 * One clitic of a {@link Reading}, where it is written in its word. Offsets are folded and relative to the
 * start of the word, so that one reading serves every occurrence of a word form; {@link AnalyzedText#span(Token,
 * Affix)} gives the original span of an affix of a token.
 *
 * <pre>{@code
 * // in "وبالرفيق": Affix[clitic=WA, offset=0, length=1], Affix[clitic=BI, offset=1, length=1],
 * //                Affix[clitic=AL, offset=2, length=2]
 * }</pre>
 *
 * @param clitic which clitic
 * @param offset folded offset of its first letter in the word
 * @param length its folded letters; 0 for the article fused into a stem that starts with ل ({@code للجنة} read
 *               as {@code ل + ال + لجنة})
 */
public record Affix(Clitic clitic, int offset, int length) {
    public Affix {
        Objects.requireNonNull(clitic, "clitic");
    }

    /** False for the article fused into the stem ({@code للجنة}), which has no letter of its own. */
    public boolean written() {
        return length > 0;
    }
}
