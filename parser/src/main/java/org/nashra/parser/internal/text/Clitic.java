package org.nashra.parser.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A proclitic written joined to the word it governs. Arabic allows at most one of each slot, in this
 * order: a conjunction ({@link #WA}, {@link #FA}), a preposition ({@link #BI}, {@link #LI}, {@link #KA}),
 * the article ({@link #AL}). {@code وبالرفيق} is {@code و + ب + ال + رفيق}; {@code للجنة} is
 * {@code ل + ال + لجنة} (the article's alef is not written after ل).
 *
 * <pre>{@code
 * Clitic.WA.letters();   // "و"
 * Clitic.AL.slot();      // 2
 * Clitic.read("وللجنة").stem();            // "لجنه"
 * Clitic.stems("للحزب الشيوعي");           // [حزب, شيوعي]
 * }</pre>
 */
public enum Clitic {
    /** و "and". */
    WA("و", 0),
    /** ف "so, then". */
    FA("ف", 0),
    /** ب "with, in, by". */
    BI("ب", 1),
    /** ل "for, to". */
    LI("ل", 1),
    /** ك "as, like". */
    KA("ك", 1),
    /** ال the article (its alef is dropped after ل). */
    AL("ال", 2);

    /**
     * The pronouns written joined to the end of a noun or verb ({@code رئيستها}, {@code دعمهم}, {@code دعوتنا}):
     * the possessor of a noun, the doer of a verbal noun. No one of them ends another, so the order they are
     * tried in does not matter.
     */
    public static final List<String> PRONOUN_SUFFIXES = List.of("هما", "هم", "هن", "ها", "ه", "نا", "كم");

    /** What separates the words of a phrase (compiled once: frames compare names word by word at many tokens). */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final String letters;
    private final int slot;

    Clitic(String letters, int slot) {
        this.letters = letters;
        this.slot = slot;
    }

    /** The letters in the folded form; {@code ال} for the article even where only its ل is written. */
    public String letters() {
        return letters;
    }

    /** The position class: 0 conjunction, 1 preposition, 2 article. */
    public int slot() {
        return slot;
    }

    /** True for و and ف. */
    public boolean isConjunction() {
        return slot == 0;
    }

    /** True for ب, ل and ك. */
    public boolean isPreposition() {
        return slot == 1;
    }

    /**
     * The most likely reading of one word written alone, as the tokenizer reads it in a text: {@code وللجنة} is
     * {@code و + ل + ال + لجنة}, {@code لجنتنا} stays whole (a listed word). Whatever compares words of names
     * or keys strips their clitics here, so that it agrees with the analyser.
     */
    public static Reading read(String word) {
        String text = FoldedText.fold(word.strip());
        return text.isEmpty() ? Reading.bare(text) : Segmenter.best(text);
    }

    /** The folded stems of the words of {@code phrase}, each without its proclitics ({@link #read}), in order. */
    public static List<String> stems(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : NOT_WORD.split(FoldedText.fold(phrase))) {
            if (!w.isEmpty()) {
                out.add(read(w).stem());
            }
        }
        return out;
    }

    /**
     * The first of {@link #stems}{@code (phrase)}, or {@code ""} when the phrase has no word: the head of a name, read
     * without reading (and segmenting) the words after it.
     */
    public static String firstStem(String phrase) {
        String folded = FoldedText.fold(phrase);
        java.util.regex.Matcher gap = NOT_WORD.matcher(folded);
        int from = 0;
        while (gap.find()) {
            if (gap.start() > from) {
                return read(folded.substring(from, gap.start())).stem();
            }
            from = gap.end();
        }
        return from < folded.length() ? read(folded.substring(from)).stem() : "";
    }
}
