package org.nashra.parser.internal.text;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.nashra.model.Span;

/**
 * One word, number, number group or punctuation mark of an {@link AnalyzedText}.
 *
 * <pre>{@code
 * AnalyzedText t = AnalyzedText.of("وبالرفيق أبو سلام في 1/9/2013.");
 * Token w = t.tokens().get(0);
 * w.text();                 // "وبالرفيق" (folded)
 * w.stem();                 // "رفيق"
 * w.hasStem("رفيق");        // true
 * t.tokens().get(4).kind(); // NUMBER_GROUP, "1/9/2013" is one token
 * }</pre>
 *
 * <p>Offsets {@link #start()}/{@link #end()} are into {@link FoldedText#folded()}; {@link #span()} is the
 * original span. Only prefixes are split; suffixes (pronouns, plural endings) stay in the stem.
 *
 * @param index    position in {@link AnalyzedText#tokens()}
 * @param kind     what the token is
 * @param start    folded offset of the first char
 * @param end      folded offset after the last char
 * @param text     the folded surface form, clitics included
 * @param span     the original span, harakat and tatweel included
 * @param readings the ways to split clitics off, most likely first; exactly one for non-words
 */
public record Token(int index, Kind kind, int start, int end, String text, Span span, List<Reading> readings) {

    /** What a token is. */
    public enum Kind {
        /** A run of Arabic letters (possibly with clitics). */
        WORD,
        /** A run of letters of another script (Latin, Cyrillic …) and digits that starts with a letter ({@code COVID19}). */
        LATIN,
        /** A run of digits, any script, possibly with a decimal or thousands separator ({@code 2.5}, {@code ١٢٬٥٠٠}),
         *  possibly after a clitic ({@code و17}, {@code بـ2018}). */
        NUMBER,
        /**
         * Numbers joined by {@code / - . :} into one date/time/range group: {@code 1/9/2013},
         * {@code ٢٨ /٦ /٢٠٢٠}, {@code 19 . 12 . 2017}, {@code 18:30}, {@code 20-21}, {@code 13-يونيو-2013}.
         * Spaces around the separator are allowed in three-part groups only.
         */
        NUMBER_GROUP,
        /** One punctuation char or a run of the same one ({@code ...}, {@code !!}). */
        PUNCT,
        /** Anything else (symbols, emoji, other scripts), one code point per token. */
        OTHER
    }

    public Token {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        readings = List.copyOf(readings);
        if (readings.isEmpty()) {
            throw new IllegalArgumentException("a token has at least one reading");
        }
    }

    /** The most likely reading. */
    public Reading reading() {
        return readings.get(0);
    }

    /** The folded stem of the most likely reading. */
    public String stem() {
        return readings.get(0).stem();
    }

    /** True when some reading has exactly this folded stem ({@code وفد} has stems {@code وفد} and {@code فد}). */
    public boolean hasStem(String foldedStem) {
        return readingWithStem(foldedStem) != null;
    }

    /** True when some reading's stem is in {@code foldedStems}. */
    public boolean hasStemIn(Collection<String> foldedStems) {
        for (int i = 0; i < readings.size(); i++) {
            if (foldedStems.contains(readings.get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    /** The first reading with this folded stem, or null. */
    public Reading readingWithStem(String foldedStem) {
        for (int i = 0; i < readings.size(); i++) {
            if (readings.get(i).stem().equals(foldedStem)) {
                return readings.get(i);
            }
        }
        return null;
    }

    /** True when the folded surface is exactly {@code folded}. */
    public boolean is(String folded) {
        return text.equals(folded);
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** True for {@link Kind#NUMBER} (a plain number, maybe with a clitic). */
    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    /** True for a punctuation token made of {@code c}. */
    public boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.charAt(0) == c;
    }
}
