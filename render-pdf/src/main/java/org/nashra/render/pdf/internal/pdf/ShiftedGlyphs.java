package org.nashra.render.pdf.internal.pdf;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.nashra.render.pdf.internal.font.Sfnt;

/**
 * Adds to a TrueType program composite glyphs that each draw one of its glyphs
 * shifted by an offset: a mark moved onto its letter, a letter raised off the
 * baseline by cursive attachment. The page then draws every glyph on the
 * baseline, and the offset HarfBuzz gave it is in the outline.
 *
 * <p>Why: text extractors take each character's place from the origin of its
 * glyph (and, for PDF/A and PDF/UA, the glyph's own width). A letter drawn a
 * third of an em above the line (Amiri's {@code يـ} before some letters) is read
 * as another line by PDFBox and poppler, and a shadda whose origin HarfBuzz put
 * over the next letter is copied onto that letter. Drawn through a shifted copy
 * whose origin lies on its letter, each character is found where it belongs,
 * while the page looks exactly as before.
 *
 * <pre>{@code
 * ShiftedGlyphs.Result r = ShiftedGlyphs.add(subset, List.of(new ShiftedGlyphs.Shift(12, -140, 310, 0)));
 * int shiftedGid = r.firstGid();   // draws glyph 12 moved 140 units left and 310 up, advance 0
 * }</pre>
 *
 * <p>Each new glyph is a composite of one component with
 * {@code ARGS_ARE_XY_VALUES} and the advance the shaper gave the glyph there
 * (kerning and cursive attachment change advances), so that the glyphs of a
 * word tile it without gaps while PDF widths stay equal to the program's. Its
 * component flags also carry {@code OVERLAP_COMPOUND} and
 * {@code UNSCALED_COMPONENT_OFFSET}, which change nothing for one unscaled
 * component and tell a reader (the tests' probe) that the glyph is a copy. The loca
 * table is rewritten in the long format and hmtx with one metric per glyph.
 */
final class ShiftedGlyphs {

    /** A glyph of the program to copy, moved by (dx, dy) font units, with its own advance. */
    record Shift(int gid, int dx, int dy, int advance) {
    }

    /** The new program; the shifted copies are glyphs {@code firstGid}, {@code firstGid + 1}… in the given order. */
    record Result(byte[] program, int firstGid) {
    }

    static final int ARGS_ARE_WORDS = 0x0001;
    static final int ARGS_ARE_XY_VALUES = 0x0002;
    static final int OVERLAP_COMPOUND = 0x0400;
    static final int UNSCALED_COMPONENT_OFFSET = 0x1000;
    /** The flags of the one component of a copy: a combination no font's own composites use, which marks it. */
    static final int COPY_FLAGS = ARGS_ARE_WORDS | ARGS_ARE_XY_VALUES | OVERLAP_COMPOUND | UNSCALED_COMPONENT_OFFSET;

    private ShiftedGlyphs() {
    }

    static Result add(byte[] program, List<Shift> shifts) {
        Map<String, byte[]> tables = Sfnt.tables(program);
        ByteBuffer head = ByteBuffer.wrap(tables.get("head"));
        ByteBuffer maxp = ByteBuffer.wrap(tables.get("maxp"));
        ByteBuffer hhea = ByteBuffer.wrap(tables.get("hhea"));
        int glyphs = maxp.getShort(4) & 0xFFFF;
        boolean longLoca = head.getShort(50) != 0;
        ByteBuffer loca = ByteBuffer.wrap(tables.get("loca"));
        byte[] glyf = tables.get("glyf");
        int[] offsets = new int[glyphs + 1];
        for (int g = 0; g <= glyphs; g++) {
            offsets[g] = longLoca ? loca.getInt(4 * g) : 2 * (loca.getShort(2 * g) & 0xFFFF);
        }
        ByteBuffer hmtx = ByteBuffer.wrap(tables.get("hmtx"));
        int metrics = hhea.getShort(34) & 0xFFFF;
        int[] advance = new int[glyphs + shifts.size()];
        int[] lsb = new int[glyphs + shifts.size()];
        for (int g = 0; g < glyphs; g++) {
            advance[g] = g < metrics ? hmtx.getShort(4 * g) & 0xFFFF : advance[metrics - 1];
            lsb[g] = g < metrics ? hmtx.getShort(4 * g + 2) : hmtx.getShort(4 * metrics + 2 * (g - metrics));
        }

        int total = glyphs + shifts.size();
        if (total > 0xFFFF) {
            throw new IllegalStateException("too many glyphs for one font: " + total);
        }
        int oldLength = (offsets[glyphs] + 3) & ~3;
        ByteBuffer newGlyf = ByteBuffer.allocate(oldLength + 20 * shifts.size());
        newGlyf.put(glyf, 0, Math.min(glyf.length, offsets[glyphs]));
        newGlyf.position(oldLength);
        int[] newOffsets = new int[total + 1];
        System.arraycopy(offsets, 0, newOffsets, 0, glyphs + 1);
        newOffsets[glyphs] = oldLength;
        for (int i = 0; i < shifts.size(); i++) {
            Shift s = shifts.get(i);
            int g = glyphs + i;
            newOffsets[g] = newGlyf.position();
            short[] box = new short[4];
            if (offsets[s.gid() + 1] > offsets[s.gid()]) {
                ByteBuffer header = ByteBuffer.wrap(glyf, offsets[s.gid()], 10);
                header.getShort();
                box[0] = (short) (header.getShort() + s.dx());
                box[1] = (short) (header.getShort() + s.dy());
                box[2] = (short) (header.getShort() + s.dx());
                box[3] = (short) (header.getShort() + s.dy());
            }
            newGlyf.putShort((short) -1).putShort(box[0]).putShort(box[1]).putShort(box[2]).putShort(box[3]);
            newGlyf.putShort((short) COPY_FLAGS);
            newGlyf.putShort((short) s.gid()).putShort((short) s.dx()).putShort((short) s.dy());
            newGlyf.putShort((short) 0);   // pad to four bytes
            advance[g] = s.advance();
            lsb[g] = box[0];
        }
        newOffsets[total] = newGlyf.position();

        ByteBuffer newLoca = ByteBuffer.allocate(4 * (total + 1));
        for (int offset : newOffsets) {
            newLoca.putInt(offset);
        }
        ByteBuffer newHmtx = ByteBuffer.allocate(4 * total);
        for (int g = 0; g < total; g++) {
            newHmtx.putShort((short) advance[g]).putShort((short) lsb[g]);
        }
        head.putShort(50, (short) 1);
        hhea.putShort(34, (short) total);
        maxp.putShort(4, (short) total);
        if (maxp.capacity() >= 32) {
            maxp.putShort(10, (short) Math.max(maxp.getShort(10) & 0xFFFF, maxp.getShort(6) & 0xFFFF));
            maxp.putShort(12, (short) Math.max(maxp.getShort(12) & 0xFFFF, maxp.getShort(8) & 0xFFFF));
            maxp.putShort(28, (short) Math.max(maxp.getShort(28) & 0xFFFF, 1));
            maxp.putShort(30, (short) ((maxp.getShort(30) & 0xFFFF) + 1));
        }
        tables.put("glyf", newGlyf.array());
        tables.put("loca", newLoca.array());
        tables.put("hmtx", newHmtx.array());
        return new Result(Sfnt.write(Sfnt.version(program), tables), glyphs);
    }
}
