package org.nashra.model;

import java.time.Period;
import java.util.List;

/**
 * A body elected or a post filled.
 *
 * <pre>{@code
 * Election e = new Election("لجنة تنفيذية", Period.ofYears(2), List.of(),
 *         "انتخاب لجنة تنفيذية جديدة للسنتين القادمتين", new Span(1200, 1243));
 * }</pre>
 *
 * @param body    the body or post as written
 * @param term    the term of office ({@code P2Y}), or null
 * @param elected the people elected, with their posts as roles; never null
 * @param text    the sentence as written
 * @param span    where it was written; null for a value not read from a text
 */
public record Election(String body, Period term, List<Person> elected, String text, Span span) {
    public Election {
        body = Checks.optionalText("body", body);
        if (term != null && (term.isNegative() || term.isZero())) {
            throw new IllegalArgumentException("term " + term + " is not a positive period");
        }
        elected = Checks.copy("elected", elected);
        text = Checks.optionalText("text", text);
    }
}
