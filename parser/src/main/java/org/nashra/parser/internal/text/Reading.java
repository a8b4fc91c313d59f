package org.nashra.parser.internal.text;

import java.util.List;
import java.util.Objects;
import org.nashra.model.Span;

/**
 * One way to split a word into clitics and a stem. A {@link Token} has one or more readings because the
 * letters alone do not decide ({@code وفد} is the noun "delegation", not {@code و + فد}); the first is
 * the most likely one.
 *
 * <pre>{@code
 * Reading r = AnalyzedText.of("وبالرفيق").tokens().get(0).reading();
 * r.stem();                 // "رفيق"
 * r.has(Clitic.AL);         // true
 * r.stemSpan();             // [4, 8)
 * }</pre>
 *
 * @param affixes   the clitics, in written order; empty for the bare word
 * @param stem      the folded stem (suffixes are not split off)
 * @param stemStart folded offset of the stem
 * @param stemSpan  the stem's original span (harakat and tatweel included)
 */
public record Reading(List<Affix> affixes, String stem, int stemStart, Span stemSpan) {
    public Reading {
        affixes = List.copyOf(affixes);
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(stemSpan, "stemSpan");
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
     * Where the word's value starts when its conjunction and preposition are left out: at the article
     * ({@code ال} of {@code والرفيق}, the written ل of {@code للمتطوعين}), else at the stem.
     */
    public int valueStart() {
        int start = stemSpan.start();
        for (int i = 0; i < affixes.size(); i++) {
            if (affixes.get(i).clitic() == Clitic.AL) {
                start = affixes.get(i).span().start();
            }
        }
        return start;
    }

    /**
     * The value of this word read as ل + article, from {@link #valueStart()} to {@code stop} in {@code original},
     * its article given back: the alif before the article's written ل, which keeps its marks and tatweel
     * ({@code لِلْمُتَطَوِّعِينَ} → {@code الْمُتَطَوِّعِينَ}, {@code للـمتطوعين} → {@code الـمتطوعين}, and a lam-alef
     * ligature copied out of a PDF stays as written), or the whole article where it fuses with a stem that
     * starts with ل ({@code للجنة} → {@code اللجنة}).
     */
    public String withArticleBack(String original, int stop) {
        boolean written = false;
        for (Affix a : affixes) {
            written |= a.clitic() == Clitic.AL && a.end() > a.start();
        }
        return (written ? "ا" : "ال") + original.substring(valueStart(), stop);
    }

    /** The folded stem with its article, as a dictionary would list it ({@code اللجنه} for {@code للجنة}). */
    public String definiteForm() {
        return definite() ? "ال" + stem : stem;
    }
}
