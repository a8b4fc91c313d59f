package org.nashra.parser.internal.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
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
 * <p>A token is its position and one {@link Form} shared by every token of the same kind and folded text:
 * readings depend on the folded word alone, and a long text repeats a few thousand forms over hundreds of
 * thousands of tokens, so sharing them keeps a text's tokens to a few dozen bytes each (a 2 MB text parses in
 * a 64 MB heap).
 */
public final class Token {
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

    /**
     * What every token of one kind and folded text has in common: its kind, its text, its readings, and what a
     * frame lexicon finds in it ({@link #analysis}), all of which depend on the form alone. A text's tokens share
     * one form per distinct text; a {@code WordCache} keeps the forms of its words for the texts read after it.
     * Immutable but for the analysis, kept once made: thread-safe.
     */
    public static final class Form {
        /** How many analyses a form keeps at most ({@link #analysis}); a parse asks for a handful. */
        public static final int MAX_ANALYSES = 8;
        private static final Object[] NONE = {};

        private final Kind kind;
        private final String text;
        private final List<Reading> readings;
        /** The filter bits of the readings' stems ({@link StemSet}): most tokens are in no set a rule asks about. */
        private final long stemBits;
        /** {@link #analysis}: key, value, key, value …; replaced, never changed, when one is added. */
        private volatile Object[] analyses = NONE;
        /** The nouns {@link #cut} was found after, or null: the tokenizer's, known when it makes the form. */
        private final RunTogether cutBy;
        /**
         * Where the form holds two words run together after a noun {@link #cutBy} knows, 0 for one word: asked at every
         * word of every text, so kept in the form itself rather than among its analyses (one array less to read).
         */
        private final int cut;

        /**
         * @param kind     what the token is
         * @param text     the folded surface form, clitics included
         * @param readings the ways to split clitics off, most likely first; exactly one for non-words
         */
        Form(Kind kind, String text, List<Reading> readings) {
            this(kind, text, readings, null, 0);
        }

        /** A form whose cut after the nouns {@code cutBy} know is {@code cut} ({@link #cut(RunTogether)}). */
        Form(Kind kind, String text, List<Reading> readings, RunTogether cutBy, int cut) {
            this.cutBy = cutBy;
            this.cut = cut;
            this.kind = Objects.requireNonNull(kind, "kind");
            this.text = Objects.requireNonNull(text, "text");
            this.readings = List.copyOf(readings);
            if (this.readings.isEmpty()) {
                throw new IllegalArgumentException("a token has at least one reading");
            }
            this.stemBits = StemSet.bits(this.readings);
        }

        /** What the token is. */
        public Kind kind() {
            return kind;
        }

        /** The folded surface form, clitics included. */
        public String text() {
            return text;
        }

        /** The ways to split clitics off, most likely first; exactly one for non-words. */
        public List<Reading> readings() {
            return readings;
        }

        /**
         * Where the form holds two words run together after a noun {@code heads} knows ({@link RunTogether}): the
         * offset of the second, 0 for one word; found once per form.
         */
        int cut(RunTogether heads) {
            return heads == cutBy ? cut : analysis(heads, f -> Segmenter.runTogetherCut(f.text(), heads));
        }

        /**
         * What {@code derive} finds in this form, derived on first use and kept with the form under {@code key}
         * (compared by identity: a lexicon, a word list's function held in a constant): the cue words of a form,
         * the word lists its stems can begin a phrase of, are then found once per text, or once per
         * {@code WordCache} for the forms it keeps, instead of at each of its tokens. {@code derive} must give the
         * same immutable value for the same key and form; at most {@value #MAX_ANALYSES} keys are kept.
         *
         * <pre>{@code
         * List<Lexicon.Hit> hits = token.form().analysis(lexicon, f -> lexicon.analyze(f.text()));
         * }</pre>
         */
        @SuppressWarnings("unchecked")
        public <T> T analysis(Object key, Function<? super Form, T> derive) {
            Object[] kept = analyses;
            for (int k = 0; k < kept.length; k += 2) {
                if (kept[k] == key) {
                    return (T) kept[k + 1];
                }
            }
            T value = Objects.requireNonNull(derive.apply(this), "derived value");
            if (kept.length < 2 * MAX_ANALYSES) {
                Object[] more = Arrays.copyOf(kept, kept.length + 2);
                more[kept.length] = key;
                more[kept.length + 1] = value;
                analyses = more; // a thread adding another key at once may drop this one: it is derived again, the same
            }
            return value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Form f && f.kind == kind && f.text.equals(text) && f.readings.equals(readings);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, text, readings);
        }

