package org.nashra.render.pdf.internal.typeset;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.nashra.render.pdf.internal.bidi.BidiParagraph;
import org.nashra.render.pdf.internal.bidi.LevelRun;
import org.nashra.render.pdf.internal.font.FontFace;
import org.nashra.render.pdf.internal.font.FontRun;
import org.nashra.render.pdf.internal.linebreak.LineBreaker;
import org.nashra.render.pdf.internal.linebreak.LineSpan;
import org.nashra.render.pdf.internal.linebreak.Segment;
import org.nashra.render.pdf.internal.text.Glyph;
import org.nashra.render.pdf.internal.text.GlyphRun;
import org.nashra.render.pdf.internal.text.Justifier;
import org.nashra.render.pdf.internal.text.ShapedLine;
import org.nashra.render.pdf.internal.text.Shaper;

/**
 * Sets one paragraph into lines: bidi levels (ICU), face runs (the font
 * chain), shaping of every word (the {@link Shaper}, cached), total-fit line
 * breaking at UAX #14 opportunities, visual reordering of each line (UAX #9 L1
 * and L2, after breaking), then the style's justifier.
 *
 * <p>Shaping units are cut at every change of bidi level or face, at every
 * break opportunity and around every white-space character, so a word is
 * shaped once whatever line it lands on, and its glyphs can be cached.
 * Arabic joining never crosses such a cut: joining letters have no break
 * opportunity or space between them, and a change of level or face between
 * them breaks the join in any shaper.
 *
 * <pre>{@code
 * Typesetter setter = new Typesetter(new JdkShaper(10_000));
 * List<ShapedLine> lines = setter.set("نص الفقرة…", style, 400f, warnings::add);
 * }</pre>
 *
 * <p>Thread-safe if the shaper is.
 */
public final class Typesetter {

    private final Shaper shaper;

    public Typesetter(Shaper shaper) {
        this.shaper = Objects.requireNonNull(shaper, "shaper");
    }

    /** The shaper, for justifiers that re-shape words. */
    public Shaper shaper() {
        return shaper;
    }

    /**
     * Sets a paragraph.
     *
     * @param text     one paragraph, logical order, no paragraph separator
     * @param style    fonts, size, direction, justification
     * @param measure  the line width, in points
     * @param warnings receives replaced characters and words wider than the measure
     * @return the lines, top to bottom; none for empty or all-blank text
     */
    public List<ShapedLine> set(String text, ParagraphStyle style, float measure, Consumer<String> warnings) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(warnings, "warnings");
        if (!(measure > 0) || Float.isInfinite(measure)) {
            throw new IllegalArgumentException("measure must be positive: " + measure);
        }
        if (text.isEmpty()) {
            return List.of();
        }
        String shown = text;
        if (style.digits() != DigitForm.AS_WRITTEN) {
            boolean rightToLeft = BidiParagraph.analyse(text, style.direction()).paragraphLevel() == 1;
            shown = style.digits().apply(text, rightToLeft);
        }
        BidiParagraph bidi = BidiParagraph.analyse(shown, style.direction());
        List<FontRun> fontRuns = style.fonts().itemise(shown, style.missing(), warnings);
        int[] breaks = LineBreaker.opportunities(shown);
        List<Unit> units = shapeUnits(text, shown, bidi, fontRuns, breaks, style.fontSize());
        int[] cuts = cutOverlongWords(text, shown, units, measure, warnings);
        if (cuts.length > 0) {
            breaks = merge(breaks, cuts);
        }

