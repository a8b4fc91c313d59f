package org.nashra.render.pdf;

import java.util.List;

/**
 * What a rendering produced besides the PDF.
 *
 * <pre>{@code
 * RenderReport report = renderer.render(bulletin, text, out);
 * report.warnings().forEach(System.err::println);
 * }</pre>
 *
 * @param pages    the page count
 * @param warnings things the caller may want to know, one sentence each: characters
 *                 drawn as a replacement ({@link MissingGlyphs#REPLACE}), words wider
 *                 than the measure, control characters dropped from the text
 */
public record RenderReport(int pages, List<String> warnings) {

    /**
     * Copies the warnings, so that the report cannot change afterwards.
     *
     * @param pages    the page count
     * @param warnings things the caller may want to know, one sentence each
     * @throws IllegalArgumentException if the page count is less than one
     */
    public RenderReport {
        warnings = List.copyOf(warnings);
        if (pages < 1) {
            throw new IllegalArgumentException("a PDF has at least one page: " + pages);
        }
    }
}
