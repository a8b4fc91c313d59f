package org.nashra.parser.internal.gazetteer;

import org.nashra.model.Gender;

/**
 * A title or role head: what it is, and the gender and number it marks.
 *
 * <pre>{@code
 * Title comrades = new Title(Title.Kind.HONORIFIC, Gender.MALE, GrammaticalNumber.DUAL);   // الرفيقين
 * Title poet = new Title(Title.Kind.PROFESSION, Gender.FEMALE, GrammaticalNumber.SINGULAR); // الشاعرة
 * }</pre>
 *
 * @param kind   honorific (before a name, kept in {@code honorifics}), role, profession or quantifier
 * @param gender the gender the form marks, or null when it marks none ({@code د.})
 * @param number singular, dual or plural
 */
public record Title(Kind kind, Gender gender, GrammaticalNumber number) {
    /** The kinds of titles. */
    public enum Kind {
        /** Kept as written in a person's honorifics: الرفيق، الدكتورة، السادة. */
        HONORIFIC,
        /** An office: رئيس، عضو، مسؤولة. */
        ROLE,
        /** An occupation; before a name it is the person's role: الشاعرة، الفنان. */
        PROFESSION,
        /** "One of", taking a plural: احد، احدى. */
        QUANTIFIER
    }

    static Gender gender(Tsv.Row row, String cell) {
        return switch (cell) {
            case "m" -> Gender.MALE;
            case "f" -> Gender.FEMALE;
            case "-" -> null;
            default -> throw row.error("gender must be m, f or -, not \"" + cell + "\"");
        };
    }
}
