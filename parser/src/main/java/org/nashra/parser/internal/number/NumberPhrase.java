package org.nashra.parser.internal.number;

/**
 * A number read from tokens {@code [firstToken, endToken)} of an
 * {@link org.nashra.parser.internal.text.AnalyzedText}.
 *
 * <pre>{@code
 * NumberPhrase n = ArabicNumbers.read(AnalyzedText.of("المؤتمر الخامس والعشرون"), 1);
 * n.value();      // 25
 * n.ordinal();    // true
 * n.endToken();   // 3
 * }</pre>
 *
 * @param value      the value, 0 or more
 * @param ordinal    true for an ordinal: an ordinal word ({@code الخامس}, {@code الأولى}, {@code الحادي عشر}),
 *                   or tens, hundreds or thousands with the article ({@code العشرون}, {@code المئة})
 * @param feminine   true when the leading word has the feminine form ({@code الثانية}, {@code ثلاث}, {@code إحدى})
 * @param definite   true when the leading word carries the article
 * @param digits     true when written in digits (any script) rather than words
 * @param firstToken index of the first token
 * @param endToken   index after the last token
 */
public record NumberPhrase(long value, boolean ordinal, boolean feminine, boolean definite, boolean digits,
                           int firstToken, int endToken) {
    public NumberPhrase {
        if (value < 0) {
            throw new IllegalArgumentException("value " + value + " is negative");
        }
        if (endToken <= firstToken) {
            throw new IllegalArgumentException("a number phrase has at least one token");
        }
    }
}
