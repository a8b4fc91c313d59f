package org.nashra.render.pdf.internal.font;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The table directory of a TrueType (sfnt) file: its tables read by tag, and a file written
 * back from tables. Programs are rewritten here (hinting removed, shifted glyph copies added),
 * and fontbox reads but does not write whole fonts.
 *
 * <pre>{@code
 * Map<String, byte[]> tables = Sfnt.tables(program);
 * tables.remove("prep");
 * byte[] smaller = Sfnt.write(Sfnt.version(program), tables);
 * }</pre>
 */
public final class Sfnt {

    private Sfnt() {
    }

    /**
     * The file's sfnt version (0x00010000 for TrueType outlines).
     *
     * @param program a TrueType file
     * @return its first four bytes as a number
     */
    public static int version(byte[] program) {
        return ByteBuffer.wrap(program).getInt(0);
    }

    /**
     * The tables of a file by tag, each a copy its caller may change.
     *
     * @param program a TrueType file
     * @return its tables in tag order
     * @throws IndexOutOfBoundsException if the directory points outside the file
     */
    public static Map<String, byte[]> tables(byte[] program) {
        ByteBuffer in = ByteBuffer.wrap(program);
        int count = in.getShort(4) & 0xFFFF;
        Map<String, byte[]> tables = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            String tag = new String(program, record, 4, StandardCharsets.ISO_8859_1);
            int offset = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            byte[] data = new byte[length];
            in.get(offset, data);
            tables.put(tag, data);
        }
        return tables;
    }

    /**
     * A file of these tables in tag order, each on a four-byte boundary with its checksum, and
     * the {@code head} table's checksum adjustment made for the whole file.
     *
     * @param version the sfnt version to write
     * @param tables  the tables by tag ({@code head}'s checksum adjustment is overwritten)
     * @return the file
     */
    public static byte[] write(int version, Map<String, byte[]> tables) {
        byte[] head = tables.get("head");
        if (head != null) {
            // the adjustment is computed over the file with this field at 0
            ByteBuffer.wrap(head).putInt(8, 0);
        }
        int count = tables.size();
        int power = Integer.highestOneBit(count);
        int size = 12 + 16 * count;
        for (byte[] table : tables.values()) {
            size += padded(table.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(version).putShort((short) count).putShort((short) (16 * power))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (16 * count - 16 * power));
        int offset = 12 + 16 * count;
        int headAt = -1;
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            byte[] data = table.getValue();
            out.put(table.getKey().getBytes(StandardCharsets.ISO_8859_1))
                    .putInt(checksum(data)).putInt(offset).putInt(data.length);
            out.put(offset, data);
            if (table.getKey().equals("head")) {
                headAt = offset;
            }
            offset += padded(data.length);
        }
        byte[] file = out.array();
        if (headAt >= 0) {
            ByteBuffer.wrap(file).putInt(headAt + 8, 0xB1B0AFBA - checksum(file));
        }
        return file;
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    /** The sum of the data as big-endian 32-bit words, zero-padded. */
    private static int checksum(byte[] data) {
        ByteBuffer words = ByteBuffer.wrap(data);
        int whole = data.length & ~3;
        int sum = 0;
        for (int i = 0; i < whole; i += 4) {
            sum += words.getInt(i);
        }
        if (whole < data.length) {
            int word = 0;
            for (int j = 0; j < 4; j++) {
                word = (word << 8) | (whole + j < data.length ? data[whole + j] & 0xFF : 0);
            }
            sum += word;
        }
        return sum;
    }
}
