package org.nashra.examples.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 that must be valid: a malformed byte is an error naming its offset, never a silent
 * U+FFFD that would shift every span. A leading byte order mark is dropped.
 */
final class StrictUtf8 {
    private static final int BOM_LENGTH = 3;

    private StrictUtf8() {
    }

    static String decode(byte[] bytes) throws InputException {
        int start = hasBom(bytes) ? BOM_LENGTH : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // positions of this buffer are offsets in the whole input, BOM included
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InputException(String.format("not valid UTF-8: malformed byte 0x%02X at byte offset %d",
                    bytes[in.position()] & 0xFF, in.position()));
        }
        return out.flip().toString();
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= BOM_LENGTH
                && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }
}
