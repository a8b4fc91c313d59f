package org.nashra.parser;

import java.util.List;
import java.util.Objects;
import org.nashra.model.Bulletin;

/**
 * A parsed bulletin with what the parser noticed but did not repair, such as a
 * weekday that contradicts its date.
 *
 * <pre>{@code
 * ParseResult r = BulletinParser.read(text, ParseOptions.DEFAULTS);
 * Bulletin b = r.bulletin();
 * r.warnings().forEach(w -> System.err.println(w.span() + ": " + w.message()));
 * }</pre>
 *
 * @param bulletin what the text says
 * @param warnings in text order; never null
 */
public record ParseResult(Bulletin bulletin, List<ParseWarning> warnings) {
    /**
     * Validates and copies the fields.
     *
     * @param bulletin what the text says; never null
     * @param warnings in text order; never null, no null element
     * @throws NullPointerException if {@code bulletin}, {@code warnings} or an element is null
     */
    public ParseResult {
        Objects.requireNonNull(bulletin, "bulletin");
        warnings = List.copyOf(warnings);
    }
}
