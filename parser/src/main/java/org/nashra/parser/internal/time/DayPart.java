package org.nashra.parser.internal.time;

/**
 * A part of the day ({@code صباحاً}, {@code مساء}, {@code بعد الظهر}), which places a clock hour on the
 * 24-hour dial: {@code الخامسة مساءً} is 17:00.
 */
enum DayPart {
    /** صباح، فجر، ضحى، قبل الظهر: hours as written, 12 is midnight. */
    MORNING,
    /** ظهر، ظهيرة: 12 stays, 1 to 5 are afternoon hours. */
    NOON,
    /** عصر، بعد الظهر: afternoon, add 12 below 12. */
    AFTERNOON,
    /** مساء، عشية: add 12 below 12. */
    EVENING,
    /** ليل، ليلة: 6 to 11 are evening hours, 12 is midnight, 1 to 5 stay. */
    NIGHT;

    /** The 24-hour hour for {@code hour} (0..24) read in this part of the day. */
    int toHour24(int hour) {
        if (hour > 12) {
            return hour % 24;
        }
        return switch (this) {
            case MORNING -> hour == 12 ? 0 : hour;
            case NOON -> hour >= 1 && hour <= 5 ? hour + 12 : hour;
            case AFTERNOON, EVENING -> hour == 12 ? 12 : hour + 12;
            case NIGHT -> hour == 12 ? 0 : hour >= 6 ? hour + 12 : hour;
        };
    }
}
