package org.nashra.render.html;

/**
 * How the page gets the bundled fonts (Noto Naskh Arabic for text, Noto Sans for Latin
 * runs, Noto Kufi Arabic for headings, all under the SIL Open Font License): every page
 * falls back to the reader's system fonts for anything they lack.
 *
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.builder().fonts(FontEmbedding.FILES).build();
 * renderer.writeFonts(outDir);                       // outDir/fonts/NotoNaskhArabic-Regular.ttf…
 * Files.writeString(outDir.resolve("b.html"), renderer.page(bulletin));
 * }</pre>
 */
public enum FontEmbedding {
    /** Inside the page as {@code data:} URLs: one self-contained file, about 1.4 MB larger. */
    DATA_URLS,
    /**
     * As files in a {@code fonts/} folder beside the page, which
     * {@link HtmlRenderer#writeFonts(java.nio.file.Path)} writes with their licences.
     */
    FILES,
    /** Not at all: the page names the families and the reader's system draws with what it has. */
    SYSTEM
}
