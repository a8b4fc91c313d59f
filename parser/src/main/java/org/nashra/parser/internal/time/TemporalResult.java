package org.nashra.parser.internal.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nashra.parser.ParseWarning;
import org.nashra.model.When;

/**
 * What the temporal tagger found in a text.
 *
 * <pre>{@code
 * TemporalResult r = TemporalTagger.tag(AnalyzedText.of(text), Optional.empty());
 * r.dates();       // every When, in text order
 * r.reference();   // the day relative expressions were resolved against
 * r.warnings();    // e.g. a weekday that contradicts its date
 * }</pre>
 *
 * @param mentions  every expression in text order, with its tokens
 * @param reference the reference date used (given, or taken from the text), empty when there was none
 * @param warnings  contradictions noticed and left as written
 */
public record TemporalResult(List<DateMention> mentions, Optional<LocalDate> reference, List<ParseWarning> warnings) {
    public TemporalResult {
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(reference, "reference");
        warnings = List.copyOf(warnings);
    }

    /** The {@link When}s of {@link #mentions()}, in text order: what {@code Bulletin.dates} holds. */
    public List<When> dates() {
        return mentions.stream().map(DateMention::when).toList();
    }
}
