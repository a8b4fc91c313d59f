package org.nashra.render.html;

import org.nashra.document.DocumentOptions;
import org.nashra.fonts.FontSource;
import org.nashra.fonts.NashraFonts;
import org.nashra.model.Bulletin;
import org.nashra.render.html.internal.Pages;
import org.nashra.render.html.internal.Stylesheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.nashra.document.BulletinText;

/**
 * Prints bulletins as semantic, right-to-left HTML5: a page per bulletin, a page of
 * several with a table of contents, or a fragment for an app's own page. It lays out
 * the same {@link org.nashra.document.BulletinDocument} as the PDF renderer: the same
 * sections, labels, dates and options.
 *
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.builder()
 *         .document(DocumentOptions.builder().numerals(Numerals.ARABIC_INDIC).build())
 *         .evidence(true)
 *         .build();
 * String page = renderer.page(bulletin, sourceText);
 * String both = renderer.collection("نشرات أيار", List.of(BulletinText.of(a), BulletinText.of(b)));
 * String part = renderer.fragment(bulletin, null);   // with renderer.stylesheet() in the host page's head
 * }</pre>
 *
 * <p>Every piece of text is encoded for its context by the OWASP Java Encoder, every
 * attribute is quoted, and bidi embedding and override controls in the input are dropped,
 * so no text can reorder what follows its element. A page loads nothing from elsewhere
 * and runs no script: its Content-Security-Policy allows its one stylesheet and fonts from
 * itself or beside it, and the schema.org JSON-LD of each meeting is data, not script.
 * Instances are immutable and thread-safe.
 */
public final class HtmlRenderer {
    private static final Pattern ID_PREFIX = Pattern.compile("[a-z][a-z0-9-]*");
    /** The licence of the fonts a page uses, which goes wherever they go. */
    private static final String LICENCE = "OFL-Noto.txt";

    private final Pages pages;
    private final Stylesheet stylesheet;

    private HtmlRenderer(Builder b) {
        this.stylesheet = Stylesheet.of(b.fonts, b.document.accent(), b.stylesheet);
        this.pages = new Pages(b.document, stylesheet, b.evidence, b.idPrefix);
    }

    /**
     * A renderer with the defaults.
     *
     * @return a renderer with the document's defaults, fonts inside the page and no evidence links
     */
    public static HtmlRenderer create() {
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
     * A standalone HTML5 page of one bulletin.
     *
     * @param bulletin   the bulletin
     * @param sourceText the text it was read from, shown as its full text; null for none
     * @return the page, from {@code <!DOCTYPE html>} on
     * @throws IllegalArgumentException if the bulletin records a source that the text does not match
     */
    public String page(Bulletin bulletin, String sourceText) {
        return pages.page(List.of(input(new BulletinText(bulletin, sourceText))), null);
    }

    /**
     * A standalone HTML5 page of one bulletin without its text.
     *
     * @param bulletin the bulletin
     * @return the page, from {@code <!DOCTYPE html>} on
     */
    public String page(Bulletin bulletin) {
        return page(bulletin, null);
    }

    /**
     * One page of several bulletins, with a table of contents linking to each.
     *
     * @param title   the page's heading
     * @param entries the bulletins, at least one
     * @return the page, from {@code <!DOCTYPE html>} on
     * @throws IllegalArgumentException if the title is blank, there is no entry, or a bulletin
     *         records a source that its text does not match
     */
    public String collection(String title, List<BulletinText> entries) {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("the collection's title is blank");
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a collection needs at least one bulletin");
        }
        return pages.page(entries.stream().map(HtmlRenderer::input).toList(), title);
    }

    /**
     * One bulletin as an {@code <article lang="ar" dir="rtl">} for an app's own page, which
     * links or includes {@link #stylesheet()} and sets its own Content-Security-Policy.
     *
     * @param bulletin   the bulletin
     * @param sourceText the text it was read from, or null
     * @return the {@code <article>} element
     * @throws IllegalArgumentException if the bulletin records a source that the text does not match
     */
    public String fragment(Bulletin bulletin, String sourceText) {
        return pages.fragment(input(new BulletinText(bulletin, sourceText)));
    }

