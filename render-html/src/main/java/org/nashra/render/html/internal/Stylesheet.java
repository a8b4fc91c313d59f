package org.nashra.render.html.internal;

import org.nashra.document.BulletinDocument;
import org.nashra.document.Numerals;
import org.nashra.fonts.FontSource;
import org.nashra.fonts.NashraFonts;
import org.nashra.render.html.FontEmbedding;
import org.nashra.render.html.FontFace;
import org.owasp.encoder.Encode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The page's one stylesheet: {@code @font-face} rules for the bundled fonts (as the
 * {@link FontEmbedding} says), the accent colour of the document's options as
 * {@code --nashra-accent}, the resource {@code nashra.css}, the page number of printed pages
 * in the bulletin's words and digits, and the caller's own rules last.
 *
 * <pre>{@code
 * String css = Stylesheet.of(FontEmbedding.FILES, 0x8A1C1C, "").withPageNumbers(document);
 * }</pre>
 */
public final class Stylesheet {
    /**
     * Noto Naskh Arabic for text: drawn for screens, a third of Amiri's size, and without
     * Amiri's optional ligatures, so that the text of a PDF a browser prints of the page
     * copies as words. Noto Sans draws Latin runs (Naskh has no Latin letters; a browser
     * makes its bold); Noto Kufi Arabic the headings.
     */
    private static final List<FontFace> FACES = List.of(
            new FontFace("Nashra Naskh", 400, NashraFonts.NOTO_NASKH_ARABIC.regular(), null),
            new FontFace("Nashra Naskh", 700, NashraFonts.NOTO_NASKH_ARABIC.bold(), null),
            new FontFace("Nashra Latin", 400, NashraFonts.NOTO_SANS.regular(), "U+0000-024F, U+1E00-1EFF, U+2000-206F"),
            new FontFace("Nashra Kufi", 700, NashraFonts.NOTO_KUFI_ARABIC.bold(), null));
    private static final String BASE = resource("nashra.css");
    /** What nashra.css does in CSS 3, for openhtmltopdf's CSS 2.1. */
    private static final String PAGED = resource("paged.css");

    private final String base;
    private final String caller;

    private Stylesheet(String base, String caller) {
        this.base = base;
        this.caller = caller;
    }

    /**
     * The stylesheet for the given fonts and accent colour ({@code 0xRRGGBB}), with the caller's
     * rules appended. The accent is set inside {@code :where()}, so a caller's rule setting
     * {@code --nashra-accent} still wins.
     *
     * @throws IllegalArgumentException if the caller's rules could close the {@code <style>} element
     */
    public static Stylesheet of(FontEmbedding fonts, int accent, String callerCss) {
        if (callerCss.toLowerCase(Locale.ROOT).contains("</style")) {
            throw new IllegalArgumentException("the stylesheet contains </style");
        }
        String accentRule = String.format(Locale.ROOT, ":where(.nashra) {%n  --nashra-accent: #%06x;%n}%n%n", accent);
        return new Stylesheet(fontFaces(fonts) + accentRule + BASE, callerCss.isEmpty() ? "" : callerCss + "\n");
    }

    /** The font files a page with {@link FontEmbedding#FILES} finds in {@code fonts/}. */
    public static List<FontSource> fontFiles() {
        return FACES.stream().map(FontFace::source).toList();
    }

    /** The faces the stylesheet names, which a print engine registers under the same family names. */
    public static List<FontFace> faces() {
        return FACES;
    }

    /** The stylesheet without printed page numbers, for a host page of fragments. */
    public String css() {
        return base + caller;
    }

    /**
     * The stylesheet with the printed page numbers of {@code document}'s running footer
     * ({@code صفحة ١ من ٣}), before the caller's rules so that they may change them.
     */
    String withPageNumbers(BulletinDocument document) {
        PageLabel label = PageLabel.of(document);
        String content = quoted(label.before()) + " counter(page, " + label.counterStyle() + ") "
                + quoted(label.between()) + " counter(pages, " + label.counterStyle() + ") " + quoted(label.after());
        return base + "@page {\n  @bottom-center {\n    content: " + content.strip()
                + ";\n    font-family: var(--nashra-font, serif);\n    font-size: 9pt;\n  }\n}\n" + caller;
    }

    /**
     * The stylesheet of a printed page for openhtmltopdf, in the CSS 2.1 it reads
     * ({@link PagedCss}): {@code paged.css} after the page's rules and before the caller's.
     * openhtmltopdf orders no right-to-left text in a page's margin, so the page numbers are
     * the running element that {@link Pages#printable} writes, with the document's digits.
     */
    String paged(BulletinDocument document) {
        String style = PageLabel.of(document).counterStyle();
        return PagedCss.of(base + PAGED + ".nashra-page::before { content: counter(page, " + style + "); }\n"
                + ".nashra-pages::before { content: counter(pages, " + style + "); }\n" + caller);
    }

    /**
     * The words of a page number around its two numbers: {@code صفحة ١ من ٣} is
     * {@code "صفحة "}, the page, {@code " من "}, the page count, {@code ""}.
     *
     * @param before       the words before the page
     * @param between      the words between the page and the count
     * @param after        the words after the count
     * @param counterStyle the CSS counter style of the document's digits
     */
    record PageLabel(String before, String between, String after, String counterStyle) {
        static PageLabel of(BulletinDocument document) {
            String label = document.pageLabel(1, 2);
            String one = document.number(1);
            String two = document.number(2);
            int i = label.indexOf(one);
            int j = label.indexOf(two, i + one.length());
            if (i < 0 || j < 0) {
                throw new IllegalStateException("the page label \"" + label + "\" does not show its numbers");
            }
            return new PageLabel(label.substring(0, i), label.substring(i + one.length(), j),
                    label.substring(j + two.length()),
                    document.digits() == Numerals.ARABIC_INDIC ? "arabic-indic" : "decimal");
        }
    }

    private static String quoted(String s) {
        return s.isEmpty() ? "" : "\"" + Encode.forCssString(s) + "\"";
    }

    private static String fontFaces(FontEmbedding fonts) {
        if (fonts == FontEmbedding.SYSTEM) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (FontFace face : FACES) {
            sb.append("@font-face {\n  font-family: \"").append(face.family()).append("\";\n  font-weight: ")
                    .append(face.weight()).append(";\n  font-style: normal;\n  font-display: swap;\n  src: url(\"")
                    .append(fonts == FontEmbedding.FILES ? "fonts/" + face.source().name() : dataUrl(face.source()))
                    .append("\") format(\"truetype\");\n");
            if (face.unicodeRange() != null) {
                sb.append("  unicode-range: ").append(face.unicodeRange()).append(";\n");
            }
            sb.append("}\n");
        }
        return sb.toString();
    }

    private static String dataUrl(FontSource source) {
        try {
            return "data:font/ttf;base64," + Base64.getEncoder().encodeToString(source.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font unreadable: " + source.name(), e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Stylesheet.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the class path: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
