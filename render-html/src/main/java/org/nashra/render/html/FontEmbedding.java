package org.nashra.render.html;

/**
 * How the page gets the bundled fonts (Amiri for text, Noto Kufi Arabic for headings,
 * both under the SIL Open Font License): every page falls back to the reader's
 * system fonts for anything they lack.
 *
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.builder().fonts(FontEmbedding.FILES).build();
 * renderer.writeFonts(outDir);                       // outDir/fonts/Amiri-Regular.ttf…
 * Files.writeString(outDir.resolve("b.html"), renderer.page(bulletin));
 * }</pre>
 */
public enum FontEmbedding {
    /** Inside the page as {@code data:} URLs: one self-contained file, about 1.7 MB larger. */
    DATA_URLS,
    /**
     * As files in a {@code fonts/} folder beside the page, which
     * {@link HtmlRenderer#writeFonts(java.nio.file.Path)} writes with their licences.
     */
    FILES,
    /** Not at all: the page names the families and the reader's system draws with what it has. */
    SYSTEM
}
