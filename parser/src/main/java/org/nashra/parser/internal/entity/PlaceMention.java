package org.nashra.parser.internal.entity;

import org.nashra.model.Place;

/**
 * A place expression found in a text, with the tokens it covers.
 *
 * <pre>{@code
 * PlaceMention m = PlaceTagger.standard().places(AnalyzedText.of("عقد في مدينة مالمو جنوب السويد")).get(0);
 * m.place().city();     // "مالمو"
 * m.place().region();   // "جنوب السويد"
 * }</pre>
 *
 * @param place      the place, its span into the original text
 * @param firstToken the first token of the expression (a leading preposition such as في is not part of it)
 * @param endToken   the token after the last
 */
public record PlaceMention(Place place, int firstToken, int endToken) implements Mention {
}
