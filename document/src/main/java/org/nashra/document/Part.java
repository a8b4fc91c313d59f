package org.nashra.document;

/**
 * The parts of a bulletin document, in their default order. A renderer styles a
 * {@link Section} by its part; {@link DocumentOptions.Builder#parts} chooses which
 * parts are shown and in which order.
 *
 * <pre>{@code
 * DocumentOptions.builder().parts(Part.HEADLINE, Part.RESOLUTIONS, Part.FULL_TEXT).build();
 * }</pre>
 */
public enum Part {
    /** The logo (a {@link Block.Figure}, when the options give one), then issuer, genre and dateline: a {@link Block.FactList}. */
    MASTHEAD,
    /** The title, or one composed from the main meeting: a level-1 {@link Block.Heading}. */
    HEADLINE,
    /** When, where, organizer and convened by of the main meeting: a {@link Block.FactList}. */
    FACTS,
    /** Guests and officials present, with their roles. */
    ATTENDEES,
    /** Delegations that took part: a {@link Block.Table}. */
    DELEGATIONS,
    /** Those that could not attend: a {@link Block.Table}. */
    ABSENTEES,
    /** What was discussed. */
    TOPICS,
    /** Decisions, demands, condemnations…, numbered and grouped by kind. */
    RESOLUTIONS,
    /** Greetings and telegrams received: a {@link Block.Table}. */
    GREETINGS_RECEIVED,
    /** Greetings and telegrams sent: a {@link Block.Table}. */
    GREETINGS_SENT,
    /** Thanks, praise and appreciation. */
    ACKNOWLEDGEMENTS,
    /** Bodies elected and posts filled, with the people elected. */
    ELECTIONS,
    /** Seats and votes won in public elections: a {@link Block.Table}. */
    ELECTION_RESULTS,
    /** Minutes of silence and tributes. */
    COMMEMORATIONS,
    /** The source text, one paragraph per line; only when the text is given. */
    FULL_TEXT
}
