package org.nashra.render.pdf.internal.font;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.GlyphDescription;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.nashra.fonts.FontSource;
import org.nashra.fonts.NashraFonts;

class SubsetTest {

    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "glyf", "hmtx");

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser(true).parse(new RandomAccessReadBuffer(font));
    }

    @Test
    void aSubsetKeepsEveryOutlineAndAdvanceButNoHinting() throws IOException {
        FontSource kufi = NashraFonts.NOTO_KUFI_ARABIC.bold();
        FontFace face = FontFace.load(kufi);
        Set<Integer> wanted = Set.of(face.glyphId('م'), face.glyphId('ؤ'), face.glyphId('ت'), face.glyphId('ر'),
                face.glyphId('ا'), face.glyphId('1'));

        FontFace.Subset subset = face.subset(wanted, TABLES);

        try (TrueTypeFont original = parse(kufi.readAllBytes()); TrueTypeFont small = parse(subset.program())) {
            assertThat(original.getTableMap()).containsKey("fpgm");
            assertThat(small.getTableMap()).doesNotContainKeys("fpgm", "prep", "cvt ");
            for (Map.Entry<Integer, Integer> kept : subset.newIds().entrySet()) {
                GlyphData before = original.getGlyph().getGlyph(kept.getKey());
                GlyphData after = small.getGlyph().getGlyph(kept.getValue());
                if (before.getNumberOfContours() > 0) {
                    assertThat(instructionBytes(original, kept.getKey())).isPositive();
                    assertThat(instructionBytes(small, kept.getValue())).isZero();
                }
                assertThat(points(after.getDescription())).isEqualTo(points(before.getDescription()));
                assertThat(small.getAdvanceWidth(kept.getValue())).isEqualTo(face.advance(kept.getKey()));
            }
        }
    }

    /** The length of a simple glyph's instructions (composite glyphs have them elsewhere), read from {@code glyf}. */
    private static int instructionBytes(TrueTypeFont font, int gid) throws IOException {
        long[] offsets = font.getIndexToLocation().getOffsets();
        ByteBuffer glyf = ByteBuffer.wrap(font.getTableBytes(font.getTableMap().get("glyf")));
        int at = (int) offsets[gid];
        int contours = glyf.getShort(at);
        return glyf.getShort(at + 10 + 2 * contours) & 0xFFFF;
    }

    private static String points(GlyphDescription glyph) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < glyph.getPointCount(); i++) {
            sb.append(glyph.getXCoordinate(i)).append(',').append(glyph.getYCoordinate(i)).append(' ');
        }
        return sb.toString();
    }
}
