package org.nashra.parser.internal.gazetteer;

/** A word that builds a place expression around a place name. */
public enum PlaceWord {
    /** Begins a venue: قاعة، فندق، مقر. */
    VENUE,
    /** A district, suburb or street, kept inside the venue: ضاحية، حي. */
    DISTRICT,
    /** Makes a region of the place after it: جنوب، غرب. */
    DIRECTION,
    /** Names the kind of place before its name: مدينة، بلدة. */
    SETTLEMENT,
    /** A region word before its name: مقاطعة، محافظة، ولاية. */
    REGION,
    /** Ties a venue to where it lies or whose it is: الكائن في، التابعة لـ. */
    LINK
}
