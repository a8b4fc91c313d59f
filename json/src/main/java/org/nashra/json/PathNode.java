package org.nashra.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A JSON value with its path from the bulletin object, so that every complaint says where and
 * what: {@code meetings[0].ordinal: "seven" is not an integer}. An absent field is a
 * {@link com.fasterxml.jackson.databind.node.MissingNode}; the optional readers take it, and
 * {@code null}, as an absent value.
 */
final class PathNode {
    /** Longest value quoted in a message; a bulletin-sized object is not worth repeating. */
    private static final int SHOWN = 80;

    private final JsonNode node;
    private final String path;

    PathNode(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The path of field {@code name} of the value at {@code path}. */
    static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The path of item {@code index} of the list at {@code path}. */
    static String item(String path, int index) {
        return path + "[" + index + "]";
    }

    /** Field {@code name} of this object (callers have checked that this is an object). */
    PathNode get(String name) {
        return new PathNode(node.path(name), field(path, name));
    }

    boolean absent() {
        return node.isMissingNode() || node.isNull();
    }

    BulletinJsonException error(String detail, Throwable cause) {
        return new BulletinJsonException(path, detail, cause);
    }

    /** This value is not what the schema wants here. */
    BulletinJsonException notA(String expected) {
        return error(node.isMissingNode() ? "missing, expected " + expected : shown() + " is not " + expected, null);
    }

    /** The value as JSON text, shortened to {@value #SHOWN} chars. */
    private String shown() {
        if (node.isDouble() && !Double.isFinite(node.doubleValue())) {
            // 1e999999 reads as infinity, which Jackson would write as the string "Infinity"
            return "a number out of range";
        }
        String json = node.toString();
        return json.length() <= SHOWN ? json : json.substring(0, SHOWN) + "…";
    }

    String text() {
        return absent() ? null : requiredText();
    }

    String requiredText() {
        if (!node.isTextual()) {
            throw notA("a string");
        }
        return node.textValue();
    }

    Integer integer() {
        return absent() ? null : requiredInt();
    }

    int requiredInt() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw notA("an integer");
        }
        return node.intValue();
    }

    /** A boolean; absent reads as false. */
    boolean bool() {
        if (absent()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw notA("true or false");
        }
        return node.booleanValue();
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
        return absent() ? null : requiredEnum(type);
    }

    /** An enum constant spelled in lower case: {@code "minute_of_silence"}. */
    <E extends Enum<E>> E requiredEnum(Class<E> type) {
        E[] constants = type.getEnumConstants();
        if (node.isTextual()) {
            for (E e : constants) {
                if (BulletinWriter.jsonName(e).equals(node.textValue())) {
                    return e;
                }
            }
        }
        throw notA("one of " + Arrays.stream(constants).map(BulletinWriter::jsonName).collect(Collectors.joining(", ")));
    }

    /**
     * A string read by {@code parser}, or null when absent. An {@link IllegalArgumentException}
     * of the parser is taken to name the value (as {@code IsoDate.parse} does); a
     * {@link DateTimeException} is reported as not {@code expected}.
     */
    <T> T parsed(String expected, Function<String, T> parser) {
        if (absent()) {
            return null;
        }
        if (!node.isTextual()) {
            throw notA(expected);
        }
        try {
            return parser.apply(node.textValue());
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), e);
        } catch (DateTimeException e) {
            throw error(shown() + " is not " + expected, e);
        }
    }

    <T> T object(Function<PathNode, T> reader) {
        return absent() ? null : requiredObject(reader);
    }

    /** Reads this object with {@code reader}; a value the model rejects is reported at this path. */
    <T> T requiredObject(Function<PathNode, T> reader) {
        if (!node.isObject()) {
            throw notA("an object");
        }
        return build(() -> reader.apply(this));
    }

    /** Runs a model constructor; its {@link IllegalArgumentException} becomes an error at this path. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), e);
        }
    }

    /** A list read item by item with {@code itemReader}; absent reads as empty. */
    <T> List<T> list(Function<PathNode, T> itemReader) {
        if (absent()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw notA("a list");
        }
        List<T> items = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            items.add(itemReader.apply(new PathNode(node.get(i), item(path, i))));
        }
        return items;
    }

    /** A list of objects; a null item is an error, as the model has no nulls in lists. */
    <T> List<T> objects(Function<PathNode, T> reader) {
        return list(item -> item.requiredObject(reader));
    }

    List<String> texts() {
        return list(PathNode::requiredText);
    }
}
