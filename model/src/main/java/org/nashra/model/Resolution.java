package org.nashra.model;

/**
 * One act of a meeting or statement: a demand, a condemnation, a call, a decision…
 * {@code يشجب ويستنكر} on one object is one condemnation.
 *
 * <pre>{@code
 * Resolution demand = Resolution.builder(Resolution.Kind.DEMAND)
 *         .actor(organization)
 *         .text("طالب المؤتمر بالإفراج عن المعتقلين")
 *         .build();
 * }</pre>
 *
 * @param kind      what sort of act
 * @param actor     who resolves, or null
 * @param addressee to whom a demand or call is addressed, or null
 * @param text      the clause as written
 * @param span      where it was written; null for a value not read from a text
 */
public record Resolution(Kind kind, Party actor, Party addressee, String text, Span span) {

    /** The sort of act, named for its verb family ({@code طالب} demand, {@code شجب} condemnation…). */
    public enum Kind {
        DECISION, RECOMMENDATION, DEMAND, CONDEMNATION, CALL, SUPPORT, PRAISE, EMPHASIS, PLEDGE, APPROVAL, OTHER
    }

    public Resolution {
        Checks.required("kind", kind);
        text = Checks.optionalText("text", text);
    }

    /** A builder for a {@link Resolution} of the given kind; every other field starts absent or empty. */
    public static Builder builder(Kind kind) {
        return new Builder(kind);
    }

    /** A builder holding this resolution's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(kind);
        b.actor = actor;
        b.addressee = addressee;
        b.text = text;
        b.span = span;
        return b;
    }

    /** Assembles a {@link Resolution}; not thread-safe, build once. */
    public static final class Builder {
        private Kind kind;
        private Party actor;
        private Party addressee;
        private String text;
        private Span span;

        private Builder(Kind kind) {
            this.kind = Checks.required("kind", kind);
        }

        public Builder kind(Kind value) { this.kind = Checks.required("kind", value); return this; }
        public Builder actor(Party value) { this.actor = value; return this; }
        public Builder addressee(Party value) { this.addressee = value; return this; }
        public Builder text(String value) { this.text = value; return this; }
        public Builder span(Span value) { this.span = value; return this; }

        public Resolution build() {
            return new Resolution(kind, actor, addressee, text, span);
        }
    }
}
