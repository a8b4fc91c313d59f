package org.nashra.model;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the records; messages name the field and the bad value. */
final class Checks {
    private Checks() {
    }

    /** An immutable copy of {@code list}; {@code null} reads as empty, a null element is rejected. */
    static <T> List<T> copy(String field, List<T> list) {
        if (list == null) {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new NullPointerException(field + "[" + i + "] is null");
            }
        }
        return List.copyOf(list);
    }

    static <T> T required(String field, T value) {
        return Objects.requireNonNull(value, () -> field + " is required");
    }

    /** Null stays null; a blank string is rejected because it reads as a value but says nothing. */
    static String optionalText(String field, String value) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(field + " is blank: \"" + value + "\"; use null for an absent value");
        }
        return value;
    }
}