        @Override
        public String toString() {
            return "Form[kind=" + kind + ", text=" + text + ", readings=" + readings + "]";
        }
    }

    private final int index;
    private final int start;
    private final int spanStart;
    private final int spanEnd;
    private final Form form;

    Token(int index, int start, Span span, Form form) {
        this.index = index;
        this.start = start;
        this.spanStart = span.start();
        this.spanEnd = span.end();
        this.form = Objects.requireNonNull(form, "form");
    }

    /**
     * A token that splits nothing off, with its folded {@code text} at folded offset {@code start} and its
     * original {@code span}: the one reading is the whole text.
     */
    public static Token bare(int index, Kind kind, int start, String text, Span span) {
        return new Token(index, start, span, new Form(kind, text, List.of(Reading.bare(text))));
    }

    /** Position in {@link AnalyzedText#tokens()}. */
    public int index() {
        return index;
    }

    /** What the token is. */
    public Kind kind() {
        return form.kind();
    }

    /** What every token of this kind and folded text has in common. */
    public Form form() {
        return form;
    }

    /** Folded offset of the first char. */
    public int start() {
        return start;
    }

    /** Folded offset after the last char. */
    public int end() {
        return start + form.text().length();
    }

    /** The folded surface form, clitics included. */
    public String text() {
        return form.text();
    }

    /** The original span, harakat and tatweel included. */
    public Span span() {
        return new Span(spanStart, spanEnd);
    }

    /** The ways to split clitics off, most likely first; exactly one for non-words. */
    public List<Reading> readings() {
        return form.readings();
    }

    /** The most likely reading. */
    public Reading reading() {
        return form.readings().get(0);
    }

    /** The folded stem of the most likely reading. */
    public String stem() {
        return form.readings().get(0).stem();
    }

    /** True when some reading has exactly this folded stem ({@code وفد} has stems {@code وفد} and {@code فد}). */
    public boolean hasStem(String foldedStem) {
        return readingWithStem(foldedStem) != null;
    }

    /**
     * True when some reading's stem is in {@code foldedStems}; a {@link StemSet} answers most tokens without a
     * look-up.
     */
    public boolean hasStemIn(Collection<String> foldedStems) {
        if (foldedStems instanceof StemSet s && !s.mayHold(form.stemBits)) {
            return false;
        }
        List<Reading> readings = form.readings();
        for (int i = 0; i < readings.size(); i++) {
            if (foldedStems.contains(readings.get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    /** The first reading with this folded stem, or null. */
    public Reading readingWithStem(String foldedStem) {
        List<Reading> readings = form.readings();
        for (int i = 0; i < readings.size(); i++) {
            if (readings.get(i).stem().equals(foldedStem)) {
                return readings.get(i);
            }
        }
        return null;
    }

    /** True when the folded surface is exactly {@code folded}. */
    public boolean is(String folded) {
        return form.text().equals(folded);
    }

    public boolean isWord() {
        return form.kind() == Kind.WORD;
    }

    /** True for {@link Kind#NUMBER} (a plain number, maybe with a clitic). */
    public boolean isNumber() {
        return form.kind() == Kind.NUMBER;
    }

    public boolean isPunct() {
        return form.kind() == Kind.PUNCT;
    }

    /** True for a punctuation token made of {@code c}. */
    public boolean isPunct(char c) {
        return form.kind() == Kind.PUNCT && form.text().charAt(0) == c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && t.index == index && t.start == start && t.spanStart == spanStart
                && t.spanEnd == spanEnd && t.form.equals(form);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, start, spanStart, spanEnd, form);
    }

    @Override
    public String toString() {
        return "Token[" + index + ", " + kind() + ", " + start + ", " + text() + ", " + span() + ", " + readings() + "]";
    }
}
