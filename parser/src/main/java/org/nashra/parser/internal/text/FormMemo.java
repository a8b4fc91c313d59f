package org.nashra.parser.internal.text;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What is derived from a folded word form alone (its {@link Token.Form}: its clitic readings, the cue words it
 * can be), kept for the texts read after it. A text already reads each of its distinct forms once; a memo shared by the texts a
 * program reads also spares the forms those texts have in common (most of a communiqué's words), which is
 * what a short text spends a fifth of its parse on.
 *
 * <pre>{@code
 * FormMemo<Token.Form> forms = FormMemo.bounded(50_000);
 * AnalyzedText a = AnalyzedText.of(first, forms);
 * AnalyzedText b = AnalyzedText.of(second, forms);  // the words of first are not segmented again
 * }</pre>
 *
 * <p>Thread-safe. A bounded memo keeps the first forms it is given up to its capacity and then only reads
 * (the frequent words come early), so its memory is bounded and nothing is ever evicted. Since a value
 * depends on its form alone, what a text parses to never depends on the memo or on what was read before.
 *
 * @param <V> what is derived from a form
 */
public final class FormMemo<V> {
    private static final FormMemo<Object> NONE = new FormMemo<>(null, 0);

    /** How many forms a memo holds before its map grows: the words of some 200 communiqués; 128 KB. */
    private static final int INITIAL = 1 << 14;

    private final Map<String, V> kept;
    private final int capacity;

    private FormMemo(Map<String, V> kept, int capacity) {
        this.kept = kept;
        this.capacity = capacity;
    }

    /** A memo that keeps nothing: every form is derived again. */
    @SuppressWarnings("unchecked")
    public static <V> FormMemo<V> none() {
        return (FormMemo<V>) NONE;
    }

    /** A memo that keeps up to {@code capacity} forms; 0 keeps none. */
    public static <V> FormMemo<V> bounded(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity " + capacity + " < 0");
        }
        // made at the size of a few hundred communiqués' words: the map is not grown (each time copying every form
        // kept) under the first texts read with it
        return capacity == 0 ? none() : new FormMemo<>(new ConcurrentHashMap<>(Math.min(capacity, INITIAL)), capacity);
    }

    /** What {@code derive} gives for {@code form}, derived now or kept from an earlier call with the same form. */
    public V get(String form, Function<String, V> derive) {
        Objects.requireNonNull(form, "form");
        if (kept == null) {
            return derive.apply(form);
        }
        V value = kept.get(form);
        if (value != null) {
            return value;
        }
        value = Objects.requireNonNull(derive.apply(form), "derived value");
        if (kept.size() < capacity) {
            V earlier = kept.putIfAbsent(form, value);
            return earlier == null ? value : earlier;
        }
        return value;
    }

    /** How many forms are kept. */
    public int size() {
        return kept == null ? 0 : kept.size();
    }
}
