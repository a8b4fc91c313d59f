package org.nashra.render.pdf.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;

class ContentWriterTest {

    @Test
    void numbersHaveAtMostFourDecimalsAndNoExponent() {
        assertThat(ContentWriter.format(12f)).isEqualTo("12");
        assertThat(ContentWriter.format(1.5f)).isEqualTo("1.5");
        assertThat(ContentWriter.format(-0.25f)).isEqualTo("-0.25");
        assertThat(ContentWriter.format(1e-7f)).isEqualTo("0");
        assertThat(ContentWriter.format(-1e-7f)).isEqualTo("0");
        assertThat(ContentWriter.format(123456.78f)).isEqualTo("123456.7813");
    }

    @Test
    void glyphsAreWrittenAsTwoByteCodesWithAdjustmentsBetween() {
        ContentWriter out = new ContentWriter();
        out.beginText().font(COSName.getPDFName("F1"), 12).textMatrix(72, 700)
                .showGlyphs(new int[] {1, 0x1A2B, 3}, new float[] {0, -120, 0}, 0, 3).endText();
        assertThat(new String(out.toByteArray(), StandardCharsets.ISO_8859_1))
                .isEqualTo("BT\n/F1 12 Tf\n1 0 0 1 72 700 Tm\n[<0001>-120 <1A2B0003>] TJ\nET\n");
    }

    @Test
    void aNumberThatIsNotFiniteIsRefused() {
        assertThatThrownBy(() -> new ContentWriter().lineWidth(Float.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
