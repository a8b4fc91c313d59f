package org.nashra.parser.internal.gazetteer;

/** The class of a function word or frequent verb; each ends a name or a noun phrase. */
public enum WordClass {
    /** في، عن، امام، خلال. */
    PREPOSITION,
    /** الذي، التي، اللواتي. */
    RELATIVE,
    /** ان، كما، هذا, and other particles, pronouns and demonstratives. */
    PARTICLE,
    /** عقد، حضر، قرر. */
    VERB,
    /** A gathering or a time (اجتماع، جلسة، ساعة): a في-phrase naming one ends a role. */
    EVENT,
    /** A day part written without the article (مساء، ظهر، عصراً): a date follows, the name or noun phrase ended. */
    DAY_PART
}
