package org.nashra.render.pdf.internal.justify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.nashra.render.pdf.internal.font.FontFace;
import org.nashra.render.pdf.internal.text.Glyph;
import org.nashra.render.pdf.internal.text.GlyphRun;
import org.nashra.render.pdf.internal.text.Justifier;
import org.nashra.render.pdf.internal.text.ShapedLine;
import org.nashra.render.pdf.internal.text.Shaper;

/**
 * Justifies Arabic lines the way Arabic is typeset: the inter-word spaces first, up to a limit, then
 * by elongating words with kashidas (tatweel, U+0640) at the joins {@link KashidaAnalysis} allows,
 * and only the remainder, less than one tatweel, by widening the spaces again.
 *
 * <p>How the missing width is shared out:
 * <ol>
 *   <li>each inter-word space widens first, by up to {@code spaceFirst} of its own width (a quarter,
 *       by default), so that a line a little short is spaced and not elongated, and kashidas go
 *       only where spacing alone would leave holes;</li>
 *   <li>each word of a right-to-left run offers its places, strongest {@link KashidaRule} first and,
 *       among equals, the one nearest the end of the word (the newspaper convention);</li>
 *   <li>every word gets one tatweel at its best place before any word gets a second, the words with
 *       the strongest places served first, and in each rank the words spread over the line; then a
 *       second tatweel each, up to {@code maxTatweelsPerPlace} (the cap per join); a word is
 *       elongated at one place only, unless a justifier is made with a larger
 *       {@code maxPlacesPerWord};</li>
 *   <li>each elongation is measured, not guessed: the word is re-shaped with its tatweels through the
 *       {@link Shaper}, so the font picks the joining forms on both sides of the elongation (Amiri,
 *       for one, gives the letters next to a tatweel other forms and draws runs of tatweels as one
 *       glyph). A place whose first tatweel changes the word's width by less than a quarter or more
 *       than three tatweels is skipped: there the font had a composition of its own (Amiri's
 *       stacked {@code محمد}) that the kashida would undo, or does something a kashida cannot mean;</li>
 *   <li>what is left goes to the inter-word spaces ({@link Justifier#spreadOverSpaces}); a line
 *       without spaces instead takes one tatweel more and lets its tatweels overlap by the excess,
 *       which fills the measure exactly since a tatweel is a plain stroke on the baseline.</li>
 * </ol>
 *
 * <p>Inserted tatweels stand for no text: their glyphs carry an empty {@link Glyph#text()} and an
 * empty cluster at the place they were put, so copy and paste gives the original words. A tatweel
 * glyph that also stands for one the author typed keeps that one.
 *
 * <p>Lines without an Arabic word that may be elongated (a Latin line, say) are justified between
 * words only; the last line of a paragraph and a line already as wide as the measure come back
 * unchanged. Fonts without a tatweel, or whose tatweel shapes to nothing (the convention by which a
 * font says it does not want kashidas), are only spaced.
 *
 * <pre>{@code
 * Justifier kashida = new KashidaJustifier(shaper);
 * ShapedLine justified = kashida.justify(line, 340f, false);
 * }</pre>
 */
public final class KashidaJustifier implements Justifier {
    /** Widths below this, in points, are not worth another elongation or an overlap. */
    private static final float EPSILON = 0.01f;
    private static final float MIN_FIRST_STEP = 0.25f;
    private static final float MAX_FIRST_STEP = 3f;
    private static final float MAX_OVERLAP = 0.5f;
    private static final int MAX_EXTRA_TATWEELS = 64;
    /** How much of its own width a space widens by before any kashida: a quarter. */
    private static final float SPACE_FIRST = 0.25f;

    /** The order of a turn: the words with the strongest places first, and in each rank spread over the line. */
    private static final Comparator<Word> TURN = Comparator.comparing((Word w) -> w.turnRule)
            .thenComparingInt(w -> w.spread);

    private final Shaper shaper;
    private final int maxTatweelsPerPlace;
    private final int maxPlacesPerWord;
    private final float spaceFirst;

    /**
     * A justifier allowing three tatweels at a place and one place per word, after each space has
     * widened by a quarter of its width.
     */
    public KashidaJustifier(Shaper shaper) {
        this(shaper, 3, 1, SPACE_FIRST);
    }

