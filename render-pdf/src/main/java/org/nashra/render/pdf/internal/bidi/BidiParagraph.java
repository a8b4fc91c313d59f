package org.nashra.render.pdf.internal.bidi;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bidi analysis of one paragraph: ICU4J's {@link Bidi} with explicit
 * embeddings, overrides and isolates (LRI, RLI, FSI, PDI) honoured.
 *
 * <pre>{@code
 * BidiParagraph p = BidiParagraph.analyse("عقد في (Malmö) يوم 1/9/2013", BaseDirection.AUTO);
 * p.paragraphLevel();                  // 1
 * p.levelRuns();                       // logical runs: level 1, 2, 1, 2
 * p.visualRuns(0, p.length());         // the same runs, left to right on the page
 * }</pre>
 *
 * <p>The text must be one paragraph: a paragraph separator (LF, CR, U+2029…)
 * inside it is rejected, since a separator resets the bidi state and the
 * document layer splits paragraphs before they get here.
 */
public final class BidiParagraph {

    private final String text;
    private final Bidi bidi;
    private final byte[] levels;

    private BidiParagraph(String text, Bidi bidi) {
        this.text = text;
        this.bidi = bidi;
        this.levels = bidi.getLevels();
    }

    /**
     * Runs the bidi algorithm over a paragraph.
     *
     * @throws IllegalArgumentException if the text holds a paragraph separator
     */
    public static BidiParagraph analyse(String text, BaseDirection direction) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(direction, "direction");
        for (int i = 0; i < text.length(); i++) {
            if (Character.getDirectionality(text.charAt(i)) == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR) {
                throw new IllegalArgumentException("paragraph separator U+" + hex(text.charAt(i))
                        + " at offset " + i + " inside one paragraph");
            }
        }
        byte level = switch (direction) {
            case AUTO -> Bidi.LEVEL_DEFAULT_RTL;
            case LTR -> Bidi.LTR;
            case RTL -> Bidi.RTL;
        };
        Bidi bidi = new Bidi();
        bidi.setPara(text, level, null);
        return new BidiParagraph(text, bidi);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** 0 for a left-to-right paragraph, 1 for a right-to-left one. */
    public int paragraphLevel() {
        return bidi.getParaLevel();
    }

    /** The resolved level of the char at {@code index}. */
    public int levelAt(int index) {
        return levels[index];
    }

    /** The runs of equal level in logical order. */
    public List<LevelRun> levelRuns() {
        List<LevelRun> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= levels.length; i++) {
            if (i == levels.length || levels[i] != levels[start]) {
                runs.add(new LevelRun(start, i, levels[start]));
                start = i;
            }
        }
        return runs;
    }

    /**
     * The runs of one line, left to right on the page: rule L1 (trailing
     * whitespace takes the paragraph level) and L2 (reversal) applied to the
     * line alone, as UAX #9 asks, after line breaking.
     *
     * @param start first char of the line
     * @param end   end (exclusive) of the line; greater than start
     */
    public List<LevelRun> visualRuns(int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        if (start == end) {
            throw new IllegalArgumentException("empty line at " + start);
        }
        Bidi line = bidi.setLine(start, end);
        int count = line.countRuns();
        List<LevelRun> runs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BidiRun run = line.getVisualRun(i);
            runs.add(new LevelRun(start + run.getStart(), start + run.getLimit(), run.getEmbeddingLevel()));
        }
        return runs;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
