package org.nashra.model;

/**
 * Who acts, speaks, is greeted or attends: a {@link Person}, an
 * {@link Organization} or a {@link Group} of people that is neither.
 *
 * <pre>{@code
 * String label = switch (party) {
 *     case Person p -> p.name() != null ? p.name() : p.role();      // Java 21 pattern switch
 *     case Organization o -> o.name();
 *     case Group g -> g.text();
 * };
 * }</pre>
 *
 * On Java 17 use {@code instanceof} patterns; the hierarchy is sealed, so the three cases are all there is.
 */
public sealed interface Party permits Person, Organization, Group {
    /**
     * The mention of this party in the fact it belongs to.
     *
     * @return the span; null for a value not read from a text
     */
    Span span();
}
