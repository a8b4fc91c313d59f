package org.nashra.json;

/**
 * JSON that is not a {@code nashra/1} bulletin: malformed JSON, a wrong type, a missing
 * required value, a bad enum, date or time, another schema. The message names the place
 * and the value; {@link #path()} gives the place alone.
 *
 * <pre>{@code
 * try {
 *     BulletinJson.read(text);
 * } catch (BulletinJsonException e) {
 *     e.getMessage(); // meetings[0].when.start: "2018-13-40" is not a date: month 13 is outside 1..12
 *     e.path();       // meetings[0].when.start
 * }
 * }</pre>
 */
public final class BulletinJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** See {@link #path()}. */
    private final String path;

    BulletinJsonException(String path, String detail, Throwable cause) {
        super(path.isEmpty() ? detail : path + ": " + detail, cause);
        this.path = path;
    }

    /**
     * Where the bad content is, in JavaScript notation from the bulletin object:
     * {@code meetings[0].when.start}; empty for the document as a whole.
     *
     * @return the path of the bad value
     */
    public String path() {
        return path;
    }
}
