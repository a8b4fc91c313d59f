package org.nashra.parser;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How {@link BulletinParser} reads a text. Immutable; made by {@link #builder()}.
 *
 * <pre>{@code
 * ParseOptions options = ParseOptions.builder().referenceDate(LocalDate.of(2018, 10, 22)).build();
 * Bulletin b = BulletinParser.parse(text, options);
 * }</pre>
 *
 * <p>A program that parses many texts keeps one {@link WordCache} and passes it in every time
 * ({@code ParseOptions.builder().wordCache(words).build()}): the words the texts share are then read once.
 *
 * @param referenceDate the day relative expressions ({@code أمس}, {@code أيار الماضي}) count from; when absent
 *                      the text's own dateline or main meeting date is used, and failing that they stay unresolved
 * @param wordCache     where word forms read in earlier texts are kept; when absent each text reads its words anew.
 *                      It changes how fast a text parses, never what it parses to
 */
public record ParseOptions(Optional<LocalDate> referenceDate, Optional<WordCache> wordCache) {

    /** The options {@link BulletinParser#parse(String)} uses: no reference date, no word cache. */
    public static final ParseOptions DEFAULTS = new ParseOptions(Optional.empty(), Optional.empty());

    /**
     * Validates the options.
     *
     * @param referenceDate the day relative dates are resolved against, or empty
     * @param wordCache     the word forms kept between texts, or empty
     * @throws NullPointerException if {@code referenceDate} or {@code wordCache} is null (use {@code Optional.empty()})
     */
    public ParseOptions {
        java.util.Objects.requireNonNull(referenceDate, "referenceDate is required (use Optional.empty())");
        java.util.Objects.requireNonNull(wordCache, "wordCache is required (use Optional.empty())");
    }

    /**
     * A builder with no reference date and no word cache.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects options; {@link #build()} gives the immutable {@link ParseOptions}. */
    public static final class Builder {
        private LocalDate referenceDate;
        private WordCache wordCache;

        private Builder() {
        }

        /**
         * The day relative dates are resolved against; null clears it.
         *
         * @param value the reference date
         * @return this builder
         */
        public Builder referenceDate(LocalDate value) {
            this.referenceDate = value;
            return this;
        }

        /**
         * Where word forms are kept between texts: the same cache for every text of a program; null clears it.
         *
         * @param value the cache
         * @return this builder
         */
        public Builder wordCache(WordCache value) {
            this.wordCache = value;
            return this;
        }

        /**
         * The options collected.
         *
         * @return the immutable options
         */
        public ParseOptions build() {
            return new ParseOptions(Optional.ofNullable(referenceDate), Optional.ofNullable(wordCache));
        }
    }
}
