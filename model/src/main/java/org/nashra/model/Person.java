package org.nashra.model;

import java.util.List;

/**
 * A person: a name, a kunya, honorifics and a role, any of which may be all the
 * text gives.
 *
 * <pre>{@code
 * Person raed = new Person("رائد فهمي", null, List.of("الرفيق"),
 *         "سكرتير اللجنة المركزية للحزب", Gender.MALE, new Span(111, 157));
 * Person byKunya = new Person(null, "ابو تارا", List.of(), null, Gender.MALE, null);
 * }</pre>
 *
 * @param name       the name as written, or null
 * @param alias      a kunya ({@code ابو شوان}) or nickname, or null
 * @param honorifics titles before the name as written ({@code الرفيق}, {@code الدكتور}); never null
 * @param role       the office or profession, or null
 * @param gender     as marked by the text, or null
 * @param span       the mention; null for a value not read from a text
 */
public record Person(String name, String alias, List<String> honorifics, String role, Gender gender, Span span)
        implements Party {
    public Person {
        name = Checks.optionalText("name", name);
        alias = Checks.optionalText("alias", alias);
        role = Checks.optionalText("role", role);
        honorifics = Checks.copy("honorifics", honorifics);
    }
}
