package org.nashra.parser.internal.entity;

import org.nashra.model.Person;

/**
 * A person found in a text, with the tokens the mention covers.
 *
 * <pre>{@code
 * AnalyzedText t = AnalyzedText.of("بحضور الرفيق رائد فهمي، سكرتير اللجنة المركزية للحزب");
 * PersonMention m = PersonTagger.standard().personAt(t, 1).orElseThrow();
 * m.person().name();   // "رائد فهمي"
 * m.person().role();   // "سكرتير اللجنة المركزية للحزب"
 * }</pre>
 *
 * @param person     the person, its span into the original text
 * @param firstToken the first token of the mention
 * @param endToken   the token after the last
 * @param shared     true when the mention's title or role is dual or plural (الرفيقين، الدكاترة، نائبتين),
 *                   so it governs further persons of a list
 */
public record PersonMention(Person person, int firstToken, int endToken, boolean shared) implements PartyMention {
    @Override
    public Person party() {
        return person;
    }
}
