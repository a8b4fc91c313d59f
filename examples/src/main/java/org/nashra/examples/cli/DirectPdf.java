package org.nashra.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nashra.render.pdf.Margins;
import org.nashra.render.pdf.PageSize;
import org.nashra.render.pdf.PdfRenderer;
import org.nashra.render.pdf.RenderReport;
import org.nashra.document.BulletinText;

/**
 * {@code --engine direct}: the render-pdf engine. One {@link PdfRenderer} per settings serves every
 * input of a run: building one loads the fonts, and it is thread-safe and keeps the words it has
 * shaped.
 */
final class DirectPdf implements Renderer {
    private final Map<RenderSettings, PdfRenderer> renderers = new ConcurrentHashMap<>();

    @Override
    public List<String> render(Document document, RenderSettings settings, OutputStream out) throws IOException {
        PdfRenderer renderer = renderers.computeIfAbsent(settings, DirectPdf::renderer);
        RenderReport report = document.sourceText().isPresent()
                ? renderer.render(document.bulletin(), document.sourceText().get(), out)
                : renderer.render(document.bulletin(), out);
        return report.warnings();
    }

    /** Prints several inputs as one collection (cover, contents, bookmarks); the warnings, as {@code render}'s. */
    List<String> combine(String title, List<Document> documents, RenderSettings settings, OutputStream out)
            throws IOException {
        List<BulletinText> entries = documents.stream()
                .map(d -> BulletinText.of(d.bulletin(), d.sourceText().orElse(null))).toList();
        return renderers.computeIfAbsent(settings, DirectPdf::renderer).render(title, entries, out).warnings();
    }

    /** The renderer for the command line's settings; everything else is the library's default. */
    static PdfRenderer renderer(RenderSettings settings) {
        PdfRenderer.Builder builder = PdfRenderer.builder().pageSize(pageSize(settings)).document(settings.document())
                .margins(Margins.of(Margins.mm(settings.margins())));
        settings.date().ifPresent(builder::creationDate);
        return builder.build();
    }

    /** The paper size of the command line, for both PDF engines. */
    static PageSize pageSize(RenderSettings settings) {
        return switch (settings.page()) {
            case A4 -> PageSize.A4;
            case A5 -> PageSize.A5;
            case LETTER -> PageSize.LETTER;
        };
    }
}