        List<Segment> segments = new ArrayList<>(units.size());
        for (Unit u : units) {
            segments.add(new Segment(u.start, u.end, u.width(), u.space));
        }
        List<LineSpan> spans = LineBreaker.fit(breaks, segments, measure, stretch(style, segments));
        List<ShapedLine> lines = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            LineSpan span = spans.get(i);
            if (span.isBlank()) {
                continue;
            }
            ShapedLine line = reorder(text, bidi, span, units);
            lines.add(style.justifier().justify(line, measure, i == spans.size() - 1));
        }
        return lines;
    }

    /**
     * How far a line of this paragraph may stretch: each space by its own width (the mean of the
     * paragraph's), and each word by half an em when the justifier is neither {@link Justifier#NONE}
     * nor {@link Justifier#INTER_WORD}, since every other justifier elongates words (kashida); lines
     * left ragged ({@link Justifier#NONE}: headlines, cells) are balanced, the last one included.
     */
    private static LineBreaker.Stretch stretch(ParagraphStyle style, List<Segment> segments) {
        float mean = LineBreaker.meanSpace(segments);
        float perSpace = mean > 0 ? mean : style.fontSize() / 4;
        boolean elongates = style.justifier() != Justifier.NONE && style.justifier() != Justifier.INTER_WORD;
        return new LineBreaker.Stretch(perSpace, elongates ? style.fontSize() / 2 : 0,
                style.justifier() == Justifier.NONE);
    }

    /** A shaped piece: one word, or one white-space character. */
    private static final class Unit {
        final int start;
        final int end;
        final FontFace face;
        final float size;
        final int level;
        final boolean space;
        final List<Glyph> glyphs;
        final FontRun run;

        Unit(int start, int end, FontRun run, float size, int level, boolean space, List<Glyph> glyphs) {
            this.start = start;
            this.end = end;
            this.run = run;
            this.face = run.face();
            this.size = size;
            this.level = level;
            this.space = space;
            this.glyphs = glyphs;
        }

        float width() {
            float units = 0;
            for (Glyph g : glyphs) {
                units += g.advance();
            }
            return units * size / face.unitsPerEm();
        }
    }

    /** Shapes {@code shown} (the text with its digits replaced, same indices); glyphs give {@code text}'s digits. */
    private List<Unit> shapeUnits(String text, String shown, BidiParagraph bidi, List<FontRun> fontRuns, int[] breaks,
                                  float size) {
        List<Unit> units = new ArrayList<>();
        boolean digitsReplaced = !shown.equals(text);
        int b = 0;
        for (FontRun run : fontRuns) {
            int start = run.start();
            while (start < run.end()) {
                int level = bidi.levelAt(start);
                boolean space = isSpace(shown.charAt(start));
                int end = start + Character.charCount(text.codePointAt(start));
                while (b < breaks.length && breaks[b] <= start) {
                    b++;
                }
                int limit = Math.min(run.end(), b < breaks.length ? breaks[b] : text.length());
                if (!space) {
                    while (end < limit && bidi.levelAt(end) == level && !isSpace(shown.charAt(end))) {
                        end++;
                    }
                }
                List<Glyph> glyphs = shape(shown, start, end, run, (level & 1) == 1);
                units.add(new Unit(start, end, run, size, level, space,
                        digitsReplaced ? sourceDigits(glyphs, text, shown) : glyphs));
                start = end;
            }
        }
        return units;
    }

    /**
     * Cuts each word wider than the measure into pieces that fit, between grapheme clusters
     * (ICU's character boundaries, so that no letter loses its marks), reshaping each piece:
     * a word of thousands of letters then fills lines instead of running off the page. Returns
     * the cuts, which become break opportunities.
     */
    private int[] cutOverlongWords(String text, String shown, List<Unit> units, float measure,
                                   Consumer<String> warnings) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.space || u.width() <= measure) {
                continue;
            }
            warnings.accept(String.format("a word of %d characters at offset %d is wider than the measure of %.1f pt:"
                    + " broken between letters", u.end - u.start, u.start, measure));
            float[] widths = new float[u.end - u.start];  // the advance of each char's glyphs
            for (Glyph g : u.glyphs) {
                widths[Math.max(0, Math.min(widths.length - 1, g.charStart() - u.start))] +=
                        g.advance() * u.size / u.face.unitsPerEm();
            }
            BreakIterator graphemes = BreakIterator.getCharacterInstance(ULocale.ROOT);
            graphemes.setText(shown.substring(u.start, u.end));
            List<Unit> pieces = new ArrayList<>();
            int from = 0;
            float width = 0;
            int last = 0;
            // a margin, since a piece's ends take other joining forms once it is shaped alone
            float room = measure * 0.96f;
            for (int b = graphemes.next(); b != BreakIterator.DONE; b = graphemes.next()) {
                float cluster = 0;
                for (int c = last; c < b; c++) {
                    cluster += widths[c];
                }
                if (width + cluster > room && last > from) {
                    pieces.add(piece(text, shown, u, u.start + from, u.start + last));
                    cuts.add(u.start + last);
                    from = last;
                    width = 0;
                }
                width += cluster;
                last = b;
            }
            pieces.add(piece(text, shown, u, u.start + from, u.end));
            units.remove(i);
            units.addAll(i, pieces);
            i += pieces.size() - 1;
        }
        return cuts.stream().mapToInt(Integer::intValue).toArray();
    }

    private Unit piece(String text, String shown, Unit word, int start, int end) {
        List<Glyph> glyphs = shape(shown, start, end, word.run, (word.level & 1) == 1);
        return new Unit(start, end, word.run, word.size, word.level, false,
                shown.equals(text) ? glyphs : sourceDigits(glyphs, text, shown));
    }

    private static int[] merge(int[] a, int[] b) {
        int[] all = new int[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        return all;
    }

    private List<Glyph> shape(String text, int start, int end, FontRun run, boolean rightToLeft) {
        if (run.replacement() == null) {
            return shaper.shape(run.face(), text, start, end, rightToLeft);
        }
        // a character no face has: drawn as the replacement, copied as itself
        List<Glyph> stand = shaper.shape(run.face(), run.replacement(), 0, run.replacement().length(), rightToLeft);
        List<Glyph> glyphs = new ArrayList<>(stand.size());
        for (Glyph g : stand) {
            glyphs.add(g.withText(start, end, glyphs.isEmpty() ? text.substring(start, end) : ""));
        }
        return glyphs;
    }

    /** Glyphs of replaced digits give the source's digit when copied. */
    private static List<Glyph> sourceDigits(List<Glyph> glyphs, String text, String shown) {
        List<Glyph> result = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            int s = g.charStart();
            boolean replaced = g.charEnd() == s + 1 && g.text().length() == 1 && text.charAt(s) != shown.charAt(s);
            result.add(replaced ? g.withText(s, s + 1, text.substring(s, s + 1)) : g);
        }
        return result;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The line's glyph runs in visual order: L1 and L2 on the line, white space at its end dropped. */
    private static ShapedLine reorder(String text, BidiParagraph bidi, LineSpan span, List<Unit> units) {
        List<GlyphRun> runs = new ArrayList<>();
        int first = firstUnitAt(units, span.start());
        for (LevelRun visual : bidi.visualRuns(span.start(), span.contentEnd())) {
            List<Unit> inRun = new ArrayList<>();
            for (int u = first; u < units.size() && units.get(u).start < visual.end(); u++) {
                if (units.get(u).start >= visual.start()) {
                    inRun.add(units.get(u));
                }
            }
            if (visual.isRightToLeft()) {
                Collections.reverse(inRun);
            }
            appendRuns(runs, inRun, visual.level());
        }
        return new ShapedLine(text, span.start(), span.end(), bidi.paragraphLevel(), runs);
    }

    /** Merges consecutive units of one face into glyph runs. */
    private static void appendRuns(List<GlyphRun> runs, List<Unit> visualUnits, int level) {
        int i = 0;
        while (i < visualUnits.size()) {
            Unit head = visualUnits.get(i);
            List<Glyph> glyphs = new ArrayList<>(head.glyphs);
            int start = head.start;
            int end = head.end;
            int j = i + 1;
            while (j < visualUnits.size() && visualUnits.get(j).face == head.face) {
                Unit u = visualUnits.get(j);
                glyphs.addAll(u.glyphs);
                start = Math.min(start, u.start);
                end = Math.max(end, u.end);
                j++;
            }
            runs.add(new GlyphRun(head.face, head.size, level, start, end, glyphs));
            i = j;
        }
    }

    private static int firstUnitAt(List<Unit> units, int offset) {
        int lo = 0;
        int hi = units.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (units.get(mid).end <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