    /**
     * One bulletin as a page for CSS 2.1 paged-media printers such as openhtmltopdf and Flying
     * Saucer, which read pages with an XML parser: well-formed XHTML (no void element, the
     * stylesheet as encoded text), the same article as {@link #page(Bulletin, String)} without its
     * JSON-LD, the stylesheet rewritten in CSS 2.1 with this renderer's rules last, and the page
     * numbers as a running footer element ({@code .nashra-footer}) in the document's words and
     * digits. Build the renderer with {@link FontEmbedding#SYSTEM} and register
     * {@link #fontFaces()} with the printer.
     *
     * <pre>{@code
     * HtmlRenderer print = HtmlRenderer.builder().fonts(FontEmbedding.SYSTEM)
     *         .stylesheet("@page { size: A5; }").build();
     * String xhtml = print.printablePage(bulletin, sourceText);
     * }</pre>
     *
     * @param bulletin   the bulletin
     * @param sourceText the text it was read from, shown as its full text; null for none
     * @return the XHTML page, from {@code <!DOCTYPE html>} on
     * @throws IllegalArgumentException if the bulletin records a source that the text does not match
     */
    public String printablePage(Bulletin bulletin, String sourceText) {
        return pages.printable(input(new BulletinText(bulletin, sourceText)));
    }

    /**
     * The bundled faces a page's stylesheet names, for a print engine to register under the
     * same family names (see {@link #printablePage(Bulletin, String)}).
     *
     * @return the faces, regular and bold
     */
    public static List<FontFace> fontFaces() {
        return Stylesheet.faces();
    }

    /**
     * The stylesheet of a page, for a host page of fragments.
     *
     * @return the CSS, with its {@code @font-face} rules
     */
    public String stylesheet() {
        return stylesheet.css();
    }

    /**
     * Writes the font files that a page made with {@link FontEmbedding#FILES} loads, and their
     * licences, into {@code directory/fonts/}.
     *
     * @param directory the directory the pages are written to; {@code fonts/} is created in it
     * @throws IOException if a file cannot be written
     */
    public static void writeFonts(Path directory) throws IOException {
        Path fonts = Files.createDirectories(directory.resolve("fonts"));
        for (FontSource source : Stylesheet.fontFiles()) {
            try (InputStream in = source.openStream()) {
                Files.copy(in, fonts.resolve(source.name()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (InputStream in = NashraFonts.class.getResourceAsStream(LICENCE)) {
            Files.copy(Objects.requireNonNull(in, LICENCE), fonts.resolve(LICENCE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Pages.Input input(BulletinText e) {
        return new Pages.Input(e.bulletin(), e.sourceText());
    }

    /** Collects the options of an {@link HtmlRenderer}; not thread-safe. */
    public static final class Builder {
        private DocumentOptions document = DocumentOptions.defaults();
        private FontEmbedding fonts = FontEmbedding.DATA_URLS;
        private String stylesheet = "";
        private boolean evidence;
        private String idPrefix = "nashra";

        private Builder() {
        }

        /**
         * Parts, digits, month names, Hijri date, title, logo, accent colour, author, subject and keywords, as for the PDF
         * (default: the document's defaults).
         *
         * @param value the document options
         * @return this builder
         */
        public Builder document(DocumentOptions value) {
            this.document = Objects.requireNonNull(value, "document");
            return this;
        }

        /**
         * How the page gets the bundled fonts (default: {@link FontEmbedding#DATA_URLS}).
         *
         * @param value the way fonts are embedded
         * @return this builder
         */
        public Builder fonts(FontEmbedding value) {
            this.fonts = Objects.requireNonNull(value, "fonts");
            return this;
        }

        /**
         * The caller's own CSS, put after the page's so that its rules win, e.g.
         * {@code ":root { --nashra-accent: #064; }"}. It must not contain {@code </style}.
         *
         * @param css the CSS; empty for none (the default)
         * @return this builder
         */
        public Builder stylesheet(String css) {
            this.stylesheet = Objects.requireNonNull(css, "css");
            return this;
        }

        /**
         * True to mark in the full text where each fact was read ({@code <mark id>}) and link
         * each fact to its mark; it takes effect for bulletins given with their text.
         *
         * @param value true to mark the evidence (default: false)
         * @return this builder
         */
        public Builder evidence(boolean value) {
            this.evidence = value;
            return this;
        }

        /**
         * What every id of the markup begins with, so that several renderings can share one host page.
         *
         * @param value lower-case letters, digits, hyphens, starting with a letter (default {@code nashra})
         * @return this builder
         * @throws IllegalArgumentException if the prefix is not {@code [a-z][a-z0-9-]*}
         */
        public Builder idPrefix(String value) {
            if (!ID_PREFIX.matcher(Objects.requireNonNull(value, "idPrefix")).matches()) {
                throw new IllegalArgumentException("id prefix \"" + value + "\" is not [a-z][a-z0-9-]*");
            }
            this.idPrefix = value;
            return this;
        }

        /**
         * The renderer of the options collected.
         *
         * @return the renderer
         * @throws IllegalArgumentException if the stylesheet contains {@code </style}
         */
        public HtmlRenderer build() {
            return new HtmlRenderer(this);
        }
    }
}
