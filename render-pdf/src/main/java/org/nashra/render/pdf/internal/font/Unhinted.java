package org.nashra.render.pdf.internal.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A TrueType font program without its hinting: every glyph's instructions removed, and the tables
 * only instructions use ({@code fpgm}, {@code prep}, {@code cvt }) left out. Hinting fits outlines to
 * a screen's pixel grid at small sizes; PDF viewers scale outlines and most ignore it, and it was
 * more than half of a Noto Kufi Arabic subset. fontbox's subsetter has no option for this, so the
 * subset it writes is rewritten here: {@code glyf} and {@code loca} rebuilt, every other table kept
 * as it is, the table directory and checksums made anew.
 *
 * <pre>{@code
 * byte[] smaller = Unhinted.of(subsetProgram);
 * }</pre>
 */
final class Unhinted {

    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
    private static final int WE_HAVE_INSTRUCTIONS = 0x0100;
    private static final String[] HINTING = {"fpgm", "prep", "cvt "};

    private Unhinted() {
    }

    /**
     * The same font without hinting.
     *
     * @param font a TrueType font file with {@code head}, {@code maxp}, {@code loca} and {@code glyf}
     * @throws IOException if the file is not such a font
     */
    static byte[] of(byte[] font) throws IOException {
        try {
            return strip(ByteBuffer.wrap(font));
        } catch (RuntimeException e) {
            throw new IOException("cannot remove hinting: malformed TrueType font (" + e + ")", e);
        }
    }

    private static byte[] strip(ByteBuffer in) throws IOException {
        Map<String, byte[]> tables = Sfnt.tables(in.array());
        for (String tag : HINTING) {
            tables.remove(tag);
        }
        byte[] head = tables.get("head");
        byte[] maxp = tables.get("maxp");
        byte[] loca = tables.get("loca");
        byte[] glyf = tables.get("glyf");
        if (head == null || maxp == null || loca == null || glyf == null) {
            throw new IOException("not a TrueType font with outlines");
        }
        boolean longOffsets = ByteBuffer.wrap(head).getShort(50) != 0;
        int glyphs = ByteBuffer.wrap(maxp).getShort(4) & 0xFFFF;
        int[] offsets = readLoca(ByteBuffer.wrap(loca), glyphs, longOffsets);

        ByteArrayOutputStream newGlyf = new ByteArrayOutputStream(glyf.length);
        int[] newOffsets = new int[glyphs + 1];
        for (int g = 0; g < glyphs; g++) {
            newOffsets[g] = newGlyf.size();
            if (offsets[g + 1] > offsets[g]) {
                newGlyf.write(withoutInstructions(ByteBuffer.wrap(glyf, offsets[g], offsets[g + 1] - offsets[g]).slice()));
                // short offsets count words, so every glyph starts at an even byte
                if (newGlyf.size() % 2 != 0) {
                    newGlyf.write(0);
                }
            }
        }
        newOffsets[glyphs] = newGlyf.size();
        tables.put("glyf", newGlyf.toByteArray());
        tables.put("loca", writeLoca(newOffsets, longOffsets));
        return Sfnt.write(Sfnt.version(in.array()), tables);
    }

    private static int[] readLoca(ByteBuffer loca, int glyphs, boolean longOffsets) {
        int[] offsets = new int[glyphs + 1];
        for (int g = 0; g <= glyphs; g++) {
            offsets[g] = longOffsets ? loca.getInt(4 * g) : 2 * (loca.getShort(2 * g) & 0xFFFF);
        }
        return offsets;
    }

    private static byte[] writeLoca(int[] offsets, boolean longOffsets) {
        ByteBuffer loca = ByteBuffer.allocate(offsets.length * (longOffsets ? 4 : 2));
        for (int offset : offsets) {
            if (longOffsets) {
                loca.putInt(offset);
            } else {
                loca.putShort((short) (offset / 2));
            }
        }
        return loca.array();
    }

    /** One glyph's data with its instructions cut out. */
    private static byte[] withoutInstructions(ByteBuffer glyph) {
        int contours = glyph.getShort(0);
        byte[] data = new byte[glyph.remaining()];
        glyph.get(0, data);
        if (contours >= 0) {
            int lengthAt = 10 + 2 * contours;
            int instructions = glyph.getShort(lengthAt) & 0xFFFF;
            ByteBuffer out = ByteBuffer.allocate(data.length - instructions);
            out.put(data, 0, lengthAt).putShort((short) 0);
            out.put(data, lengthAt + 2 + instructions, data.length - lengthAt - 2 - instructions);
            return out.array();
        }
        int at = 10;
        int flags;
        boolean instructions = false;
        List<Integer> flagsAt = new ArrayList<>();
        do {
            flagsAt.add(at);
            flags = glyph.getShort(at) & 0xFFFF;
            instructions |= (flags & WE_HAVE_INSTRUCTIONS) != 0;
            at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
            if ((flags & WE_HAVE_A_SCALE) != 0) {
                at += 2;
            } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                at += 4;
            } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                at += 8;
            }
        } while ((flags & MORE_COMPONENTS) != 0);
        if (!instructions) {
            return data;
        }
        ByteBuffer out = ByteBuffer.allocate(at);
        out.put(data, 0, at);
        for (int f : flagsAt) {
            out.putShort(f, (short) (out.getShort(f) & ~WE_HAVE_INSTRUCTIONS));
        }
        return out.array();
    }
}
