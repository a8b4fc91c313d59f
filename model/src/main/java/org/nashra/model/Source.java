package org.nashra.model;

import java.util.regex.Pattern;

/**
 * The input a bulletin was parsed from: its length in UTF-16 chars and the
 * SHA-256 of its UTF-8 bytes (lower-case hex), so a caller can tell whether a
 * stored bulletin still belongs to a text.
 *
 * <pre>{@code
 * Source source = new Source(2168, "59bdb2310b713ac71c66179954b92d28ff2b3bf2116151e5c233a56f7f96db14");
 * }</pre>
 *
 * @param length the text's length in UTF-16 chars
 * @param sha256 the SHA-256 of the text's UTF-8 bytes, lower-case hex
 */
public record Source(int length, String sha256) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * Validates the fields.
     *
     * @param length the input's length in UTF-16 chars, 0 or more
     * @param sha256 the SHA-256 of its UTF-8 bytes, 64 lower-case hex digits
     * @throws NullPointerException if {@code sha256} is null
     * @throws IllegalArgumentException if {@code length} is negative or {@code sha256} is not 64 lower-case hex digits
     */
    public Source {
        if (length < 0) {
            throw new IllegalArgumentException("source length is negative: " + length);
        }
        Checks.required("sha256", sha256);
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 is not 64 lower-case hex digits: \"" + sha256 + "\"");
        }
    }
}
