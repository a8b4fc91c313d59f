package org.nashra.render.pdf.internal.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Cuts a TrueType program down to some glyphs, without its hinting, as a PDF embeds it: the tables a
 * CIDFontType2 program needs ({@code head}, {@code hhea}, {@code maxp}, {@code loca}, {@code glyf},
 * {@code hmtx}) rebuilt for the glyphs kept, renumbered in glyph order, composite glyphs with their
 * components, every other table asked for copied as it is.
 *
 * <pre>{@code
 * Subsetter subsetter = new Subsetter(Sfnt.tables(fontFile));   // once per face
 * FontFace.Subset subset = subsetter.subset(Set.of(3, 17, 40), List.of("gasp"));
 * }</pre>
 *
 * <p>Why not fontbox's {@code TTFSubsetter}: it re-reads the font file through a stream for every
 * subset, renumbers each composite's components with a scan of the glyph set (quadratic), and keeps
 * the hinting, so that its output had to be parsed and rewritten again; together a seventh of a
 * bulletin's rendering time. This class reads the tables once per face, shares them between threads
 * (it never changes them) and writes what fontbox's subsetter followed by that rewrite wrote, byte
 * for byte: {@code head} with long {@code loca} offsets, {@code hmtx} with the last long metric kept
 * when a later glyph needs its advance, each glyph padded to four bytes as fontbox pads it.
 *
 * <p>Without hinting: every glyph's instructions are removed, and the tables only instructions use
 * ({@code fpgm}, {@code prep}, {@code cvt }) are never kept. Hinting fits outlines to a screen's
 * pixel grid at small sizes; PDF viewers scale outlines and most ignore it, and it was more than half
 * of a Noto Kufi Arabic subset.
 */
final class Subsetter {

    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
    private static final int WE_HAVE_INSTRUCTIONS = 0x0100;
    /** The tables built here for each subset; the others a caller asks for are copied. */
    private static final Set<String> BUILT = Set.of("head", "hhea", "maxp", "loca", "glyf", "hmtx");
    private static final Set<String> HINTING = Set.of("fpgm", "prep", "cvt ");

    /** The font's tables by tag, never changed (shared by every subset and thread). */
    private final Map<String, byte[]> tables;
    private final byte[] glyf;
    private final byte[] hmtx;
    private final int[] offsets;
    private final int numberOfHMetrics;

    /**
     * @param tables the tables of a TrueType font ({@link Sfnt#tables}); kept, not copied
     * @throws IOException if {@code head}, {@code hhea}, {@code maxp}, {@code loca}, {@code glyf} or {@code hmtx}
     *                     is missing
     */
    Subsetter(Map<String, byte[]> tables) throws IOException {
        for (String tag : BUILT) {
            if (!tables.containsKey(tag)) {
                throw new IOException("no " + tag + " table");
            }
        }
        this.tables = tables;
        this.glyf = tables.get("glyf");
        this.hmtx = tables.get("hmtx");
        this.numberOfHMetrics = ByteBuffer.wrap(tables.get("hhea")).getShort(34) & 0xFFFF;
        int glyphs = ByteBuffer.wrap(tables.get("maxp")).getShort(4) & 0xFFFF;
        boolean longOffsets = ByteBuffer.wrap(tables.get("head")).getShort(50) != 0;
        ByteBuffer loca = ByteBuffer.wrap(tables.get("loca"));
        this.offsets = new int[glyphs + 1];
        for (int g = 0; g <= glyphs; g++) {
            offsets[g] = longOffsets ? loca.getInt(4 * g) : 2 * (loca.getShort(2 * g) & 0xFFFF);
        }
    }

