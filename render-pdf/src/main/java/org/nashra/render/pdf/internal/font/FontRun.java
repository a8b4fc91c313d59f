package org.nashra.render.pdf.internal.font;

import java.util.Objects;

/**
 * A span of text drawn with one face.
 *
 * @param start       first char
 * @param end         end (exclusive)
 * @param face        the face
 * @param replacement if not null, the span is one character no face has, to be
 *                    drawn as this string (U+FFFD or "?") in {@code face}
 */
public record FontRun(int start, int end, FontFace face, String replacement) {

    public FontRun {
        Objects.requireNonNull(face, "face");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad font run " + start + ".." + end);
        }
    }
}
