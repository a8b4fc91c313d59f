package org.nashra.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Thanks, praise or appreciation for services to the issuer or the gathering.
 *
 * <pre>{@code
 * Acknowledgement thanks = Acknowledgement.builder(Acknowledgement.Kind.THANKS)
 *         .to(organization)
 *         .reason("حسن الاستقبال")
 *         .span(new Span(40, 75))
 *         .build();
 * }</pre>
 *
 * @param kind   thanks, praise or appreciation
 * @param to     who is thanked; never null
 * @param reason what for, or null
 * @param text   the sentence as written
 * @param span   where it was written; null for a value not read from a text
 */
public record Acknowledgement(Kind kind, List<Party> to, String reason, String text, Span span) {

    /** The sort of acknowledgement. */
    public enum Kind { THANKS, PRAISE, APPRECIATION }

    public Acknowledgement {
        Checks.required("kind", kind);
        to = Checks.copy("to", to);
        reason = Checks.optionalText("reason", reason);
        text = Checks.optionalText("text", text);
    }

    /** A builder for an {@link Acknowledgement} of the given kind; every other field starts absent or empty. */
    public static Builder builder(Kind kind) {
        return new Builder(kind);
    }

    /** A builder holding this acknowledgement's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(kind);
        b.to.addAll(to);
        b.reason = reason;
        b.text = text;
        b.span = span;
        return b;
    }

    /** Assembles an {@link Acknowledgement}; not thread-safe, build once. */
    public static final class Builder {
        private Kind kind;
        private final ArrayList<Party> to = new ArrayList<>();
        private String reason;
        private String text;
        private Span span;

        private Builder(Kind kind) {
            this.kind = Checks.required("kind", kind);
        }

        public Builder kind(Kind value) { this.kind = Checks.required("kind", value); return this; }
        public Builder to(Party value) { to.add(Checks.required("to", value)); return this; }
        /** Replaces the to with {@code values}. */
        public Builder to(List<Party> values) { to.clear(); values.forEach(this::to); return this; }
        public Builder reason(String value) { this.reason = value; return this; }
        public Builder text(String value) { this.text = value; return this; }
        public Builder span(Span value) { this.span = value; return this; }

        public Acknowledgement build() {
            return new Acknowledgement(kind, to, reason, text, span);
        }
    }
}
