package org.nashra.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A person: a name, a kunya, honorifics and a role, any of which may be all the
 * text gives.
 *
 * <pre>{@code
 * Person secretary = Person.builder()
 *         .name("سلمى يوسف")
 *         .honorific("الرفيقة")
 *         .role("سكرتيرة اللجنة")
 *         .gender(Gender.FEMALE)
 *         .build();
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
    /**
     * Validates the fields.
     *
     * @param name the name as written, or null
     * @param alias a kunya or nickname, or null
     * @param honorifics titles before the name; null reads as empty
     * @param role the office or profession, or null
     * @param gender as marked by the text, or null
     * @param span the mention, or null
     * @throws NullPointerException if an element of {@code honorifics} is null
     * @throws IllegalArgumentException if {@code name}, {@code alias} or {@code role} is blank
     */
    public Person {
        name = Checks.optionalText("name", name);
        alias = Checks.optionalText("alias", alias);
        role = Checks.optionalText("role", role);
        honorifics = Checks.copy("honorifics", honorifics);
    }

    /**
     * A builder whose fields all start absent, empty or false.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this person's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.alias = alias;
        b.honorifics.addAll(honorifics);
        b.role = role;
        b.gender = gender;
        b.span = span;
        return b;
    }

    /** Assembles a {@link Person}; not thread-safe, build once. */
    public static final class Builder {
        private String name;
        private String alias;
        private final ArrayList<String> honorifics = new ArrayList<>();
        private String role;
        private Gender gender;
        private Span span;

        private Builder() {
        }

        /**
         * Sets the name as written; null leaves it unknown.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) { this.name = value; return this; }
        /**
         * Sets the kunya ({@code ابو شوان}) or nickname; null for none.
         *
         * @param value the alias
         * @return this builder
         */
        public Builder alias(String value) { this.alias = value; return this; }
        /**
         * Adds a title written before the name ({@code الرفيق}).
         *
         * @param value the honorific; never null
         * @return this builder
         */
        public Builder honorific(String value) { honorifics.add(Checks.required("honorific", value)); return this; }
        /**
         * Replaces the honorifics with {@code values}.
         *
         * @param values the honorifics; none may be null
         * @return this builder
         */
        public Builder honorifics(List<String> values) { honorifics.clear(); values.forEach(this::honorific); return this; }
        /**
         * Sets the office or profession; null leaves it unknown.
         *
         * @param value the role
         * @return this builder
         */
        public Builder role(String value) { this.role = value; return this; }
        /**
         * Sets the gender as the text marks it; null when it does not.
         *
         * @param value the gender
         * @return this builder
         */
        public Builder gender(Gender value) { this.gender = value; return this; }
        /**
         * Sets the mention; null for a value not read from a text.
         *
         * @param value the span
         * @return this builder
         */
        public Builder span(Span value) { this.span = value; return this; }

        /**
         * Builds the person, validated as by its constructor.
         *
         * @return the person
         */
        public Person build() {
            return new Person(name, alias, honorifics, role, gender, span);
        }
    }
}
