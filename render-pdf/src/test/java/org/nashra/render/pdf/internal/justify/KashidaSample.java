package org.nashra.render.pdf.internal.justify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.fonts.FontSource;
import org.nashra.fonts.NashraFonts;
import org.nashra.render.pdf.internal.bidi.BaseDirection;
import org.nashra.render.pdf.internal.font.FontChain;
import org.nashra.render.pdf.internal.font.FontFace;
import org.nashra.render.pdf.internal.layout.PageGeometry;
import org.nashra.render.pdf.internal.layout.Pager;
import org.nashra.render.pdf.internal.layout.TextBlock;
import org.nashra.render.pdf.internal.pdf.DocumentFonts;
import org.nashra.render.pdf.internal.shaping.JdkShaper;
import org.nashra.render.pdf.internal.text.Justifier;
import org.nashra.render.pdf.internal.text.ShapedLine;
import org.nashra.render.pdf.internal.typeset.DigitForm;
import org.nashra.render.pdf.internal.typeset.ParagraphStyle;
import org.nashra.render.pdf.internal.typeset.Typesetter;

/**
 * Paragraphs set by the engine (bidi, Amiri with Noto Sans behind it, HarfBuzz shaping, line
 * breaking) and justified by a given justifier, and the PDF they print as: what the paragraph tests
 * check and the picture in {@code docs/} shows.
 */
final class KashidaSample {
    static final JdkShaper SHAPER = new JdkShaper(20_000);
    static final Typesetter TYPESETTER = new Typesetter(SHAPER);
    static final Justifier KASHIDA = new KashidaJustifier(SHAPER);
    static final FontFace AMIRI = load(NashraFonts.AMIRI.regular());
    static final FontFace AMIRI_BOLD = load(NashraFonts.AMIRI.bold());
    static final FontFace NOTO_SANS = load(NashraFonts.NOTO_SANS.regular());

    private KashidaSample() {
    }

    private static FontFace load(FontSource source) {
        try {
            return FontFace.load(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A right-to-left body style in Amiri, Noto Sans for what Amiri lacks. */
    static ParagraphStyle style(Justifier justifier, float size) {
        return new ParagraphStyle(new FontChain(List.of(AMIRI, NOTO_SANS)), size, BaseDirection.AUTO, justifier,
                FontChain.Missing.FAIL, DigitForm.AS_WRITTEN);
    }

    /** A paragraph set to {@code measure} points. */
    static List<ShapedLine> set(String paragraph, ParagraphStyle style, float measure) {
        List<String> warnings = new ArrayList<>();
        List<ShapedLine> lines = TYPESETTER.set(paragraph, style, measure, warnings::add);
        if (!warnings.isEmpty()) {
            throw new IllegalStateException("unexpected warnings: " + warnings);
        }
        return lines;
    }

    /** Blocks printed top to bottom on pages of the given geometry, without footers. */
    static byte[] pdf(List<TextBlock> blocks, PageGeometry geometry) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocumentFonts fonts = new DocumentFonts(document);
            Pager pager = new Pager(document, fonts, geometry);
            blocks.forEach(pager::add);
            pager.finish(null);
            fonts.embedAll();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Every paragraph of the development corpus texts, in file order. */
    static List<String> corpusParagraphs() {
        List<String> paragraphs = new ArrayList<>();
        for (String name : DevelopmentCorpus.names()) {
            DevelopmentCorpus.text(name).lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(paragraphs::add);
        }
        return paragraphs;
    }
}
