package org.nashra.render.pdf.internal.justify;

import java.util.Objects;

/**
 * A place where tatweels (U+0640) may be inserted to elongate a word: before the char at
 * {@code offset}, which is always after the combining marks of the letter before the join, so
 * harakat stay on their letter.
 *
 * <pre>{@code
 * KashidaOpportunity o = KashidaAnalysis.find("سلام").get(0);
 * String elongated = "سلام".substring(0, o.offset()) + "ـ" + "سلام".substring(o.offset()); // سـلام
 * }</pre>
 *
 * @param offset UTF-16 offset in the analysed text at which tatweels go
 * @param rule   why the join may be elongated, which ranks it against other places
 */
public record KashidaOpportunity(int offset, KashidaRule rule) {
    public KashidaOpportunity {
        if (offset < 1) {
            throw new IllegalArgumentException("a kashida goes after a letter, so offset " + offset + " is impossible");
        }
        Objects.requireNonNull(rule, "rule");
    }
}
