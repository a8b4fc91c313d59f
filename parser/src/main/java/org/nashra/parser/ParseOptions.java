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
 * @param referenceDate the day relative expressions ({@code أمس}, {@code أيار الماضي}) count from; when absent
 *                      the text's own dateline or main meeting date is used, and failing that they stay unresolved
 */
public record ParseOptions(Optional<LocalDate> referenceDate) {

    /** The options {@link BulletinParser#parse(String)} uses: no reference date. */
    public static final ParseOptions DEFAULTS = new ParseOptions(Optional.empty());

    /**
     * Validates the options.
     *
     * @param referenceDate the day relative dates are resolved against, or empty
     * @throws NullPointerException if {@code referenceDate} is null (use {@code Optional.empty()})
     */
    public ParseOptions {
        java.util.Objects.requireNonNull(referenceDate, "referenceDate is required (use Optional.empty())");
    }

    /**
     * A builder with no reference date.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects options; {@link #build()} gives the immutable {@link ParseOptions}. */
    public static final class Builder {
        private LocalDate referenceDate;

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
         * The options collected.
         *
         * @return the immutable options
         */
        public ParseOptions build() {
            return new ParseOptions(Optional.ofNullable(referenceDate));
        }
    }
}
