package org.nashra.render.htmlpdf;

import org.nashra.document.BulletinDocument;
import org.nashra.document.DocumentOptions;
import org.nashra.model.Bulletin;
import org.nashra.render.html.FontEmbedding;
import org.nashra.render.html.HtmlRenderer;
import org.nashra.render.htmlpdf.internal.Printer;
import org.nashra.render.pdf.EmptyBulletinException;
import org.nashra.render.pdf.PageSize;
import org.nashra.render.pdf.RenderReport;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Prints bulletins as PDF through HTML: the page of {@link HtmlRenderer}, laid out and drawn
 * by openhtmltopdf on PDFBox. It is the second engine, the one users of openhtmltopdf know and
 * the one the direct engine ({@link org.nashra.render.pdf.PdfRenderer}) is measured against:
 * the same document, the same {@link RenderReport} and the same exceptions.
 *
 * <pre>{@code
 * HtmlPdfRenderer renderer = HtmlPdfRenderer.builder().pageSize(PageSize.A5).build();
 * try (OutputStream out = Files.newOutputStream(Path.of("bulletin.pdf"))) {
 *     RenderReport report = renderer.render(bulletin, sourceText, out);
 * }
 * }</pre>
 *
 * <p>Bidi runs are found and ordered by ICU with right to left as the default direction; the
 * bundled fonts are embedded (Noto Naskh Arabic, Noto Sans for Latin, Noto Kufi Arabic for
 * headings), and by default the file is tagged PDF/UA-1 and PDF/A-2a. What it does less well
 * than the direct engine: openhtmltopdf shapes Arabic with ICU's presentation forms, not with
 * the font's OpenType tables, so marks sit where the presentation form puts them, ligatures
 * beyond lam-alef are lost and lines are justified with spaces only, never kashida. Instances
 * are immutable and thread-safe.
 */
public final class HtmlPdfRenderer {
    private final DocumentOptions document;
    private final HtmlRenderer pages;
    private final Printer printer;

    private HtmlPdfRenderer(Builder b) {
        this.document = b.document;
        String page = "@page { size: " + points(b.pageSize.width()) + " " + points(b.pageSize.height()) + "; }\n";
        // the faces are registered with openhtmltopdf (Printer), not loaded by the stylesheet
        this.pages = HtmlRenderer.builder().document(b.document).fonts(FontEmbedding.SYSTEM)
                .stylesheet(page + b.stylesheet).build();
        this.printer = new Printer(b.standards, b.creationDate);
    }

    /**
     * A renderer with the defaults: A4, the document's defaults, PDF/UA-1 and PDF/A-2a.
     *
     * @return the renderer
     */
    public static HtmlPdfRenderer create() {
        return builder().build();
    }

    /**
     * A builder starting from the defaults of {@link #create()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Prints a bulletin with the text it was read from, as {@link HtmlRenderer#page(Bulletin, String)}
     * shows it: the masthead, headline, facts and every part with content, then the text in full.
     *
     * @param bulletin   the bulletin
     * @param sourceText the text it was read from, printed in full; null to print the facts alone
     * @param out        receives the PDF; not closed, and nothing is written to it when rendering fails
     * @return the page count and what openhtmltopdf warned about
     * @throws EmptyBulletinException if there is nothing to print: no fact, no title and no text
     * @throws IllegalArgumentException if the bulletin records a source that the text does not match
     * @throws IOException if writing fails
     */
    public RenderReport render(Bulletin bulletin, String sourceText, OutputStream out) throws IOException {
        Objects.requireNonNull(bulletin, "bulletin");
        Objects.requireNonNull(out, "out");
        BulletinDocument doc = BulletinDocument.of(bulletin, sourceText, document);
        if (doc.isEmpty()) {
            throw new EmptyBulletinException();
        }
        String xhtml = pages.printablePage(bulletin, sourceText);
        List<String> warnings = new ArrayList<>();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        int count = printer.print(xhtml, pdf, warnings::add);
        pdf.writeTo(out);
        return new RenderReport(count, warnings);
    }

    /**
     * Prints a bulletin without its text; the same as {@code render(bulletin, null, out)}.
     *
     * @param bulletin the bulletin
     * @param out      receives the PDF; not closed, and nothing is written to it when rendering fails
     * @return the page count and what openhtmltopdf warned about
     * @throws EmptyBulletinException if there is nothing to print: no fact and no title
     * @throws IOException if writing fails
     */
    public RenderReport render(Bulletin bulletin, OutputStream out) throws IOException {
        return render(bulletin, null, out);
    }

    private static String points(float value) {
        return String.format(Locale.ROOT, "%.2fpt", value);
    }

    /** Collects the options of an {@link HtmlPdfRenderer}; not thread-safe. */
    public static final class Builder {
        private DocumentOptions document = DocumentOptions.defaults();
        private PageSize pageSize = PageSize.A4;
        private String stylesheet = "";
        private boolean standards = true;
        private Optional<Instant> creationDate = Optional.empty();

        private Builder() {
        }

        /**
         * The creation date written in the file, as the direct engine's
         * {@link org.nashra.render.pdf.PdfRenderer.Builder#creationDate(Instant)} takes it. Either
         * way the same bulletin and options give the same bytes.
         *
         * @param value the date; by default none, and the file carries no date
         * @return this builder
         */
        public Builder creationDate(Instant value) {
            this.creationDate = Optional.of(value.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            return this;
        }

        /**
         * Parts, digits, month names, Hijri date, title, logo, accent colour, author, subject and
         * keywords, as for the direct engine (default: the document's defaults).
         *
         * @param value the document options
         * @return this builder
         */
        public Builder document(DocumentOptions value) {
            this.document = Objects.requireNonNull(value, "document");
            return this;
        }

        /**
         * The paper size (default {@link PageSize#A4}).
         *
         * @param value the paper size
         * @return this builder
         */
        public Builder pageSize(PageSize value) {
            this.pageSize = Objects.requireNonNull(value, "pageSize");
            return this;
        }

        /**
         * The caller's own CSS, after the page's as in {@link HtmlRenderer.Builder#stylesheet(String)},
         * e.g. {@code ":root { --nashra-accent: #064; }"}: it is rewritten into the CSS 2.1 that
         * openhtmltopdf reads with the rest.
         *
         * @param css the CSS; empty for none (the default)
         * @return this builder
         */
        public Builder stylesheet(String css) {
            this.stylesheet = Objects.requireNonNull(css, "css");
            return this;
        }

        /**
         * True (the default) for a file tagged for accessibility (PDF/UA-1) and archivable
         * (PDF/A-2a); false for openhtmltopdf's plain, untagged output.
         *
         * @param value true for PDF/UA-1 and PDF/A-2a
         * @return this builder
         */
        public Builder standards(boolean value) {
            this.standards = value;
            return this;
        }

        /**
         * The renderer of the options collected.
         *
         * @return the renderer
         * @throws IllegalArgumentException if the stylesheet contains {@code </style}
         */
        public HtmlPdfRenderer build() {
            return new HtmlPdfRenderer(this);
        }
    }
}
