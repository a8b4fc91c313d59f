package org.nashra.model;

/**
 * A party, union, association, committee or other body.
 *
 * <pre>{@code
 * Organization committee = Organization.builder()
 *         .name("رابطة الأنصار")
 *         .organ("اللجنة التنفيذية")
 *         .span(new Span(13, 36))
 *         .build();
 * }</pre>
 *
 * @param name   the name as written (with its article restored after ل)
 * @param branch {@code فرع X} or a designation of a branch, or null
 * @param organ  the body inside it that acts ({@code المكتب السياسي}), or null
 * @param place  a trailing {@code في X}, or null
 * @param span   the mention; null for a value not read from a text
 */
public record Organization(String name, String branch, String organ, Place place, Span span) implements Party {
    /**
     * Validates the fields.
     *
     * @param name the name as written, or null
     * @param branch the branch, or null
     * @param organ the body inside it that acts, or null
     * @param place a trailing {@code في X}, or null
     * @param span the mention, or null
     * @throws IllegalArgumentException if {@code name}, {@code branch} or {@code organ} is blank
     */
    public Organization {
        name = Checks.optionalText("name", name);
        branch = Checks.optionalText("branch", branch);
        organ = Checks.optionalText("organ", organ);
    }

    /**
     * A builder whose fields all start absent, empty or false.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this organization's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.branch = branch;
        b.organ = organ;
        b.place = place;
        b.span = span;
        return b;
    }

    /** Assembles an {@link Organization}; not thread-safe, build once. */
    public static final class Builder {
        private String name;
        private String branch;
        private String organ;
        private Place place;
        private Span span;

        private Builder() {
        }

        /**
         * Sets the name as written, its article restored after ل; null leaves it unknown.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) { this.name = value; return this; }
        /**
         * Sets the branch ({@code فرع X}); null for none.
         *
         * @param value the branch
         * @return this builder
         */
        public Builder branch(String value) { this.branch = value; return this; }
        /**
         * Sets the body inside it that acts ({@code المكتب السياسي}); null for none.
         *
         * @param value the organ
         * @return this builder
         */
        public Builder organ(String value) { this.organ = value; return this; }
        /**
         * Sets the place of a trailing {@code في X}; null for none.
         *
         * @param value the place
         * @return this builder
         */
        public Builder place(Place value) { this.place = value; return this; }
        /**
         * Sets the mention; null for a value not read from a text.
         *
         * @param value the span
         * @return this builder
         */
        public Builder span(Span value) { this.span = value; return this; }

        /**
         * Builds the organization, validated as by its constructor.
         *
         * @return the organization
         */
        public Organization build() {
            return new Organization(name, branch, organ, place, span);
        }
    }
}
