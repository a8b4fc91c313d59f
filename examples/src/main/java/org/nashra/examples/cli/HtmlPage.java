package org.nashra.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nashra.render.html.HtmlRenderer;

/**
 * {@code --format html}: the render-html page, one self-contained file with the fonts inside.
 * One {@link HtmlRenderer} per settings serves every input of a run.
 */
final class HtmlPage implements Renderer {
    private final Map<RenderSettings, HtmlRenderer> renderers = new ConcurrentHashMap<>();

    @Override
    public List<String> render(Document document, RenderSettings settings, OutputStream out) throws IOException {
        HtmlRenderer renderer = renderers.computeIfAbsent(settings, HtmlPage::renderer);
        out.write(renderer.page(document.bulletin(), document.sourceText().orElse(null))
                .getBytes(StandardCharsets.UTF_8));
        return List.of();
    }

    /** The document options of the command line, as the PDF takes them; the paper size for printing from a browser. */
    static HtmlRenderer renderer(RenderSettings settings) {
        return HtmlRenderer.builder()
                .document(settings.document())
                .stylesheet("@page { size: " + settings.page().name().toUpperCase(Locale.ROOT) + "; }")
                .build();
    }
}