    /**
     * A justifier with its own limits.
     *
     * @param shaper              re-shapes elongated words; the one the line was shaped with
     * @param maxTatweelsPerPlace how long one kashida may grow, in tatweels, 1 or more
     * @param maxPlacesPerWord    how many places of one word may be elongated, 1 or more
     * @param spaceFirst          how much of its own width each inter-word space widens by before
     *                            any kashida, 0 or more (0: kashidas first)
     */
    public KashidaJustifier(Shaper shaper, int maxTatweelsPerPlace, int maxPlacesPerWord, float spaceFirst) {
        this.shaper = Objects.requireNonNull(shaper, "shaper");
        if (maxTatweelsPerPlace < 1 || maxPlacesPerWord < 1) {
            throw new IllegalArgumentException("limits must be 1 or more: " + maxTatweelsPerPlace
                    + " tatweels per place, " + maxPlacesPerWord + " places per word");
        }
        if (!(spaceFirst >= 0) || Float.isInfinite(spaceFirst)) {
            throw new IllegalArgumentException("the spaces' first share must be 0 or more: " + spaceFirst);
        }
        this.maxTatweelsPerPlace = maxTatweelsPerPlace;
        this.maxPlacesPerWord = maxPlacesPerWord;
        this.spaceFirst = spaceFirst;
    }

    @Override
    public ShapedLine justify(ShapedLine line, float measure, boolean lastLine) {
        float missing = measure - line.width();
        if (lastLine || !(missing > EPSILON) || !Float.isFinite(measure)) {
            return line;
        }
        float spaced = Math.min(missing, spaceFirst * spaceWidth(line));
        List<Word> words = words(line);
        float left = elongate(words, missing - spaced) + spaced;
        ShapedLine elongated = words.stream().anyMatch(Word::isElongated) ? rebuild(line, words) : line;
        ShapedLine result = Justifier.spreadOverSpaces(elongated, measure, false);
        if (result != elongated || left <= EPSILON) {
            return result;
        }
        return overlapped(line, words, left);
    }

    /** The inter-word spaces' natural width, points. */
    private static float spaceWidth(ShapedLine line) {
        float width = 0;
        for (GlyphRun run : line.runs()) {
            for (Glyph glyph : run.glyphs()) {
                if (glyph.isWordSpace()) {
                    width += glyph.advance() * run.scale();
                }
            }
        }
        return width;
    }

    /** Shares {@code missing} points out over the words' places; returns what could not be placed. */
    private float elongate(List<Word> words, float missing) {
        float left = missing;
        List<Word> turn = new ArrayList<>(words.size());
        for (int place = 0; place < maxPlacesPerWord; place++) {
            for (int tatweels = 1; tatweels <= maxTatweelsPerPlace; tatweels++) {
                turn.clear();
                for (Word w : words) {
                    if (w.waitsFor(place, tatweels)) {
                        w.turnRule = w.ruleFor(place);
                        turn.add(w);
                    }
                }
                turn.sort(TURN);
                for (Word word : turn) {
                    left -= word.grow(place, left, shaper);
                }
            }
        }
        return left;
    }

    /**
     * The line of a paragraph without spaces to widen, filled by tatweels alone: more of them at the
     * places already opened, and the last one overlapping its neighbours by what it overshoots.
     */
    private ShapedLine overlapped(ShapedLine line, List<Word> words, float left) {
        List<Word> elongated = words.stream().filter(Word::isElongated).toList();
        for (int i = 0; left > EPSILON && !elongated.isEmpty() && i < MAX_EXTRA_TATWEELS; i++) {
            Word word = elongated.get(i % elongated.size());
            List<Glyph> before = word.glyphs;
            boolean[] beforeStretchable = word.stretchable;
            float beforeWidth = word.width;
            float grown = word.growBeyond(shaper);
            if (grown < 0) {
                break;
            }
            if (grown <= left + EPSILON) {
                left -= grown;
            } else if (word.overlapTatweels(grown - left)) {
                left = 0;
            } else {
                word.undoLast(before, beforeStretchable, beforeWidth);
                break;
            }
        }
        return elongated.isEmpty() ? line : rebuild(line, words);
    }

