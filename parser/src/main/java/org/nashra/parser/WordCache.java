package org.nashra.parser;

import org.nashra.parser.internal.text.FormMemo;
import org.nashra.parser.internal.text.Token;

/**
 * What the parser learns about word forms, kept from one text to the next: how a word splits into clitics and
 * stem, and which cue words it can be. Each text reads its distinct words once anyway; a cache shared by the
 * texts a program parses also spares the words those texts have in common, about a tenth of the time a
 * communiqué of a few KB takes to parse. The bulletin a text parses to is the same with or without a cache, and
 * whatever was parsed before.
 *
 * <pre>{@code
 * WordCache words = WordCache.create();   // keep one for the whole program, like a PdfRenderer
 * ParseOptions options = ParseOptions.builder().wordCache(words).build();
 * for (String text : texts) {
 *     Bulletin b = BulletinParser.parse(text, options);
 * }
 * }</pre>
 *
 * <p>Thread-safe: texts may be parsed with one cache on several threads at once. Bounded: it keeps the first
 * {@link #capacity()} word forms it meets (the frequent ones come early) and then only reads, so its memory stays
 * bounded (about 300 bytes a form: some 15 MB when full) and nothing is evicted.
 */
public final class WordCache {
    /** How many word forms {@link #create()} keeps: 115 communiqués of the test sets hold fewer than 7,000. */
    public static final int DEFAULT_CAPACITY = 50_000;

    private final int capacity;
    /**
     * One entry per word form: its readings, and the frame vocabulary's cue words in it ({@code Vocabulary.LEXICON},
     * the one lexicon a parse reads), found the first time a text asks and kept with the form.
     */
    private final FormMemo<Token.Form> forms;

    private WordCache(int capacity) {
        this.capacity = capacity;
        this.forms = FormMemo.bounded(capacity);
    }

    /**
     * A cache of {@link #DEFAULT_CAPACITY} word forms.
     *
     * @return a new, empty cache
     */
    public static WordCache create() {
        return new WordCache(DEFAULT_CAPACITY);
    }

    /**
     * A cache of at most {@code capacity} word forms.
     *
     * @param capacity how many word forms to keep; 0 keeps none
     * @return a new, empty cache
     * @throws IllegalArgumentException if {@code capacity} is negative
     */
    public static WordCache ofCapacity(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity " + capacity + " < 0");
        }
        return new WordCache(capacity);
    }

    /**
     * How many word forms the cache keeps at most.
     *
     * @return the capacity given when it was made
     */
    public int capacity() {
        return capacity;
    }

    /**
     * How many word forms it holds now.
     *
     * @return the forms kept so far, at most {@link #capacity()}
     */
    public int size() {
        return forms.size();
    }

    FormMemo<Token.Form> forms() {
        return forms;
    }

    @Override
    public String toString() {
        return "WordCache[" + size() + " of " + capacity + " forms]";
    }
}
