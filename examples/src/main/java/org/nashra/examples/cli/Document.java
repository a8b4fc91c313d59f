package org.nashra.examples.cli;

import java.util.Objects;
import java.util.Optional;
import org.nashra.model.Bulletin;

/**
 * What {@code render} prints for one input: the bulletin and, for a text input, the text it was
 * parsed from, which the renderers print as the body. A bulletin JSON input has no text.
 *
 * @param bulletin   the bulletin
 * @param sourceText the text of a {@code .txt} input or of standard input
 */
record Document(Bulletin bulletin, Optional<String> sourceText) {
    Document {
        Objects.requireNonNull(bulletin, "bulletin");
        Objects.requireNonNull(sourceText, "sourceText");
    }
}
