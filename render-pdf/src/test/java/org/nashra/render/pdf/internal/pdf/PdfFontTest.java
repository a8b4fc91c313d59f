package org.nashra.render.pdf.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.fontbox.ttf.GlyfCompositeDescript;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nashra.fonts.NashraFonts;
import org.nashra.render.pdf.internal.font.FontFace;

class PdfFontTest {

    private static FontFace amiri;

    @BeforeAll
    static void load() throws IOException {
        amiri = FontFace.load(NashraFonts.AMIRI.regular());
    }

    @Test
    void aGlyphIsItsOwnCodeTheFirstTimeAndGetsAnAliasForOtherText() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFont font = new PdfFont(amiri, doc);
            int space = amiri.glyphId(' ');

            int asSpace = font.code(space, " ");
            int asZwnj = font.code(space, "\u200C");

            assertThat(asSpace).isEqualTo(space);
            assertThat(asZwnj).isGreaterThanOrEqualTo(amiri.numberOfGlyphs());
            assertThat(font.code(space, "\u200C")).isEqualTo(asZwnj);
        }
    }

    @Test
    void embeddingWritesASubsetAToUnicodeFromTheShaperAndOneGlyphForAliases() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFont font = new PdfFont(amiri, doc);
            int lamAlef = 6655; // a ligature glyph: not in the cmap, so PDFBox's own map would miss it
            int space = amiri.glyphId(' ');
            font.code(lamAlef, "لا");
            font.code(space, " ");
            int alias = font.code(space, "\u200C");
            font.embed();

            COSDictionary type0 = font.dictionary();
            assertThat(type0.getNameAsString(COSName.BASE_FONT)).matches("[A-Z]{6}\\+Amiri-Regular");
            String toUnicode = read((COSStream) type0.getDictionaryObject(COSName.TO_UNICODE));
            assertThat(toUnicode).contains(String.format("<%04X> <06440627>", lamAlef))
                    .contains(String.format("<%04X> <0020>", space))
                    .contains(String.format("<%04X> <200C>", alias));

            COSDictionary cidFont = (COSDictionary) ((COSArray) type0.getDictionaryObject(COSName.DESCENDANT_FONTS))
                    .getObject(0);
            byte[] map = readBytes((COSStream) cidFont.getDictionaryObject(COSName.CID_TO_GID_MAP));
            assertThat(gidAt(map, alias)).isEqualTo(gidAt(map, space)).isNotZero();
            assertThat(gidAt(map, lamAlef)).isNotZero();
        }
    }

    @Test
    void aGlyphDrawnWithAnOffsetOrAnotherAdvanceIsACopyInTheProgramWithThatAdvanceAsItsWidth() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFont font = new PdfFont(amiri, doc);
            int lam = amiri.glyphId('ل');

            int plain = font.code(lam, "ل");
            int raised = font.code(lam, -40, 310, amiri.advance(lam) - 25, "ل");

            assertThat(font.code(lam, 0, 0, amiri.advance(lam), "ل")).isEqualTo(plain);
            assertThat(font.advance(raised)).isEqualTo(amiri.advance(lam) - 25);
            assertThat(raised).isNotEqualTo(plain);
            font.embed();

            PDType0Font parsed = new PDType0Font(font.dictionary());
            float k = 1000f / amiri.unitsPerEm();
            assertThat(parsed.getWidth(raised)).isCloseTo((amiri.advance(lam) - 25) * k, within(0.01f));
            assertThat(parsed.getWidth(plain)).isCloseTo(amiri.advance(lam) * k, within(0.01f));
            PDCIDFontType2 cidFont = (PDCIDFontType2) parsed.getDescendantFont();
            TrueTypeFont program = cidFont.getTrueTypeFont();
            int copy = cidFont.codeToGID(raised);
            assertThat(program.getAdvanceWidth(copy)).isEqualTo(amiri.advance(lam) - 25);
            GlyfCompositeDescript composite = (GlyfCompositeDescript) program.getGlyph().getGlyph(copy).getDescription();
            assertThat(composite.getComponents()).singleElement().satisfies(c -> {
                assertThat(c.getGlyphIndex()).isEqualTo(cidFont.codeToGID(plain));
                assertThat(c.getXTranslate()).isEqualTo(-40);
                assertThat(c.getYTranslate()).isEqualTo(310);
            });
        }
    }

    @Test
    void aGlyphStandingForThousandsOfMarksMapsToNoMoreThanTheFiveHundredAndTwelveBytesAToUnicodeEntryMayHold()
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFont font = new PdfFont(amiri, doc);
            int beh = amiri.glyphId('ب');
            String hostile = "ب" + "\u064E".repeat(5000);

            int code = font.code(beh, hostile);
            font.embed();

            String toUnicode = read((COSStream) font.dictionary().getDictionaryObject(COSName.TO_UNICODE));
            String entry = toUnicode.lines().filter(l -> l.startsWith(String.format("<%04X> ", code))).findFirst()
                    .orElseThrow();
            String destination = entry.substring(entry.indexOf("> <") + 3, entry.length() - 1);
            assertThat(destination.length() / 2).as("bytes").isLessThanOrEqualTo(512);
            assertThat(destination).startsWith("0628064E");
            assertThat(PdfFont.capped("a".repeat(255) + "\uD83D\uDE00")).hasSize(255);
        }
    }

    private static int gidAt(byte[] map, int cid) {
        return (map[2 * cid] & 0xFF) << 8 | map[2 * cid + 1] & 0xFF;
    }

    private static String read(COSStream stream) throws IOException {
        return new String(readBytes(stream), StandardCharsets.US_ASCII);
    }

    private static byte[] readBytes(COSStream stream) throws IOException {
        try (InputStream in = stream.createInputStream()) {
            return in.readAllBytes();
        }
    }
}
