package org.nashra.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.nashra.fonts.FontFamily;
import org.nashra.fonts.FontSource;
import org.nashra.fonts.NashraFonts;
import org.nashra.document.BulletinDocument;
import org.nashra.document.DocumentOptions;
import org.nashra.model.Bulletin;
import org.nashra.model.IsoDate;
import org.nashra.model.Source;
import org.nashra.render.pdf.internal.bidi.BaseDirection;
import org.nashra.render.pdf.internal.font.FontChain;
import org.nashra.render.pdf.internal.font.FontFace;
import org.nashra.render.pdf.internal.justify.KashidaJustifier;
import org.nashra.render.pdf.internal.layout.PageGeometry;
import org.nashra.render.pdf.internal.layout.BulletinLayout;
import org.nashra.render.pdf.internal.pdf.Metadata;
import org.nashra.render.pdf.internal.shaping.JdkShaper;
import org.nashra.render.pdf.internal.text.Justifier;
import org.nashra.render.pdf.internal.text.ShapedLine;
import org.nashra.render.pdf.internal.typeset.DigitForm;
import org.nashra.render.pdf.internal.typeset.ParagraphStyle;
import org.nashra.render.pdf.internal.typeset.Typesetter;
import org.nashra.document.BulletinText;

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
 * <p>What it prints: the bulletin as {@link BulletinDocument} describes it (a
 * masthead, the headline in the heading family's bold face, Noto Kufi Arabic by
 * default, a facts panel, lists and right-to-left tables of what the bulletin
 * holds), then the source text in the body family (Amiri by default), justified
 * with kashidas (see {@link Justification#KASHIDA}), its lines broken by total fit
 * over each paragraph; several bulletins as one collection with a cover and linked
 * contents ({@link #render(String, List, OutputStream)}). The file is tagged and is
 * PDF/UA-1 and PDF/A-2a. Right-to-left paragraphs are detected from their first
 * strong letter; Latin, digits and punctuation inside Arabic are drawn by whichever
 * font of the chain has them, in the order of the Unicode bidi algorithm.
 *
 * <p>Limits: no hyphenation (a word wider than the line is broken between
 * letters); no vertical text; TrueType-outline fonts only (no CFF).
 *
 * <p>A renderer is immutable and thread-safe; it loads its fonts once, at
 * {@link Builder#build()}, and caches shaped words across documents, so keep
 * one for many documents.
 */
public final class PdfRenderer {

    private static final int SHAPE_CACHE = 50_000;
    /** The heading of a collection's table of contents. */
    private static final String CONTENTS = "المحتويات";

    private final PdfOptions options;
    private final Typesetter typesetter;
    private final BulletinLayout.Styles styles;
    private final PageGeometry geometry;

    private PdfRenderer(PdfOptions options) {
        this.options = options;
        Map<FontSource, FontFace> faces = new ConcurrentHashMap<>();
        FontChain bodyFonts = chain(faces, options.bodyFamily(), options.fallbackFamilies(), false, null);
        // the heading face's missing punctuation from the body face, embedded anyway, not from a bold fallback
        FontChain headingFonts = chain(faces, options.headingFamily(), options.fallbackFamilies(), true,
                bodyFonts.primary());
        FontChain.Missing missing = options.missingGlyphs() == MissingGlyphs.FAIL
                ? FontChain.Missing.FAIL : FontChain.Missing.REPLACE;
        DigitForm digits = switch (options.document().numerals()) {
            case AS_WRITTEN -> DigitForm.AS_WRITTEN;
            case LATIN -> DigitForm.LATIN;
            case ARABIC_INDIC -> DigitForm.ARABIC;
        };
        this.typesetter = new Typesetter(new JdkShaper(SHAPE_CACHE));
        Justifier justifier = switch (options.justification()) {
            case NONE -> Justifier.NONE;
            case INTER_WORD -> Justifier.INTER_WORD;
            case KASHIDA -> new KashidaJustifier(typesetter.shaper());
        };
        float body = options.bodySize();
        float heading = options.headingSize();
        this.styles = new BulletinLayout.Styles(
                style(headingFonts, heading, Justifier.NONE, missing, digits),
                style(headingFonts, Math.max(body * 1.1f, heading * 0.72f), Justifier.NONE, missing, digits),
                style(headingFonts, body * 0.92f, Justifier.NONE, missing, digits),
                style(bodyFonts, body, justifier, missing, digits),
                style(bodyFonts, body, Justifier.NONE, missing, digits),
                style(headingFonts, body * 0.8f, Justifier.NONE, missing, digits),
                style(bodyFonts, Math.max(4, body * 0.75f), Justifier.NONE, missing, digits));
        Margins m = options.margins();
        this.geometry = new PageGeometry(options.pageSize().width(), options.pageSize().height(), m.top(), m.right(),
                m.bottom(), m.left());
    }

    private static ParagraphStyle style(FontChain fonts, float size, Justifier justifier, FontChain.Missing missing,
                                        DigitForm digits) {
        return new ParagraphStyle(fonts, size, BaseDirection.AUTO, justifier, missing, digits);
    }

    /**
     * A builder with the defaults: A4, 20 mm margins, Amiri 13.5 pt body, Noto Kufi Arabic 20 pt title, kashida
     * justification, replacement of missing glyphs, the document's defaults (digits as written, no logo), PDF/UA-1
     * and PDF/A-2a.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The settings this renderer was built with.
     *
     * @return the settings
     */
    public PdfOptions options() {
        return options;
    }

    /**
     * Prints a bulletin with the text it was parsed from: the masthead, headline,
     * facts panel and every part of the bulletin that has content (see
     * {@link BulletinDocument}), then the text in full.
     *
     * @param bulletin   the bulletin
     * @param sourceText the original text, printed in full after the facts; null to
     *                   print the facts alone
     * @param out        receives the PDF; not closed, and nothing is written to it
     *                   when rendering fails
     * @return the page count and any warnings
     * @throws EmptyBulletinException if there is nothing to print: no fact, no title and no text
     * @throws IllegalArgumentException if the bulletin records a {@link Source}
     *         that the text does not match (another text, or an edited one), or
     *         (with {@link MissingGlyphs#FAIL}, a {@link MissingGlyphException}) if a character has no glyph in any font
     * @throws IOException if writing fails
     */
    public RenderReport render(Bulletin bulletin, String sourceText, OutputStream out) throws IOException {
        Objects.requireNonNull(bulletin, "bulletin");
        Objects.requireNonNull(out, "out");
        List<String> warnings = new ArrayList<>();
        BulletinDocument document = document(bulletin, sourceText, warnings);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        int pages = layout().write(document, pdf, warnings::add);
        pdf.writeTo(out);
        return new RenderReport(pages, warnings);
    }

    private BulletinDocument document(Bulletin bulletin, String sourceText, List<String> warnings) {
        BulletinDocument document = BulletinDocument.of(bulletin, sourceText, options.document());
        if (document.isEmpty()) {
            throw new EmptyBulletinException();
        }
        if (sourceText != null) {
            warnDroppedControls(sourceText, warnings);
        }
        return document;
    }

    private BulletinLayout layout() {
        DocumentOptions d = options.document();
        return new BulletinLayout(typesetter, styles, geometry, options.creationDate(),
                new Metadata.Description(d.author(), d.subject(), d.keywords()), d.accent());
    }

    /**
     * Prints several bulletins as one document: a cover with the collection's title, the
     * dates of its bulletins and a table of contents (titles, page numbers, links), then each
     * bulletin from a new page, as {@link #render(Bulletin, String, OutputStream)} prints it.
     * The PDF has a bookmark per bulletin and page labels that match the printed numbers.
     *
     * <pre>{@code
     * renderer.render("نشرات تشرين الأول", List.of(BulletinText.of(a, textA), BulletinText.of(b)), out);
     * }</pre>
     *
     * @param title   the collection's title, on the cover and in the metadata
     * @param entries the bulletins, at least one, in order
     * @param out     receives the PDF; not closed, and nothing is written to it when rendering fails
     * @return the page count, cover included, and any warnings
     * @throws EmptyBulletinException if a bulletin has nothing to print
     * @throws IllegalArgumentException if the title is blank, there is no entry, a bulletin records a
     *         {@link Source} its text does not match, or (with {@link MissingGlyphs#FAIL}) a character
     *         has no glyph in any font
     * @throws IOException if writing fails
     */
    public RenderReport render(String title, List<BulletinText> entries, OutputStream out) throws IOException {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(out, "out");
        if (title.isBlank()) {
            throw new IllegalArgumentException("the collection's title is blank");
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a collection needs at least one bulletin");
        }
        List<String> warnings = new ArrayList<>();
        List<BulletinDocument> documents = new ArrayList<>(entries.size());
        List<IsoDate> dates = new ArrayList<>();
        for (BulletinText e : entries) {
            documents.add(document(e.bulletin(), e.sourceText(), warnings));
            IsoDate date = date(e.bulletin());
            if (date != null) {
                dates.add(date);
            }
        }
        String dateLine = dates.isEmpty() ? null : BulletinDocument.dates(Collections.min(dates),
                Collections.max(dates), options.document());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        int pages = layout().write(new BulletinLayout.Cover(title, dateLine, CONTENTS), documents, pdf,
                warnings::add);
        pdf.writeTo(out);
        return new RenderReport(pages, warnings);
    }

    /** A bulletin's date on a cover: its dateline's, else its first meeting's; null when it has none. */
    private static IsoDate date(Bulletin bulletin) {
        if (bulletin.dateline() != null && bulletin.dateline().start() != null) {
            return bulletin.dateline().start();
        }
        return bulletin.meetings().stream().map(m -> m.when() == null ? null : m.when().start())
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * Prints a bulletin without its source text: everything but the full text.
     * The same as {@code render(bulletin, null, out)}.
     *
     * @param bulletin the bulletin
     * @param out      receives the PDF; not closed, and nothing is written to it
     *                 when rendering fails
     * @return the page count and any warnings
     * @throws EmptyBulletinException if there is nothing to print: no fact and no title
     * @throws MissingGlyphException with {@link MissingGlyphs#FAIL}, if a character has no glyph in any font
     * @throws IOException if writing fails
     */
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
     * @return the lines, their widths and the paragraph's height
     */
    public ParagraphLayout layout(String paragraph, float measure) {
        Objects.requireNonNull(paragraph, "paragraph");
        List<String> warnings = new ArrayList<>();
        List<LineLayout> lines = new ArrayList<>();
        for (ShapedLine line : typesetter.set(paragraph, styles.body(), measure, warnings::add)) {
            lines.add(new LineLayout(line.start(), line.end(), line.width(), line.isRightToLeft()));
        }
        return new ParagraphLayout(paragraph, measure, styles.body().lineHeight(), lines, warnings);
    }

    /** The document reads line ends and tabs as breaks and spaces and leaves other control characters out. */
    private static void warnDroppedControls(String text, List<String> warnings) {
        int dropped = 0;
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && !Character.isWhitespace(c) && c != '\u0085') {
                first = dropped++ == 0 ? i : first;
            }
        }
        if (dropped > 0) {
            warnings.add(String.format("%d control character%s dropped from the text, the first at offset %d",
                    dropped, dropped == 1 ? "" : "s", first));
        }
    }

    private static FontChain chain(Map<FontSource, FontFace> loaded, FontFamily first, List<FontFamily> fallbacks,
                                   boolean bold, FontFace common) {
        Set<FontSource> sources = new LinkedHashSet<>();
        sources.add(first.face(bold));
        for (FontFamily f : fallbacks) {
            sources.add(f.face(bold));
        }
        for (FontFamily f : List.of(NashraFonts.AMIRI, NashraFonts.NOTO_NASKH_ARABIC, NashraFonts.NOTO_SANS)) {
            sources.add(f.face(bold));
        }
        List<Supplier<FontFace>> faces = new ArrayList<>();
        for (FontSource source : sources) {
            // a face is loaded when a character first needs it, once per renderer for both chains
            faces.add(() -> loaded.computeIfAbsent(source, PdfRenderer::load));
        }
        return FontChain.onDemand(faces, common);
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
        private float bodySize = 13.5f;
        private float headingSize = 20;
        private Justification justification = Justification.KASHIDA;
        private MissingGlyphs missingGlyphs = MissingGlyphs.REPLACE;
        private DocumentOptions document = DocumentOptions.defaults();
        private Optional<Instant> creationDate = Optional.empty();

        private Builder() {
        }

        /**
         * The page size.
         *
         * @param value the page size; A4 by default
         * @return this builder
         */
        public Builder pageSize(PageSize value) {
            this.pageSize = Objects.requireNonNull(value, "pageSize");
            return this;
        }

        /**
         * The page margins; the page number sits in the bottom one.
         *
         * @param value the margins; 20 mm all round by default
         * @return this builder
         */
        public Builder margins(Margins value) {
            this.margins = Objects.requireNonNull(value, "margins");
            return this;
        }

        /**
         * The body text family, tried first for every character of the body.
         *
         * @param value the family; Amiri by default
         * @return this builder
         */
        public Builder bodyFamily(FontFamily value) {
            this.bodyFamily = Objects.requireNonNull(value, "bodyFamily");
            return this;
        }

        /**
         * The title family; its bold face is used.
         *
         * @param value the family; Noto Kufi Arabic by default
         * @return this builder
         */
        public Builder headingFamily(FontFamily value) {
            this.headingFamily = Objects.requireNonNull(value, "headingFamily");
            return this;
        }

        /**
         * Adds a family to try, after the body or heading family and before the bundled ones,
         * for characters those lack. Families added earlier are tried first.
         *
         * @param value the family
         * @return this builder
         */
        public Builder fallbackFamily(FontFamily value) {
            fallbackFamilies.add(Objects.requireNonNull(value, "fallbackFamily"));
            return this;
        }

        /**
         * The body size; checked by {@link #build()}.
         *
         * @param points the size in points, 4 to 200; 13.5 by default
         * @return this builder
         */
        public Builder bodySize(float points) {
            this.bodySize = points;
            return this;
        }

        /**
         * The title size; checked by {@link #build()}.
         *
         * @param points the size in points, 4 to 200; 20 by default
         * @return this builder
         */
        public Builder headingSize(float points) {
            this.headingSize = points;
            return this;
        }

        /**
         * How body lines fill the measure.
         *
         * @param value the justification; {@link Justification#KASHIDA} by default
         * @return this builder
         */
        public Builder justification(Justification value) {
            this.justification = Objects.requireNonNull(value, "justification");
            return this;
        }

        /**
         * What to do with a character that no font has.
         *
         * @param value the policy; {@link MissingGlyphs#REPLACE} by default
         * @return this builder
         */
        public Builder missingGlyphs(MissingGlyphs value) {
            this.missingGlyphs = Objects.requireNonNull(value, "missingGlyphs");
            return this;
        }

        /**
         * What the printed bulletin holds and says about itself, as the HTML renderers take it: parts and
         * their order, digits (composed and drawn: {@link org.nashra.document.Numerals}), month names, Hijri
         * dates, a title, the organisation's logo, the accent colour of rules and table header bands,
         * author, subject and keywords.
         *
         * <pre>{@code
         * PdfRenderer.builder().document(DocumentOptions.builder().numerals(Numerals.ARABIC_INDIC)
         *         .logo(Logo.read(Path.of("logo.png"), "شعار الاتحاد")).author("المكتب الإعلامي").build()).build();
         * }</pre>
         *
         * @param value the document options; {@code DocumentOptions.defaults()} by default
         * @return this builder
         */
        public Builder document(DocumentOptions value) {
            this.document = Objects.requireNonNull(value, "document");
            return this;
        }

        /**
         * The creation and modification date the documents carry (rounded down to the second); none by default.
         * The output stays the same bytes for the same input and settings either way: the document ID is a
         * digest of the content, never the time of rendering, so batches can be compared and cached.
         *
         * <pre>{@code
         * PdfRenderer.builder().creationDate(Instant.parse("2026-12-01T09:00:00Z")).build();
         * }</pre>
         *
         * @param value the date written in every document this renderer makes
         * @return this builder
         */
        public Builder creationDate(Instant value) {
            this.creationDate = Optional.of(Objects.requireNonNull(value, "creationDate"));
            return this;
        }

        /**
         * Checks the settings and loads the fonts.
         *
         * @return a renderer with these settings
         * @throws IllegalArgumentException for a bad setting or a font that is not a usable TrueType font
         * @throws UncheckedIOException if a font file cannot be read
         */
        public PdfRenderer build() {
            return new PdfRenderer(new PdfOptions(pageSize, margins, bodyFamily, headingFamily, fallbackFamilies,
                    bodySize, headingSize, justification, missingGlyphs, document,
                    creationDate));
        }
    }
}
