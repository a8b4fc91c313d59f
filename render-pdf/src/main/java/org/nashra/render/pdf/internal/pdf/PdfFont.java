package org.nashra.render.pdf.internal.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.nashra.render.pdf.internal.font.FontFace;

/**
 * One face embedded in one document as a Type 0 font with a CIDFontType2
 * descendant, subset to the glyphs drawn, with a ToUnicode CMap made from the
 * shaper's glyph-to-text map.
 *
 * <h2>Why not {@code PDType0Font.load}</h2>
 * PDFBox builds the ToUnicode CMap of a subset from the font's own cmap
 * ({@code PDCIDFontType2Embedder.buildToUnicodeCMap}), when the document is
 * saved: a glyph the cmap does not reach (every ligature, contextual form and
 * mark variant, most of an Arabic text) gets no entry and copies as nothing,
 * and a glyph reached by two characters copies as one of them. The map cannot
 * be replaced cleanly, since subsetting happens inside {@code PDDocument.save}.
 * So this class does what that embedder does, with the text we know:
 * {@link org.apache.fontbox.ttf.TTFSubsetter} (fontbox, public) for the font program, and the
 * dictionaries written here.
 *
 * <h2>One glyph, several texts</h2>
 * Character codes are CIDs with {@code Identity-H} (two bytes). The first time
 * a glyph is drawn, its CID is its glyph id, and the ToUnicode CMap maps it to
 * the text it was drawn for (see {@code ExtractionText}). When the same glyph is later drawn for
 * different text (a space glyph standing for U+0020 and for ZWNJ; a glyph shared
 * by two characters), it gets an <em>alias</em> CID above the font's glyph
 * count, mapped by the {@code CIDToGIDMap} to the same glyph and by the
 * ToUnicode CMap to the other text. Every code maps to text (PDF/A-2a, PDF/UA-1),
 * at most 512 bytes of it, as the PDF specification allows.
 *
 * <h2>Every glyph on the baseline, every word without a gap</h2>
 * Extractors place each character at the origin of its glyph and give it the
 * width of its code; they split a line where a glyph sits off the baseline and
 * a word where the next glyph starts after a gap. HarfBuzz moves glyphs off
 * their pen position (marks by their anchors, Amiri's cursive attachment lifts
 * whole letters, kerning changes advances). So a glyph drawn with an offset or
 * an advance other than its own is drawn through a copy made for it in the
 * embedded program ({@link #code(int, int, int, int, String)},
 * {@link ShiftedGlyphs}): a composite of the glyph moved by the offset, with the
 * shaped advance. The page draws that copy at the pen, on the baseline; the
 * {@code /W} width of its code is the copy's advance, equal to the program's as
 * PDF/A requires, and the page looks exactly as HarfBuzz set it.
 *
 * <p>Limit: 65,535 − glyph count aliases per font and document; past that a
 * glyph is drawn with its first code, keeping that code's text and width.
 *
 * <p>Not thread-safe: one instance per document being written.
 */
public final class PdfFont {

