package org.nashra.render.pdf.internal.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.nashra.fonts.FontSource;

/**
 * One loaded TrueType face: the JDK font the shaper lays out with, the metrics
 * and character map the rest of the engine measures with, and the tables of
 * the font program the PDF layer subsets. Safe to share between threads once
 * loaded: every table is read here, eagerly, once per face, and never changed.
 *
 * <p>All metrics are in font units ({@link #unitsPerEm()} per em). The JDK font
 * is derived at a size of one em in font units, with kerning and ligatures on,
 * so the shaper's positions come out in font units too.
 *
 * <p>Limits: TrueType outlines only ({@code glyf}); CFF-flavoured OpenType and
 * font collections are refused with an {@link IllegalArgumentException}.
 */
public final class FontFace {

    private final String name;
    private final String postScriptName;
    /** The font's tables, read once per face, not per document: parsing was a quarter of the rendering time. */
    private final Subsetter subsetter;
    private final Font awtFont;
    private final CmapLookup cmap;
    /**
     * The cmap's answer for each BMP code point, plus one, once asked (0: not asked yet): every character
     * set is looked up several times (font choice, spaces, marks), and fontbox's map boxes each code point.
     * Threads may race to fill an entry; they write the same value, and an int is read whole.
     */
    private final int[] bmpGlyphs = new int[0x10000];
    private final int unitsPerEm;
    private final int[] advances;
    private final int ascender;
    private final int descender;
    private final int lineGap;
    private final int capHeight;
    private final int[] bbox;
    private final int weightClass;
    private final float italicAngle;
    private final boolean fixedPitch;

    private FontFace(String name, byte[] data) throws IOException, FontFormatException {
        this.name = name;
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data));
        try {
            if (ttf.getGlyph() == null) {
                throw new IOException("no glyf table (only TrueType outlines are supported)");
            }
            this.postScriptName = ttf.getName() == null ? name : ttf.getName();
            this.unitsPerEm = ttf.getUnitsPerEm();
            CmapLookup lookup = ttf.getUnicodeCmapLookup(false);
            if (lookup == null) {
                throw new IOException("no Unicode cmap");
            }
            this.cmap = lookup;
            int glyphs = ttf.getNumberOfGlyphs();
            HorizontalMetricsTable hmtx = ttf.getHorizontalMetrics();
            this.advances = new int[glyphs];
            for (int gid = 0; gid < glyphs; gid++) {
                advances[gid] = hmtx.getAdvanceWidth(gid);
            }
            HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
            OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
            // OS/2 typo metrics when the font asks for them, else hhea, as browsers do
            boolean typo = os2 != null && (os2.getFsSelection() & 0x80) != 0;
            this.ascender = typo ? os2.getTypoAscender() : hhea.getAscender();
            this.descender = typo ? os2.getTypoDescender() : hhea.getDescender();
            this.lineGap = typo ? os2.getTypoLineGap() : hhea.getLineGap();
            this.capHeight = os2 != null && os2.getVersion() >= 2 ? os2.getCapHeight() : ascender;
            this.weightClass = os2 == null ? 400 : os2.getWeightClass();
            HeaderTable head = ttf.getHeader();
            this.bbox = new int[] {head.getXMin(), head.getYMin(), head.getXMax(), head.getYMax()};
            this.italicAngle = ttf.getPostScript() == null ? 0 : ttf.getPostScript().getItalicAngle();
            this.fixedPitch = ttf.getPostScript() != null && ttf.getPostScript().getIsFixedPitch() != 0;
        } finally {
            // everything used later is read: the cmap lookup holds its own tables
            ttf.close();
        }
        this.subsetter = new Subsetter(Sfnt.tables(data));
        Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(data));
        this.awtFont = font.deriveFont(Map.of(
                TextAttribute.KERNING, TextAttribute.KERNING_ON,
                TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON,
                TextAttribute.SIZE, (float) unitsPerEm));
    }

    /**
     * Loads a face.
     *
     * @throws IllegalArgumentException naming the source if it is not a usable TrueType font
     * @throws IOException if the source cannot be read
     */
    public static FontFace load(FontSource source) throws IOException {
        byte[] bytes = source.readAllBytes();
        try {
            return new FontFace(source.name(), bytes);
        } catch (IOException | FontFormatException | RuntimeException e) {
            throw new IllegalArgumentException("not a usable TrueType font: " + source.name() + " (" + e.getMessage() + ")", e);
        }
    }

    /** The name the font was loaded under (for messages). */
    public String name() {
        return name;
    }

    /** The PostScript name from the {@code name} table, for the PDF {@code BaseFont}. */
    public String postScriptName() {
        return postScriptName;
    }

    /**
     * The font program cut down to some glyphs and without hinting (see {@link Subsetter}), as a PDF embeds it.
     * Safe to call from several threads at once.
     *
     * @param glyphIds the glyphs to keep (glyph 0 and the components of composite glyphs are always kept)
     * @param tables   the tables to keep besides those every TrueType program needs (hinting tables are
     *                 dropped whatever this says)
     * @throws IOException if the font is malformed
     */
    public Subset subset(Set<Integer> glyphIds, List<String> tables) throws IOException {
        return subsetter.subset(glyphIds, tables);
    }

    /**
     * A subset font program and where each kept glyph went in it.
     *
     * @param program the font file
     * @param newIds  glyph id in this face → glyph id in the subset
     */
    public record Subset(byte[] program, Map<Integer, Integer> newIds) {
    }

    /** The JDK font at one em in font units, with kerning and ligatures on; for the shaper only. */
    public Font awtFont() {
        return awtFont;
    }

    public int unitsPerEm() {
        return unitsPerEm;
    }

    public int numberOfGlyphs() {
        return advances.length;
    }

    /** The nominal glyph of a code point, or 0 if the font has none. */
    public int glyphId(int codePoint) {
        if (codePoint < 0 || codePoint >= bmpGlyphs.length) {
            return cmap.getGlyphId(codePoint);
        }
        int known = bmpGlyphs[codePoint];
        if (known == 0) {
            known = cmap.getGlyphId(codePoint) + 1;
            bmpGlyphs[codePoint] = known;
        }
        return known - 1;
    }

    /** Whether the font maps this code point to a real glyph. */
    public boolean covers(int codePoint) {
        return glyphId(codePoint) != 0;
    }

    /** The advance width of a glyph from {@code hmtx}, in font units; 0 for an unknown glyph id. */
    public int advance(int glyphId) {
        return glyphId >= 0 && glyphId < advances.length ? advances[glyphId] : 0;
    }

    /** Ascender above the baseline, positive, in font units. */
    public int ascender() {
        return ascender;
    }

    /** Descender below the baseline, negative, in font units. */
    public int descender() {
        return descender;
    }

    public int lineGap() {
        return lineGap;
    }

    public int capHeight() {
        return capHeight;
    }

    /** The {@code head} bounding box: xMin, yMin, xMax, yMax in font units. */
    public int[] boundingBox() {
        return bbox.clone();
    }

    public int weightClass() {
        return weightClass;
    }

    public float italicAngle() {
        return italicAngle;
    }

    public boolean isFixedPitch() {
        return fixedPitch;
    }

    @Override
    public String toString() {
        return "FontFace[" + name + "]";
    }
}
