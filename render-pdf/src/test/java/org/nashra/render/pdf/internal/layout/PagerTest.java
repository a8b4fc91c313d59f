package org.nashra.render.pdf.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nashra.fonts.NashraFonts;
import org.nashra.render.pdf.PdfProbe;
import org.nashra.render.pdf.internal.bidi.BaseDirection;
import org.nashra.render.pdf.internal.font.FontChain;
import org.nashra.render.pdf.internal.font.FontFace;
import org.nashra.render.pdf.internal.pdf.DocumentFonts;
import org.nashra.render.pdf.internal.shaping.JdkShaper;
import org.nashra.render.pdf.internal.text.Justifier;
import org.nashra.render.pdf.internal.text.ShapedLine;
import org.nashra.render.pdf.internal.typeset.DigitForm;
import org.nashra.render.pdf.internal.typeset.ParagraphStyle;
import org.nashra.render.pdf.internal.typeset.Typesetter;

class PagerTest {

    private static final float LINE = 20;
    /** Room for exactly five lines of 20 pt between the margins. */
    private static final PageGeometry FIVE_LINES = new PageGeometry(300, 100 + 5 * LINE, 50, 20, 50, 20);

    private static ParagraphStyle style;
    private static final Typesetter SETTER = new Typesetter(new JdkShaper(100));

    @BeforeAll
    static void load() throws IOException {
        FontFace amiri = FontFace.load(NashraFonts.AMIRI.regular());
        style = new ParagraphStyle(new FontChain(List.of(amiri)), 10, BaseDirection.AUTO, Justifier.NONE,
                FontChain.Missing.FAIL, DigitForm.AS_WRITTEN);
    }

    /** A paragraph of exactly {@code n} one-word lines, words numbered from {@code first}. */
    private static TextBlock paragraph(int first, int n, boolean heading) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : " ").append("كلمة").append(first + i);
        }
        List<ShapedLine> lines = SETTER.set(text.toString(), style, 30, w -> { });
        assertThat(lines).hasSize(n);
        return new TextBlock(lines, LINE, 0, 0, Alignment.START, heading);
    }

    /** Lines (text objects) per page, in page order. */
    private static List<Integer> linesPerPage(TextBlock... blocks) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(doc);
            Pager pager = new Pager(doc, fonts, FIVE_LINES);
            for (TextBlock block : blocks) {
                pager.add(block);
            }
            pager.finish(null);
            fonts.embedAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            Map<Integer, Long> perPage = new TreeMap<>(PdfProbe.glyphs(out.toByteArray()).stream()
                    .collect(Collectors.groupingBy(g -> g.page(),
                            Collectors.mapping(g -> g.textObject(), Collectors.collectingAndThen(Collectors.toSet(),
                                    s -> (long) s.size())))));
            return perPage.values().stream().map(Long::intValue).toList();
        }
    }

    @Test
    void linesFillAPageThenGoOnTheNext() throws IOException {
        assertThat(linesPerPage(paragraph(0, 7, false))).containsExactly(5, 2);
    }

    @Test
    void theLastLineOfAParagraphIsNotLeftAloneAtTheTopOfAPage() throws IOException {
        assertThat(linesPerPage(paragraph(0, 6, false))).containsExactly(4, 2);
    }

    @Test
    void theFirstLineOfAParagraphIsNotLeftAloneAtTheFootOfAPage() throws IOException {
        assertThat(linesPerPage(paragraph(0, 4, false), paragraph(10, 3, false))).containsExactly(4, 3);
    }

    @Test
    void aHeadingMovesToTheNextPageWithItsParagraph() throws IOException {
        assertThat(linesPerPage(paragraph(0, 3, false), paragraph(10, 1, true), paragraph(20, 3, false)))
                .containsExactly(3, 4);
    }

    @Test
    void aSectionHeadingAndTheGroupHeadingUnderItMoveTogetherWithTheirParagraph() throws IOException {
        assertThat(linesPerPage(paragraph(0, 3, false), paragraph(10, 1, true), paragraph(20, 1, true),
                paragraph(30, 3, false))).containsExactly(3, 5);
    }
}
