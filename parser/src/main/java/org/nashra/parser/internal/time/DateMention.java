package org.nashra.parser.internal.time;

import java.util.Objects;
import org.nashra.model.When;

/**
 * A resolved date/time expression with the tokens it covers, so frame rules can tell which sentence or
 * clause it belongs to.
 *
 * <pre>{@code
 * DateMention m = TemporalTagger.tag(text, Optional.empty()).mentions().get(0);
 * m.when().start();       // 2018-10-20
 * text.sentenceOf(m.firstToken());
 * }</pre>
 *
 * @param when       the value, as {@code Bulletin.dates} holds it
 * @param firstToken index of its first token
 * @param endToken   index after its last token
 */
public record DateMention(When when, int firstToken, int endToken) {
    public DateMention {
        Objects.requireNonNull(when, "when");
        if (endToken <= firstToken) {
            throw new IllegalArgumentException("a mention covers at least one token");
        }
    }
}
