package org.nashra.parser.internal.gazetteer;

/** Singular, dual or plural, as a title or role marks it ({@code الرفيق}, {@code الرفيقين}, {@code الرفاق}). */
public enum GrammaticalNumber {
    SINGULAR, DUAL, PLURAL;

    /** True when one such title governs several persons. */
    public boolean isShared() {
        return this != SINGULAR;
    }

    static GrammaticalNumber parse(Tsv.Row row, String cell) {
        return switch (cell) {
            case "sg" -> SINGULAR;
            case "du" -> DUAL;
            case "pl" -> PLURAL;
            default -> throw row.error("number must be sg, du or pl, not \"" + cell + "\"");
        };
    }
}
