package org.nashra.model;

/**
 * Seats or votes won in a public election: {@code حصل حزبنا على مقعدين ضمن تحالف سائرون}.
 *
 * <pre>{@code
 * ElectionResult r = new ElectionResult(party, 2, null, alliance, "حصل حزبنا على مقعدين ضمن تحالف سائرون", span);
 * }</pre>
 *
 * @param holder who won
 * @param seats  seats won, or null
 * @param votes  votes won, or null
 * @param within the alliance or list it ran in ({@code ضمن …}), or null
 * @param text   the sentence as written
 * @param span   where it was written; null for a value not read from a text
 */
public record ElectionResult(Party holder, Integer seats, Integer votes, Party within, String text, Span span) {
    public ElectionResult {
        if (seats != null && seats < 0) {
            throw new IllegalArgumentException("seats " + seats + " is negative");
        }
        if (votes != null && votes < 0) {
            throw new IllegalArgumentException("votes " + votes + " is negative");
        }
        text = Checks.optionalText("text", text);
    }
}
