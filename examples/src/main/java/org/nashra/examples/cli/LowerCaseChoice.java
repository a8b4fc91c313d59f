package org.nashra.examples.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an enum option value as the help lists it, by the constant's {@code toString()}:
 * {@code --format pdf}. Case is ignored; a wrong value names the choices in that same form.
 */
final class LowerCaseChoice<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    LowerCaseChoice(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        E[] constants = type.getEnumConstants();
        for (E constant : constants) {
            if (constant.toString().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        String choices = Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", "));
        throw new TypeConversionException("expected one of " + choices + " but was '" + value + "'");
    }
}
