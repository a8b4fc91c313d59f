package org.nashra.parser;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.nashra.model.Bulletin;
import org.nashra.model.Source;
import org.nashra.parser.internal.text.AnalyzedText;
import org.nashra.parser.internal.time.TemporalTagger;

/**
 * Reads a plain Arabic text (a meeting report, closing statement, greeting,
 * condolence or invitation) into a {@link Bulletin}. Thread-safe and stateless.
 *
 * <pre>{@code
 * Bulletin b = BulletinParser.parse(text);
 * b.kind();                          // MEETING
 * b.meetings().get(0).when().start(); // 2018-10-20
 * }</pre>
 *
 * <p>Every value in the result is cut from the original text and carries its
 * span there. Empty or non-Arabic input gives a bulletin of kind {@code other}
 * with empty lists, not an exception.
 */
public final class BulletinParser {
    private BulletinParser() {
    }

    /** Parses {@code text} with {@link ParseOptions#DEFAULTS}. */
    public static Bulletin parse(String text) {
        return parse(text, ParseOptions.DEFAULTS);
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException when the text holds an unpaired surrogate (the message names its offset),
     *                                  since such a text has no UTF-8 form and no honest span
     */
    public static Bulletin parse(String text, ParseOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        checkSurrogates(text);
        AnalyzedText analyzed = AnalyzedText.of(text);
        Bulletin.Builder bulletin = Bulletin.builder(Bulletin.Kind.OTHER).source(sourceOf(text));
        TemporalTagger.tag(analyzed, options.referenceDate()).dates().forEach(bulletin::date);
        return bulletin.build();
    }

    private static void checkSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(String.format("unpaired surrogate U+%04X at offset %d", (int) c, i));
            }
        }
    }

    private static Source sourceOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new Source(text.length(), HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
