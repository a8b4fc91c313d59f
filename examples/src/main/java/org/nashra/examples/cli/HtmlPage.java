package org.nashra.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nashra.document.DocumentOptions;
import org.nashra.document.Numerals;
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

    /** The digits as the document writes them; the paper size for printing from a browser. */
    static HtmlRenderer renderer(RenderSettings settings) {
        return HtmlRenderer.builder()
                .document(DocumentOptions.builder().numerals(numerals(settings)).build())
                .stylesheet("@page { size: " + settings.page().name().toUpperCase(Locale.ROOT) + "; }")
                .build();
    }

    /** The document's digits for the command line's {@code --digits}, for the HTML page and the PDF through it. */
    static Numerals numerals(RenderSettings settings) {
        return settings.digits() == RenderSettings.Digits.ARABIC ? Numerals.ARABIC_INDIC : Numerals.LATIN;
    }
}
