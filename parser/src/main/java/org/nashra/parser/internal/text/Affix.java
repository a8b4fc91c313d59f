package org.nashra.parser.internal.text;

import java.util.Objects;
import org.nashra.model.Span;

/**
 * One clitic of a {@link Reading}, where it is written.
 *
 * <pre>{@code
 * // in "وبالرفيق": Affix[clitic=WA, span=[0, 1)], Affix[clitic=BI, span=[1, 2)], Affix[clitic=AL, span=[2, 4)]
 * }</pre>
 *
 * @param clitic which clitic
 * @param start  folded offset of its first letter
 * @param end    folded offset after its last letter; equals {@code start} for the article fused into a
 *               stem that starts with ل ({@code للجنة} read as {@code ل + ال + لجنة})
 * @param span   its original span
 */
public record Affix(Clitic clitic, int start, int end, Span span) {
    public Affix {
        Objects.requireNonNull(clitic, "clitic");
        Objects.requireNonNull(span, "span");
    }
}
