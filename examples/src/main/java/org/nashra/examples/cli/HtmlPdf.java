package org.nashra.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nashra.render.htmlpdf.HtmlPdfRenderer;
import org.nashra.render.pdf.RenderReport;

/**
 * {@code --engine html}: the render-html page printed through openhtmltopdf. One
 * {@link HtmlPdfRenderer} per settings serves every input of a run; it is thread-safe.
 */
final class HtmlPdf implements Renderer {
    private final Map<RenderSettings, HtmlPdfRenderer> renderers = new ConcurrentHashMap<>();

    @Override
    public List<String> render(Document document, RenderSettings settings, OutputStream out) throws IOException {
        HtmlPdfRenderer renderer = renderers.computeIfAbsent(settings, HtmlPdf::renderer);
        RenderReport report = renderer.render(document.bulletin(), document.sourceText().orElse(null), out);
        return report.warnings();
    }

    /** The paper size, document options and date of the command line, as the direct engine takes them. */
    static HtmlPdfRenderer renderer(RenderSettings settings) {
        HtmlPdfRenderer.Builder builder = HtmlPdfRenderer.builder()
                .pageSize(DirectPdf.pageSize(settings))
                .document(settings.document());
        settings.date().ifPresent(builder::creationDate);
        return builder.build();
    }
}
