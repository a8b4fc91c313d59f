package org.nashra.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.nashra.fonts.FontFamily;
import org.nashra.fonts.FontSource;
import org.nashra.fonts.NashraFonts;
import org.nashra.model.Bulletin;
import org.nashra.model.Source;
import org.nashra.render.pdf.internal.bidi.BaseDirection;
import org.nashra.render.pdf.internal.font.FontChain;
import org.nashra.render.pdf.internal.font.FontFace;
import org.nashra.render.pdf.internal.justify.KashidaJustifier;
import org.nashra.render.pdf.internal.layout.PageGeometry;
import org.nashra.render.pdf.internal.layout.PlainDocument;
import org.nashra.render.pdf.internal.layout.SourceText;
import org.nashra.render.pdf.internal.shaping.JdkShaper;
import org.nashra.render.pdf.internal.text.Justifier;
import org.nashra.render.pdf.internal.text.ShapedLine;
import org.nashra.render.pdf.internal.typeset.DigitForm;
import org.nashra.render.pdf.internal.typeset.ParagraphStyle;
import org.nashra.render.pdf.internal.typeset.Typesetter;

/**
 * Prints bulletins as PDF: Arabic shaped exactly as HarfBuzz shapes it (the
 * JDK's own HarfBuzz, checked glyph by glyph against {@code hb-shape}), fonts
 * embedded as subsets, and text that copies out of the PDF in logical order.
 *
 * <pre>{@code
 * PdfRenderer renderer = PdfRenderer.builder().pageSize(PageSize.A5).build();
 * try (OutputStream out = Files.newOutputStream(Path.of("bulletin.pdf"))) {
 *     RenderReport report = renderer.render(bulletin, sourceText, out);
 * }
 * }</pre>
 *
 * <p>What it prints today: the bulletin's title in the heading family's bold
 * face (Noto Kufi Arabic by default), centred, then the source text as body
 * paragraphs (one per line of the text) in the body family (Amiri by default),
 * justified with kashidas (see {@link Justification#KASHIDA}), on numbered
 * pages. Right-to-left paragraphs are detected from their first strong
 * letter; Latin, digits and punctuation inside Arabic are drawn by whichever
 * font of the chain has them, in the order of the Unicode bidi algorithm.
 *
 * <p>Limits: the bulletin's facts (meetings, resolutions…) are not printed
 * yet, nor is the PDF tagged for accessibility; no hyphenation; no vertical
 * text; TrueType-outline fonts only (no CFF).
 *
 * <p>A renderer is immutable and thread-safe; it loads its fonts once, at
 * {@link Builder#build()}, and caches shaped words across documents, so keep
 * one for many documents.
 */
public final class PdfRenderer {

    private static final int SHAPE_CACHE = 50_000;

    private final PdfOptions options;
    private final Typesetter typesetter;
    private final PlainDocument.Styles styles;
    private final PageGeometry geometry;

    private PdfRenderer(PdfOptions options) {
        this.options = options;
        Map<FontSource, FontFace> faces = new LinkedHashMap<>();
        FontChain body = chain(faces, options.bodyFamily(), options.fallbackFamilies(), false);
        FontChain heading = chain(faces, options.headingFamily(), options.fallbackFamilies(), true);
        FontChain.Missing missing = options.missingGlyphs() == MissingGlyphs.FAIL
                ? FontChain.Missing.FAIL : FontChain.Missing.REPLACE;
        DigitForm digits = DigitForm.valueOf(options.digits().name());
        this.typesetter = new Typesetter(new JdkShaper(SHAPE_CACHE));
        Justifier justifier = switch (options.justification()) {
            case NONE -> Justifier.NONE;
            case INTER_WORD -> Justifier.INTER_WORD;
            case KASHIDA -> new KashidaJustifier(typesetter.shaper());
        };
        this.styles = new PlainDocument.Styles(
                new ParagraphStyle(heading, options.headingSize(), BaseDirection.AUTO, Justifier.NONE, missing, digits),
                new ParagraphStyle(body, options.bodySize(), BaseDirection.AUTO, justifier, missing, digits),
                new ParagraphStyle(body, Math.max(4, options.bodySize() * 0.75f), BaseDirection.AUTO, Justifier.NONE,
                        missing, digits));
        Margins m = options.margins();
        this.geometry = new PageGeometry(options.pageSize().width(), options.pageSize().height(), m.top(), m.right(),
                m.bottom(), m.left());
    }

    /**
     * A builder with the defaults: A4, 20 mm margins, Amiri 12 pt body, Noto Kufi Arabic 18 pt title, kashida
     * justification.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The settings this renderer was built with. */
    public PdfOptions options() {
        return options;
    }

    /**
     * Prints a bulletin with the text it was parsed from.
     *
     * @param bulletin   the bulletin; its title becomes the heading
     * @param sourceText the original text, printed as body paragraphs; null to
     *                   print the title alone
     * @param out        receives the PDF; not closed
     * @return the page count and any warnings
     * @throws IllegalArgumentException if the bulletin records a {@link Source}
     *         that the text does not match (another text, or an edited one), or
     *         (with {@link MissingGlyphs#FAIL}) if a character has no glyph in any font
     * @throws IOException if writing fails
     */
    public RenderReport render(Bulletin bulletin, String sourceText, OutputStream out) throws IOException {
        Objects.requireNonNull(bulletin, "bulletin");
        Objects.requireNonNull(out, "out");
        if (sourceText != null && bulletin.source() != null) {
            checkSource(bulletin.source(), sourceText);
        }
        List<String> warnings = new ArrayList<>();
        List<String> paragraphs = sourceText == null ? List.of() : SourceText.paragraphs(sourceText, warnings::add);
        String title = bulletin.title() == null ? null : String.join(" ", SourceText.paragraphs(bulletin.title(),
                warnings::add));
        int pages = new PlainDocument(typesetter, styles, geometry).write(
                title == null || title.isEmpty() ? null : title, paragraphs, out, warnings::add);
        return new RenderReport(pages, warnings);
    }

