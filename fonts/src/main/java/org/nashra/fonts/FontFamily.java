package org.nashra.fonts;

import java.util.Objects;

/**
 * A family: a name and its regular and bold faces.
 *
 * <pre>{@code
 * FontFamily mine = new FontFamily("My Naskh",
 *         FontSource.of(Path.of("MyNaskh-Regular.ttf")),
 *         FontSource.of(Path.of("MyNaskh-Bold.ttf")));
 * FontSource heading = NashraFonts.NOTO_KUFI_ARABIC.face(true);
 * }</pre>
 *
 * <p>A family without a bold face may pass its regular face twice; there is no
 * synthetic emboldening.
 *
 * @param name    the family name, for messages and document metadata
 * @param regular the regular face
 * @param bold    the bold face
 */
public record FontFamily(String name, FontSource regular, FontSource bold) {

    /**
     * Validates the family.
     *
     * @param name    the family's name, not blank
     * @param regular the regular face
     * @param bold    the bold face
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public FontFamily {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(bold, "bold");
        if (name.isBlank()) {
            throw new IllegalArgumentException("font family name is blank");
        }
    }

    /**
     * The bold face if {@code bold}, else the regular one.
     *
     * @param bold whether the bold face is wanted
     * @return the face
     */
    public FontSource face(boolean bold) {
        return bold ? this.bold : regular;
    }
}