    /**
     * The program of these glyphs, glyph 0 and the components of the composite ones.
     *
     * @param glyphIds the glyphs to keep
     * @param tables   the other tables to copy when the font has them (hinting tables are never copied)
     * @throws IOException if a glyph id is not the font's or a glyph is malformed
     */
    FontFace.Subset subset(Set<Integer> glyphIds, List<String> tables) throws IOException {
        try {
            return write(kept(glyphIds), tables);
        } catch (RuntimeException e) {
            throw new IOException("cannot subset: malformed TrueType font (" + e + ")", e);
        }
    }

    /** Which glyphs a subset holds: those asked for, glyph 0, and every component of a kept composite. */
    private boolean[] kept(Set<Integer> glyphIds) {
        int glyphs = offsets.length - 1;
        boolean[] keep = new boolean[glyphs];
        int[] pending = new int[glyphs];
        int count = 0;
        keep[0] = true;
        for (int gid : glyphIds) {
            if (gid < 0 || gid >= glyphs) {
                throw new IllegalArgumentException("no glyph " + gid);
            }
            if (!keep[gid]) {
                keep[gid] = true;
                pending[count++] = gid;
            }
        }
        while (count > 0) {
            int gid = pending[--count];
            if (isComposite(gid)) {
                int at = offsets[gid] + 10;
                int flags;
                do {
                    flags = u16(glyf, at);
                    int component = u16(glyf, at + 2);
                    if (!keep[component]) {
                        keep[component] = true;
                        pending[count++] = component;
                    }
                    at += componentLength(flags);
                } while ((flags & MORE_COMPONENTS) != 0);
            }
        }
        return keep;
    }

    private FontFace.Subset write(boolean[] keep, List<String> copied) {
        int glyphs = keep.length;
        int[] newId = new int[glyphs];
        int kept = 0;
        int last = 0;
        Map<Integer, Integer> newIds = new HashMap<>();
        for (int g = 0; g < glyphs; g++) {
            if (keep[g]) {
                newIds.put(g, kept);
                newId[g] = kept++;
                last = g;
            }
        }
        ByteArrayOutputStream newGlyf = new ByteArrayOutputStream(glyf.length / Math.max(1, glyphs / kept));
        ByteBuffer loca = ByteBuffer.allocate(4 * (kept + 1));
        for (int g = 0; g < glyphs; g++) {
            if (keep[g]) {
                loca.putInt(newGlyf.size());
                if (offsets[g + 1] > offsets[g]) {
                    byte[] data = isComposite(g) ? composite(g, newId) : simple(g);
                    newGlyf.write(data, 0, data.length);
                }
            }
        }
        loca.putInt(newGlyf.size());

        Map<String, byte[]> out = new TreeMap<>();
        for (String tag : copied) {
            byte[] table = tables.get(tag);
            if (table != null && !BUILT.contains(tag) && !HINTING.contains(tag)) {
                out.put(tag, table);
            }
        }
        byte[] head = tables.get("head").clone();
        ByteBuffer.wrap(head).putShort(50, (short) 1);   // long loca offsets
        out.put("head", head);
        out.put("glyf", newGlyf.toByteArray());
        out.put("loca", loca.array());
        out.put("hmtx", metrics(keep, kept, last));
        byte[] hhea = tables.get("hhea").clone();
        ByteBuffer.wrap(hhea).putShort(34, (short) longMetrics(keep, last));
        out.put("hhea", hhea);
        byte[] maxp = Arrays.copyOf(tables.get("maxp"), 32);
        ByteBuffer.wrap(maxp).putShort(4, (short) kept);
        out.put("maxp", maxp);
        return new FontFace.Subset(Sfnt.write(0x00010000, out), Map.copyOf(newIds));
    }

    /**
     * How many glyphs of the subset have a long metric (advance and side bearing): those below the font's
     * own count, and the font's last long metric when a later glyph needs its advance but it is not kept.
     */
    private int longMetrics(boolean[] keep, int last) {
        int count = 0;
        for (int g = 0; g < Math.min(numberOfHMetrics, keep.length); g++) {
            count += keep[g] ? 1 : 0;
        }
        return needsLastAdvance(keep, last) ? count + 1 : count;
    }

