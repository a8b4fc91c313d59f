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
    public Person {
        name = Checks.optionalText("name", name);
        alias = Checks.optionalText("alias", alias);
        role = Checks.optionalText("role", role);
        honorifics = Checks.copy("honorifics", honorifics);
    }

    /** A builder whose fields all start absent, empty or false. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this person's values, to derive a changed copy. */
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

        public Builder name(String value) { this.name = value; return this; }
        public Builder alias(String value) { this.alias = value; return this; }
        public Builder honorific(String value) { honorifics.add(Checks.required("honorific", value)); return this; }
        /** Replaces the honorifics with {@code values}. */
        public Builder honorifics(List<String> values) { honorifics.clear(); values.forEach(this::honorific); return this; }
        public Builder role(String value) { this.role = value; return this; }
        public Builder gender(Gender value) { this.gender = value; return this; }
        public Builder span(Span value) { this.span = value; return this; }

        public Person build() {
            return new Person(name, alias, honorifics, role, gender, span);
        }
    }
}
