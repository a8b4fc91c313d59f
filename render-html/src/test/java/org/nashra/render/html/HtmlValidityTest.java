package org.nashra.render.html;

import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Nu HTML Checker, run in process, finds no error in the HTML of any bulletin of the
 * development corpus: as a page, as one collection of all of them, and as a fragment put in
 * the smallest host page that an app could have. Pages are checked with their fonts left out
 * (the checker does not read fonts, and 1.7 MB of data URLs per page only slows it down),
 * but with the evidence marks on, which add the most markup.
 */
class HtmlValidityTest {
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().fonts(FontEmbedding.SYSTEM).evidence(true).build();
    private static final Pattern ERROR = Pattern.compile("\"type\":\"error\"[^}]*?\"message\":\"([^\"]*)\"");

    static List<String> corpus() {
        return Corpus.names();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusBulletinIsAValidPage(String name) throws Exception {
        HtmlRenderer.Entry e = Corpus.entry(name);

        assertThat(errors(RENDERER.page(e.bulletin(), e.sourceText()))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusBulletinIsAValidFragmentInAHostPage(String name) throws Exception {
        HtmlRenderer.Entry e = Corpus.entry(name);
        String host = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title>"
                + "<style>" + RENDERER.stylesheet() + "</style></head><body><main>"
                + RENDERER.fragment(e.bulletin(), e.sourceText()) + "</main></body></html>\n";

        assertThat(errors(host)).isEmpty();
    }

    @Test
    void theWholeCorpusIsAValidCollection() throws Exception {
        assertThat(errors(RENDERER.collection("نشرات المدونة", Corpus.entries()))).isEmpty();
    }

    @Test
    void theCheckerDoesFindErrors() throws Exception {
        assertThat(errors("<!DOCTYPE html><html lang=\"ar\"><head><title>x</title></head><body><p><div></p></body></html>"))
                .isNotEmpty();
    }

    /** The checker's error messages (warnings and notes are not counted). */
    private static List<String> errors(String html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        Matcher m = ERROR.matcher(report);
        List<String> errors = new java.util.ArrayList<>();
        while (m.find()) {
            errors.add(m.group(1));
        }
        return errors;
    }
}