    private boolean needsLastAdvance(boolean[] keep, int last) {
        return last >= numberOfHMetrics && !keep[numberOfHMetrics - 1];
    }

    /** {@code hmtx} of the subset: each glyph's long metric or, past the font's count, its side bearing alone. */
    private byte[] metrics(boolean[] keep, int kept, int last) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4 * kept + 2);
        boolean lastAdvance = needsLastAdvance(keep, last);
        for (int g = 0; g < keep.length; g++) {
            if (!keep[g]) {
                continue;
            }
            if (g < numberOfHMetrics) {
                out.write(hmtx, 4 * g, 4);
            } else {
                if (lastAdvance) {
                    // the first glyph past the long metrics takes the advance every later glyph shares
                    out.write(hmtx, 4 * (numberOfHMetrics - 1), 2);
                    lastAdvance = false;
                }
                out.write(hmtx, 4 * numberOfHMetrics + 2 * (g - numberOfHMetrics), 2);
            }
        }
        return out.toByteArray();
    }

    private boolean isComposite(int gid) {
        return offsets[gid + 1] - offsets[gid] >= 2 && glyf[offsets[gid]] == -1 && glyf[offsets[gid] + 1] == -1;
    }

    /** A simple glyph padded to four bytes, then with its instructions cut out and padded to two. */
    private byte[] simple(int gid) {
        int start = offsets[gid];
        int length = offsets[gid + 1] - start;
        int padded = (length + 3) & ~3;
        int contours = (short) u16(glyf, start);
        if (contours < 0) {
            // a negative count other than a composite's -1: kept as fontbox copied it
            return Arrays.copyOfRange(glyf, start, start + padded);
        }
        int lengthAt = 10 + 2 * contours;
        int instructions = u16(glyf, start + lengthAt);
        int size = padded - instructions;
        byte[] data = new byte[(size + 1) & ~1];
        System.arraycopy(glyf, start, data, 0, lengthAt);
        // the instruction count stays, as 0; the bytes after the instructions (and fontbox's padding) follow
        int rest = Math.min(length, padded) - lengthAt - 2 - instructions;
        System.arraycopy(glyf, start + lengthAt + 2 + instructions, data, lengthAt + 2, Math.max(0, rest));
        return data;
    }

    /**
     * A composite glyph with its components renumbered, without instructions and their flag: its component
     * records alone, or, when it had no instructions, the glyph as fontbox wrote it (padded to four bytes).
     */
    private byte[] composite(int gid, int[] newId) {
        int start = offsets[gid];
        int at = 10;
        int flags;
        boolean instructions = false;
        do {
            flags = u16(glyf, start + at);
            instructions |= (flags & WE_HAVE_INSTRUCTIONS) != 0;
            at += componentLength(flags);
        } while ((flags & MORE_COMPONENTS) != 0);
        byte[] data = new byte[instructions ? at : (at + 3) & ~3];
        System.arraycopy(glyf, start, data, 0, at);
        ByteBuffer buffer = ByteBuffer.wrap(data);
        int c = 10;
        do {
            flags = u16(data, c);
            buffer.putShort(c, (short) (flags & ~WE_HAVE_INSTRUCTIONS));
            buffer.putShort(c + 2, (short) newId[u16(data, c + 2)]);
            c += componentLength(flags);
        } while ((flags & MORE_COMPONENTS) != 0);
        return data;
    }

    /** The bytes of one component record: flags, glyph, arguments and transform. */
    private static int componentLength(int flags) {
        int length = 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
        if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
            return length + 8;
        } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
            return length + 4;
        } else if ((flags & WE_HAVE_A_SCALE) != 0) {
            return length + 2;
        }
        return length;
    }

    private static int u16(byte[] data, int at) {
        return (data[at] & 0xFF) << 8 | data[at + 1] & 0xFF;
    }
}
