package org.nashra.model;

/** Grammatical gender of a person as the text marks it ({@code الرفيق} / {@code الرفيقة}). */
public enum Gender {
    /** Masculine ({@code الرفيق}). */
    MALE,
    /** Feminine ({@code الرفيقة}). */
    FEMALE
}
