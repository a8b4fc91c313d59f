package org.nashra.parser.internal.frame;

/**
 * A value read from tokens [{@code from}, {@code to}) of a {@link Doc}.
 *
 * <pre>{@code
 * Found<Person> p = entities.person(doc, 5, doc.clauseEnd(5));
 * int next = p.to();   // where reading goes on
 * }</pre>
 */
public record Found<T>(T value, int from, int to) {
    public Found {
        if (value == null || from < 0 || to < from) {
            throw new IllegalArgumentException("found " + value + " at [" + from + ", " + to + ")");
        }
    }
}