    /** The tables a CIDFontType2 program needs, as PDFBox keeps them but without hinting ({@link FontFace#subset}). */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "glyf", "hmtx", "gasp");
    private static final int MAX_CID = 0xFFFF;
    /**
     * The longest text one code may map to, UTF-16 units: a {@code bfchar} destination is at most
     * 512 bytes (ISO 32000-1, 9.10.3), and poppler drops the line of a longer one.
     */
    static final int MAX_TEXT_UNITS = 256;

    private final FontFace face;
    private final PDDocument document;
    private final COSDictionary dictionary = new COSDictionary();
    /** what a cid stands for → the cid; a glyph's first use is its own id as cid */
    private final Map<Use, Integer> cids = new HashMap<>();
    /**
     * cid → glyph, move, width and text, for every cid handed out (null where none is): an array, since
     * every glyph drawn looks its width up here and the cids are dense (glyph ids, then aliases)
     */
    private Use[] useOfCid;
    /** How many cids were handed out, and the highest. */
    private int used;
    private int lastCid = -1;
    /** shifted glyph (a {@link Use#withoutText()}) → its glyph id in the embedded program, once embedded */
    private final Map<Use, Integer> shifted = new HashMap<>();
    private int nextAlias;
    private boolean embedded;

    /**
     * @param face     the face
     * @param document the document the font belongs to
     */
    public PdfFont(FontFace face, PDDocument document) {
        this.face = face;
        this.document = document;
        this.nextAlias = face.numberOfGlyphs();
        this.useOfCid = new Use[Math.min(MAX_CID + 1, face.numberOfGlyphs() + 64)];
        dictionary.setItem(COSName.TYPE, COSName.FONT);
        dictionary.setItem(COSName.SUBTYPE, COSName.TYPE0);
        dictionary.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        dictionary.setName(COSName.BASE_FONT, face.postScriptName());
    }

    public FontFace face() {
        return face;
    }

    /** The Type 0 font dictionary, complete only after {@link #embed()}; put it in page resources. */
    public COSDictionary dictionary() {
        return dictionary;
    }

    /**
     * What a cid stands for: a glyph, moved by (dx, dy) font units inside the program (see
     * {@link ShiftedGlyphs}) and with an advance of its own (font units), and the text it copies as.
     */
    private record Use(int gid, int dx, int dy, int advance, String text) {
        /** The glyph, its move and its advance alone: what one copy in the program draws. */
        Use withoutText() {
            return new Use(gid, dx, dy, advance, "");
        }

        // written out: a record's generated hashCode and equals go through method handles, and every glyph drawn
        // is looked up by its use
        @Override
        public int hashCode() {
            return (((gid * 31 + dx) * 31 + dy) * 31 + advance) * 31 + text.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Use u && u.gid == gid && u.dx == dx && u.dy == dy && u.advance == advance
                    && u.text.equals(text);
        }
    }

    /**
     * The character code to draw a glyph with, registering the glyph and the
     * text it gives on extraction; its width is the glyph's advance.
     *
     * @param gid  the glyph id in the face
     * @param text what extraction gives for it
     */
    public int code(int gid, String text) {
        return code(gid, 0, 0, face.advance(gid), text);
    }

    /**
     * The character code to draw a glyph moved by (dx, dy) font units with, and with an advance
     * of its own (what the shaper gave it, kerning included): the embedded program gets a copy of
     * the glyph with that move and that advance ({@link ShiftedGlyphs}), so the code's width is
     * still the program's. Without move or change of advance, the glyph itself.
     *
     * @param gid     the glyph id in the face
     * @param dx      horizontal move, font units, right positive
     * @param dy      vertical move, font units, up positive
     * @param advance the advance, font units; a negative one counts as 0
     * @param text    what extraction gives for it
     */
    public int code(int gid, int dx, int dy, int advance, String text) {
        return code(new Use(gid, dx, dy, Math.max(0, advance), capped(text)));
    }

    private int code(Use use) {
        int gid = use.gid();
        if (embedded) {
            throw new IllegalStateException("font " + face.name() + " is already embedded");
        }
        Integer cid = cids.get(use);
        if (cid != null) {
            return cid;
        }
        int newCid;
        if (gid >= useOfCid.length || useOfCid[gid] == null) {
            newCid = gid;
        } else if (nextAlias <= MAX_CID) {
            newCid = nextAlias++;
        } else {
            return gid;
        }
        cids.put(use, newCid);
        if (newCid >= useOfCid.length) {
            useOfCid = Arrays.copyOf(useOfCid, Math.min(MAX_CID + 1, Math.max(newCid + 1, 2 * useOfCid.length)));
        }
        useOfCid[newCid] = use;
        used++;
        lastCid = Math.max(lastCid, newCid);
        return newCid;
    }

    /**
     * The text cut to {@link #MAX_TEXT_UNITS}, never inside a surrogate pair: what a hostile cluster
     * (a letter under thousands of marks) maps to. Such a glyph copies as its first characters.
     */
    static String capped(String text) {
        if (text.length() <= MAX_TEXT_UNITS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_TEXT_UNITS - 1)) ? MAX_TEXT_UNITS - 1 : MAX_TEXT_UNITS;
        return text.substring(0, end);
    }

    /** The width of a code this font handed out, font units: the advance of what it draws. */
    public int advance(int cid) {
        Use use = cid >= 0 && cid < useOfCid.length ? useOfCid[cid] : null;
        if (use == null) {
            throw new IllegalArgumentException("not a code of " + face.name() + ": " + cid);
        }
        return use.advance();
    }

    /** True if no glyph was drawn with this font. */
    public boolean isUnused() {
        return used == 0;
    }

    /**
     * Subsets the face to the glyphs drawn and completes the dictionary. Call
     * once, after the last page is drawn and before the document is saved.
     */
    public void embed() throws IOException {
        if (embedded) {
            throw new IllegalStateException("font " + face.name() + " is already embedded");
        }
        embedded = true;
        Set<Integer> gids = new TreeSet<>();
        for (Use use : uses()) {
            gids.add(use.gid());
        }
        String tag = tag(gids);
        FontFace.Subset subset = face.subset(gids, TABLES);
        Map<Integer, Integer> oldToNew = subset.newIds();
        byte[] program = withShiftedGlyphs(subset.program(), oldToNew);
        dictionary.setName(COSName.BASE_FONT, tag + face.postScriptName());
        String baseFont = dictionary.getNameAsString(COSName.BASE_FONT);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, baseFont);
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        cidFont.setItem(COSName.CIDSYSTEMINFO, info);
        cidFont.setItem(COSName.FONT_DESC, descriptor(baseFont, program).getCOSObject());
        cidFont.setItem(COSName.W, widths());
        cidFont.setItem(COSName.CID_TO_GID_MAP, cidToGidMap(oldToNew));

        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        dictionary.setItem(COSName.DESCENDANT_FONTS, descendants);
        dictionary.setItem(COSName.TO_UNICODE, stream(toUnicode()));
    }

    /** What every cid handed out stands for, in cid order. */
    private List<Use> uses() {
        List<Use> uses = new ArrayList<>(used);
        for (int cid = 0; cid <= lastCid; cid++) {
            if (useOfCid[cid] != null) {
                uses.add(useOfCid[cid]);
            }
        }
        return uses;
    }

    /** True if the use draws a copy of its glyph: moved, or with an advance other than the glyph's. */
    private boolean isCopy(Use use) {
        return use.dx() != 0 || use.dy() != 0 || use.advance() != face.advance(use.gid());
    }

    /** The subset program with a shifted copy of each glyph drawn off its origin ({@link ShiftedGlyphs}). */
    private byte[] withShiftedGlyphs(byte[] program, Map<Integer, Integer> oldToNew) {
        List<Use> copies = uses().stream().filter(this::isCopy).map(Use::withoutText).distinct().toList();
        if (copies.isEmpty()) {
            return program;
        }
        List<ShiftedGlyphs.Shift> shifts = copies.stream()
                .map(u -> new ShiftedGlyphs.Shift(oldToNew.get(u.gid()), u.dx(), u.dy(), u.advance())).toList();
        ShiftedGlyphs.Result result = ShiftedGlyphs.add(program, shifts);
        for (int i = 0; i < copies.size(); i++) {
            shifted.put(copies.get(i), result.firstGid() + i);
        }
        return result.program();
    }

    private PDFontDescriptor descriptor(String baseFont, byte[] program) throws IOException {
        float k = 1000f / face.unitsPerEm();
        COSDictionary dict = new COSDictionary();
        dict.setItem(COSName.TYPE, COSName.FONT_DESC);
        PDFontDescriptor fd = new PDFontDescriptor(dict);
        fd.setFontName(baseFont);
        fd.setSymbolic(true);
        fd.setNonSymbolic(false);
        fd.setFixedPitch(face.isFixedPitch());
        fd.setItalicAngle(face.italicAngle());
        fd.setFontWeight(face.weightClass());
        int[] box = face.boundingBox();
        fd.setFontBoundingBox(new PDRectangle(box[0] * k, box[1] * k, (box[2] - box[0]) * k, (box[3] - box[1]) * k));
        fd.setAscent(face.ascender() * k);
        fd.setDescent(face.descender() * k);
        fd.setCapHeight(face.capHeight() * k);
        // no stem width in a TrueType font; the usual estimate, as PDFBox makes it
        fd.setStemV((box[2] - box[0]) * k * 0.13f);
        PDStream file = new PDStream(document, new ByteArrayInputStream(program), COSName.FLATE_DECODE);
        file.getCOSObject().setInt(COSName.LENGTH1, program.length);
        fd.setFontFile2(file);
        return fd;
    }

    /** {@code W}: runs of consecutive CIDs with their widths in 1/1000 em. */
    private COSArray widths() {
        float k = 1000f / face.unitsPerEm();
        COSArray w = new COSArray();
        COSArray run = null;
        int previous = -2;
        for (int cid = 0; cid <= lastCid; cid++) {
            if (useOfCid[cid] == null) {
                continue;
            }
            if (cid != previous + 1) {
                run = new COSArray();
                w.add(COSInteger.get(cid));
                w.add(run);
            }
            run.add(new COSFloat(useOfCid[cid].advance() * k));
            previous = cid;
        }
        return w;
    }

    private COSStream cidToGidMap(Map<Integer, Integer> oldToNew) throws IOException {
        byte[] map = new byte[2 * (lastCid + 1)];
        for (int cid = 0; cid <= lastCid; cid++) {
            Use use = useOfCid[cid];
            if (use != null) {
                int newGid = isCopy(use) ? shifted.get(use.withoutText()) : oldToNew.getOrDefault(use.gid(), 0);
                map[2 * cid] = (byte) (newGid >> 8);
                map[2 * cid + 1] = (byte) newGid;
            }
        }
        return stream(map);
    }

    /** The ToUnicode CMap: one {@code bfchar} line per CID. */
    private byte[] toUnicode() {
        List<Integer> entries = new ArrayList<>(used);
        for (int cid = 0; cid <= lastCid; cid++) {
            if (useOfCid[cid] != null && !useOfCid[cid].text().isEmpty()) {
                entries.add(cid);
            }
        }
        StringBuilder cmap = new StringBuilder(64 * entries.size() + 512);
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int i = 0; i < entries.size(); i += 100) {
            List<Integer> block = entries.subList(i, Math.min(entries.size(), i + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (int cid : block) {
                hex4(cmap.append('<'), cid).append("> <");
                String text = useOfCid[cid].text();
                for (int c = 0; c < text.length(); c++) {
                    hex4(cmap, text.charAt(c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Appends four upper-case hex digits; {@code String.format} made this map 4% of the rendering time. */
    private static StringBuilder hex4(StringBuilder out, int value) {
        for (int shift = 12; shift >= 0; shift -= 4) {
            out.append(Character.toUpperCase(Character.forDigit((value >> shift) & 0xF, 16)));
        }
        return out;
    }

    private COSStream stream(byte[] data) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(data);
        }
        return stream;
    }

    /** Six capital letters from the glyph set, as PDF subsets are named ({@code ABCDEF+Name}). */
    private static String tag(Set<Integer> gids) {
        long hash = 1125899906842597L;
        for (int gid : gids) {
            hash = 31 * hash + gid;
        }
        hash = hash & Long.MAX_VALUE;
        StringBuilder tag = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + hash % 26));
            hash /= 26;
        }
        return tag.append('+').toString();
    }
}