    /** The words of the line's right-to-left runs that have a place for a kashida. */
    private List<Word> words(ShapedLine line) {
        List<Word> words = new ArrayList<>();
        List<GlyphRun> runs = line.runs();
        for (int r = 0; r < runs.size(); r++) {
            GlyphRun run = runs.get(r);
            float tatweel = run.isRightToLeft() ? tatweelAdvance(shaper, run.font()) : 0;
            if (!(tatweel > 0)) {
                continue;
            }
            List<Glyph> glyphs = run.glyphs();
            int g = 0;
            while (g < glyphs.size()) {
                if (isSpace(glyphs.get(g))) {
                    g++;
                    continue;
                }
                int first = g;
                while (g < glyphs.size() && !isSpace(glyphs.get(g))) {
                    g++;
                }
                Word word = Word.of(line.text(), r, run, first, g, words.size(), tatweel);
                if (word != null) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static boolean isSpace(Glyph glyph) {
        return glyph.isWordSpace() || (!glyph.text().isEmpty() && glyph.text().isBlank());
    }

    /**
     * The advance of a tatweel as the font shapes it, in font units; 0 if the font has none. Shaped, not
     * looked up: Amiri maps U+0640 to an empty glyph and substitutes the real one during layout, so
     * that applications inserting tatweel glyphs after layout leave it alone.
     */
    static float tatweelAdvance(Shaper shaper, FontFace font) {
        if (!font.covers(KashidaAnalysis.TATWEEL)) {
            return 0;
        }
        float units = 0;
        for (Glyph glyph : shaper.shape(font, String.valueOf(KashidaAnalysis.TATWEEL), 0, 1, true)) {
            units += glyph.advance();
        }
        return units;
    }

    private static ShapedLine rebuild(ShapedLine line, List<Word> words) {
        List<GlyphRun> runs = new ArrayList<>(line.runs());
        for (int r = 0; r < runs.size(); r++) {
            int runIndex = r;
            List<Word> inRun = words.stream().filter(w -> w.run == runIndex && w.isElongated()).toList();
            if (inRun.isEmpty()) {
                continue;
            }
            List<Glyph> original = runs.get(r).glyphs();
            List<Glyph> glyphs = new ArrayList<>(original.size() + 8);
            int g = 0;
            for (Word word : inRun) {
                glyphs.addAll(original.subList(g, word.firstGlyph));
                glyphs.addAll(word.glyphs);
                g = word.endGlyph;
            }
            glyphs.addAll(original.subList(g, original.size()));
            runs.set(r, runs.get(r).withGlyphs(glyphs));
        }
        return line.withRuns(runs);
    }

    /** One word of a right-to-left run, and the elongation it has received so far. */
    private static final class Word {
        final int run;
        final int firstGlyph;
        final int endGlyph;
        /**
         * Rank among words whose places are equally strong: the word's position in the line with its
         * bits reversed, so that a few tatweels land spread over the line, not bunched at one end.
         */
        final int spread;
        final int start;
        final String text;
        final FontFace font;
        final float scale;
        final float tatweel;
        final List<KashidaOpportunity> candidates;
        /** Places opened so far, in the order they were opened; offset to tatweel count. */
        final List<int[]> places = new ArrayList<>();
        int nextCandidate;
        /** The rule of the place the word is served at in the current turn of {@code elongate}. */
        KashidaRule turnRule;
        List<Glyph> glyphs;
        /** Per glyph, whether it draws only tatweels and some inserted ones. */
        boolean[] stretchable;
        float width;

        private Word(int run, int firstGlyph, int endGlyph, int order, int start, String text, GlyphRun glyphRun,
                List<Glyph> glyphs, List<KashidaOpportunity> candidates, float tatweel) {
            this.run = run;
            this.firstGlyph = firstGlyph;
            this.endGlyph = endGlyph;
            this.spread = Integer.reverse(order) >>> 1;
            this.start = start;
            this.text = text;
            this.font = glyphRun.font();
            this.scale = glyphRun.scale();
            this.tatweel = tatweel;
            this.glyphs = glyphs;
            this.stretchable = new boolean[glyphs.size()];
            this.width = advance(glyphs);
            this.candidates = candidates;
        }

        /** The word drawn by {@code run.glyphs()[first, end)}, or null if it has no place for a kashida. */
        static Word of(String paragraph, int run, GlyphRun glyphRun, int first, int end, int order, float tatweel) {
            List<Glyph> glyphs = glyphRun.glyphs().subList(first, end);
            int start = Integer.MAX_VALUE;
            int stop = Integer.MIN_VALUE;
            for (Glyph glyph : glyphs) {
                start = Math.min(start, glyph.charStart());
                stop = Math.max(stop, glyph.charEnd());
            }
            if (start >= stop || stop > paragraph.length()) {
                return null;
            }
            String text = paragraph.substring(start, stop);
            int[] charIndices = new int[glyphs.size()];
            float[] advances = new float[glyphs.size()];
            for (int i = 0; i < glyphs.size(); i++) {
                charIndices[i] = glyphs.get(i).charStart() - start;
                advances[i] = glyphs.get(i).advance();
            }
            List<KashidaOpportunity> candidates = new ArrayList<>(
                    KashidaAnalysis.find(text, GlyphClusters.of(text, charIndices, advances)));
            if (candidates.isEmpty()) {
                return null;
            }
            candidates.sort(Comparator.comparing(KashidaOpportunity::rule)
                    .thenComparing(Comparator.comparingInt(KashidaOpportunity::offset).reversed()));
            return new Word(run, first, end, order, start, text, glyphRun, List.copyOf(glyphs), candidates, tatweel);
        }

        boolean isElongated() {
            return !places.isEmpty();
        }

        /** True if the word takes part in the round giving place {@code place} its tatweel number {@code tatweels}. */
        boolean waitsFor(int place, int tatweels) {
            if (place < places.size()) {
                return places.get(place)[1] == tatweels - 1;
            }
            return place == places.size() && tatweels == 1 && nextCandidate < candidates.size();
        }

        /** The rule of the place {@code place}, opened or next to be opened. */
        KashidaRule ruleFor(int place) {
            int offset = place < places.size() ? places.get(place)[0] : candidates.get(nextCandidate).offset();
            for (KashidaOpportunity c : candidates) {
                if (c.offset() == offset) {
                    return c.rule();
                }
            }
            throw new IllegalStateException("no candidate at " + offset);
        }

        /**
         * Adds one tatweel at place {@code place} if the word then grows by no more than {@code room}
         * points; returns by how much it grew. A new place is the first candidate that fits: one that
         * does not is dropped, since the room only shrinks.
         */
        float grow(int place, float room, Shaper shaper) {
            if (room < MIN_FIRST_STEP * tatweel * scale) {
                return 0;
            }
            if (place < places.size()) {
                int[] opened = places.get(place);
                opened[1]++;
                float grown = tryShape(room, false, shaper);
                if (grown < 0) {
                    opened[1]--;
                    return 0;
                }
                return grown;
            }
            while (nextCandidate < candidates.size()) {
                int[] opened = {candidates.get(nextCandidate++).offset(), 1};
                places.add(opened);
                float grown = tryShape(room, true, shaper);
                if (grown >= 0) {
                    return grown;
                }
                places.remove(places.size() - 1);
            }
            return 0;
        }

        /**
         * Re-shapes the word with its places; keeps the result and returns the growth in points if it
         * fits in {@code room} and is what a tatweel may do, else returns -1.
         */
        private float tryShape(float room, boolean firstAtPlace, Shaper shaper) {
            Elongated elongated = elongatedText();
            List<Glyph> shaped = shaper.shape(font, elongated.text(), 0, elongated.text().length(), true);
            float newWidth = advance(shaped);
            float step = newWidth - width;
            if (step <= 0 || shaped.stream().anyMatch(g -> g.id() == 0)
                    || (firstAtPlace && (step < MIN_FIRST_STEP * tatweel || step > MAX_FIRST_STEP * tatweel))) {
                return -1;
            }
            if (step * scale > room + EPSILON) {
                return -1;
            }
            glyphs = elongated.remap(shaped, start);
            stretchable = elongated.drawsInsertedTatweels(shaped);
            width = newWidth;
            return step * scale;
        }

        /**
         * Adds one tatweel at the last opened place whatever the room and the limits; returns by how
         * much, in points, the word grew, or -1 if the font misbehaves (the word is then unchanged).
         */
        float growBeyond(Shaper shaper) {
            int[] last = places.get(places.size() - 1);
            last[1]++;
            float grown = tryShape(Float.MAX_VALUE, false, shaper);
            if (grown < 0) {
                last[1]--;
            }
            return grown;
        }

        /** Takes back what {@link #growBeyond} did. */
        void undoLast(List<Glyph> previousGlyphs, boolean[] previousStretchable, float previousWidth) {
            places.get(places.size() - 1)[1]--;
            glyphs = previousGlyphs;
            stretchable = previousStretchable;
            width = previousWidth;
        }

        /** Takes {@code excess} points off the advances of the inserted tatweels, if they can overlap that much. */
        boolean overlapTatweels(float excess) {
            List<Integer> inserted = new ArrayList<>();
            float total = 0;
            for (int i = 0; i < glyphs.size(); i++) {
                Glyph glyph = glyphs.get(i);
                if (stretchable[i] && glyph.advance() > 0) {
                    inserted.add(i);
                    total += glyph.advance();
                }
            }
            float units = excess / scale;
            if (inserted.isEmpty() || units > MAX_OVERLAP * total) {
                return false;
            }
            List<Glyph> overlapped = new ArrayList<>(glyphs);
            for (int i : inserted) {
                Glyph glyph = overlapped.get(i);
                overlapped.set(i, glyph.withAdvance(glyph.advance() - units * glyph.advance() / total));
            }
            glyphs = List.copyOf(overlapped);
            width -= units;
            return true;
        }

        private Elongated elongatedText() {
            SortedMap<Integer, Integer> counts = new TreeMap<>();
            for (int[] place : places) {
                counts.put(place[0], place[1]);
            }
            return Elongated.of(text, counts);
        }

        private static float advance(List<Glyph> glyphs) {
            float units = 0;
            for (Glyph glyph : glyphs) {
                units += glyph.advance();
            }
            return units;
        }
    }
}
