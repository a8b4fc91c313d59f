package org.nashra.parser.internal.text;

import java.util.List;
import java.util.Objects;

/**
 * One way to split a word into clitics and a stem. A {@link Token} has one or more readings because the
 * letters alone do not decide ({@code وفد} is the noun "delegation", not {@code و + فد}); the first is
 * the most likely one. A reading depends on the folded word alone, so its offsets are relative to the word and
 * every occurrence of a word form in a text shares one list of readings (a long text holds a few thousand
 * forms among hundreds of thousands of tokens); {@link AnalyzedText} maps them back to the original
 * ({@link AnalyzedText#stemSpan(Token, Reading)}, {@link AnalyzedText#valueStart(Token, Reading)}).
 *
 * <pre>{@code
 * AnalyzedText t = AnalyzedText.of("وبالرفيق");
 * Reading r = t.tokens().get(0).reading();
 * r.stem();                        // "رفيق"
 * r.has(Clitic.AL);                // true
 * r.stemOffset();                  // 4
 * t.stemSpan(t.tokens().get(0), r); // [4, 8)
 * }</pre>
 *
 * @param affixes    the clitics, in written order; empty for the bare word
 * @param stem       the folded stem (suffixes are not split off)
 * @param stemOffset folded offset of the stem in the word
 */
public record Reading(List<Affix> affixes, String stem, int stemOffset) {
    public Reading {
        affixes = List.copyOf(affixes);
        Objects.requireNonNull(stem, "stem");
    }

    /** The reading of a word that splits nothing off. */
    static Reading bare(String word) {
        return new Reading(List.of(), word, 0);
    }
    /** True when {@code clitic} is one of the affixes. */
    public boolean has(Clitic clitic) {
        for (int i = 0; i < affixes.size(); i++) {
            if (affixes.get(i).clitic() == clitic) {
                return true;
            }
        }
        return false;
    }

    /** True when every clitic of this reading is one of {@code allowed} (so also for a bare word). */
    public boolean cliticsWithin(Clitic... allowed) {
        for (int i = 0; i < affixes.size(); i++) {
            Affix a = affixes.get(i);
            boolean ok = false;
            for (Clitic c : allowed) {
                ok |= a.clitic() == c;
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** True when the stem carries the article ({@code ال}, or {@code لل} after ل). */
    public boolean definite() {
        return has(Clitic.AL);
    }

    /** True when a preposition (ب ل ك) is attached. */
    public boolean hasPreposition() {
        // indexed: an iterator here was a tenth of what a parse allocates
        for (int i = 0; i < affixes.size(); i++) {
            if (affixes.get(i).clitic().isPreposition()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folded offset in the word where its value starts when its conjunction and preposition are left out:
     * at the article ({@code ال} of {@code والرفيق}, the written ل of {@code للمتطوعين}), else at the stem.
     */
    public int valueOffset() {
        int offset = stemOffset;
        for (int i = 0; i < affixes.size(); i++) {
            if (affixes.get(i).clitic() == Clitic.AL) {
                offset = affixes.get(i).offset();
            }
        }
        return offset;
    }

    /** True when the article has a letter of its own (the ل of {@code للمتطوعين}, not fused as in {@code للجنة}). */
    boolean articleWritten() {
        for (int i = 0; i < affixes.size(); i++) {
            Affix a = affixes.get(i);
            if (a.clitic() == Clitic.AL && a.written()) {
                return true;
            }
        }
        return false;
    }

    /** The folded stem with its article, as a dictionary would list it ({@code اللجنه} for {@code للجنة}). */
    public String definiteForm() {
        return definite() ? "ال" + stem : stem;
    }
}
