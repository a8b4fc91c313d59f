package org.nashra.model;

/**
 * A party, union, association, committee or other body.
 *
 * <pre>{@code
 * Organization league = new Organization("رابطة المراة العراقية", "فرع غوتنبرغ", null, null, new Span(10, 42));
 * }</pre>
 *
 * @param name   the name as written (with its article restored after ل)
 * @param branch {@code فرع X} or a designation of a branch, or null
 * @param organ  the body inside it that acts ({@code المكتب السياسي}), or null
 * @param place  a trailing {@code في X}, or null
 * @param span   the mention; null for a value not read from a text
 */
public record Organization(String name, String branch, String organ, Place place, Span span) implements Party {
    public Organization {
        name = Checks.optionalText("name", name);
        branch = Checks.optionalText("branch", branch);
        organ = Checks.optionalText("organ", organ);
    }
}
