package org.nashra.parser.internal.number;

/**
 * One entry of the number lexicon.
 *
 * @param value    the value the word adds (1..10 units, 10..90 tens, 100..900 hundreds, 1000.. scales)
 * @param kind     how the word combines
 * @param ordinal  the ordinal form ({@code ثالث}) rather than the cardinal ({@code ثلاث})
 * @param feminine the feminine form
 */
record NumberWord(long value, Kind kind, boolean ordinal, boolean feminine) {
    enum Kind {
        /** 1..9 ({@code ثلاثة}, {@code الثالث}); {@code احد}/{@code حادي} only in compounds. */
        UNIT,
        /** 10 ({@code عشرة}, {@code العاشر}); also the second half of 11..19. */
        TEN,
        /** 20..90. */
        TENS,
        /** 100 ({@code مئة}) multiplies a unit before it ({@code ثلاث مئة}); 200..900 written as one word. */
        HUNDRED,
        /** 1000, 10^6, 10^9 and their plurals multiply what comes before ({@code ثلاثة آلاف}). */
        SCALE,
        /** 1 as {@code أحد}/{@code إحدى}/{@code حادي}: read only before {@code عشر} or {@code و + tens}. */
        UNIT_IN_COMPOUND
    }
}