    /** Prints a bulletin without its source text (today: the title alone). */
    public RenderReport render(Bulletin bulletin, OutputStream out) throws IOException {
        return render(bulletin, null, out);
    }

    /**
     * Sets one paragraph as body text would be set, without printing it.
     *
     * @param paragraph one paragraph (a line break inside is an error)
     * @param measure   the line width in points
     * @throws IllegalArgumentException for a paragraph separator inside the text,
     *         a measure that is not positive, or (with {@link MissingGlyphs#FAIL})
     *         a character without glyph
     */
    public ParagraphLayout layout(String paragraph, float measure) {
        Objects.requireNonNull(paragraph, "paragraph");
        List<String> warnings = new ArrayList<>();
        List<LineLayout> lines = new ArrayList<>();
        for (ShapedLine line : typesetter.set(paragraph, styles.body(), measure, warnings::add)) {
            lines.add(new LineLayout(line.start(), line.end(), line.width(), line.isRightToLeft()));
        }
        return new ParagraphLayout(paragraph, measure, PlainDocument.lineHeight(styles.body()), lines, warnings);
    }

    private static void checkSource(Source source, String text) {
        String sha256;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            sha256 = HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
        if (source.length() != text.length() || !source.sha256().equals(sha256)) {
            throw new IllegalArgumentException(String.format(
                    "the text (%d chars, sha256 %s) is not the one the bulletin was parsed from (%d chars, sha256 %s)",
                    text.length(), sha256, source.length(), source.sha256()));
        }
    }

    private static FontChain chain(Map<FontSource, FontFace> loaded, FontFamily first, List<FontFamily> fallbacks,
                                   boolean bold) {
        Set<FontSource> sources = new LinkedHashSet<>();
        sources.add(first.face(bold));
        for (FontFamily f : fallbacks) {
            sources.add(f.face(bold));
        }
        for (FontFamily f : List.of(NashraFonts.AMIRI, NashraFonts.NOTO_NASKH_ARABIC, NashraFonts.NOTO_SANS)) {
            sources.add(f.face(bold));
        }
        List<FontFace> faces = new ArrayList<>();
        for (FontSource source : sources) {
            faces.add(loaded.computeIfAbsent(source, PdfRenderer::load));
        }
        return new FontChain(faces);
    }

    private static FontFace load(FontSource source) {
        try {
            return FontFace.load(source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + source.name(), e);
        }
    }

    /**
     * Collects the settings of a {@link PdfRenderer}. Not thread-safe; each
     * {@link #build()} makes an independent renderer.
     */
    public static final class Builder {
        private PageSize pageSize = PageSize.A4;
        private Margins margins = Margins.of(Margins.mm(20));
        private FontFamily bodyFamily = NashraFonts.AMIRI;
        private FontFamily headingFamily = NashraFonts.NOTO_KUFI_ARABIC;
        private final List<FontFamily> fallbackFamilies = new ArrayList<>();
        private float bodySize = 12;
        private float headingSize = 18;
        private Justification justification = Justification.KASHIDA;
        private MissingGlyphs missingGlyphs = MissingGlyphs.REPLACE;
        private Digits digits = Digits.AS_WRITTEN;

        private Builder() {
        }

        public Builder pageSize(PageSize value) {
            this.pageSize = Objects.requireNonNull(value, "pageSize");
            return this;
        }

        public Builder margins(Margins value) {
            this.margins = Objects.requireNonNull(value, "margins");
            return this;
        }

        /** The body text family, tried first for every character of the body. */
        public Builder bodyFamily(FontFamily value) {
            this.bodyFamily = Objects.requireNonNull(value, "bodyFamily");
            return this;
        }

        /** The title family; its bold face is used. */
        public Builder headingFamily(FontFamily value) {
            this.headingFamily = Objects.requireNonNull(value, "headingFamily");
            return this;
        }

        /** Adds a family to try, after the body or heading family and before the bundled ones. */
        public Builder fallbackFamily(FontFamily value) {
            fallbackFamilies.add(Objects.requireNonNull(value, "fallbackFamily"));
            return this;
        }

        /** Body size in points, 4 to 200. */
        public Builder bodySize(float points) {
            this.bodySize = points;
            return this;
        }

        /** Title size in points, 4 to 200. */
        public Builder headingSize(float points) {
            this.headingSize = points;
            return this;
        }

        public Builder justification(Justification value) {
            this.justification = Objects.requireNonNull(value, "justification");
            return this;
        }

        public Builder missingGlyphs(MissingGlyphs value) {
            this.missingGlyphs = Objects.requireNonNull(value, "missingGlyphs");
            return this;
        }

        public Builder digits(Digits value) {
            this.digits = Objects.requireNonNull(value, "digits");
            return this;
        }

        /**
         * Checks the settings and loads the fonts.
         *
         * @throws IllegalArgumentException for a bad setting or a font that is not a usable TrueType font
         * @throws UncheckedIOException if a font file cannot be read
         */
        public PdfRenderer build() {
            return new PdfRenderer(new PdfOptions(pageSize, margins, bodyFamily, headingFamily, fallbackFamilies,
                    bodySize, headingSize, justification, missingGlyphs, digits));
        }
    }
}
