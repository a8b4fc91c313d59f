package org.nashra.render.html;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import org.nashra.document.BulletinText;
import org.nashra.validation.HtmlValidation;

/**
 * The Nu HTML Checker, run in process, finds no error in the HTML of any bulletin of the
 * development corpus: as a page, as one collection of all of them, and as a fragment put in
 * the smallest host page that an app could have. Pages are checked with their fonts left out
 * (the checker does not read fonts, and 1.7 MB of data URLs per page only slows it down),
 * but with the evidence marks on, which add the most markup.
 */
class HtmlValidityTest {
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().fonts(FontEmbedding.SYSTEM).evidence(true).build();

    static List<String> corpus() {
        return Corpus.names();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusBulletinIsAValidPage(String name) throws Exception {
        BulletinText e = Corpus.entry(name);

        assertThat(HtmlValidation.errors(RENDERER.page(e.bulletin(), e.sourceText()))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusBulletinIsAValidFragmentInAHostPage(String name) throws Exception {
        BulletinText e = Corpus.entry(name);
        String host = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title>"
                + "<style>" + RENDERER.stylesheet() + "</style></head><body><main>"
                + RENDERER.fragment(e.bulletin(), e.sourceText()) + "</main></body></html>\n";

        assertThat(HtmlValidation.errors(host)).isEmpty();
    }

    @Test
    void theWholeCorpusIsAValidCollection() throws Exception {
        assertThat(HtmlValidation.errors(RENDERER.collection("نشرات المدونة", Corpus.entries()))).isEmpty();
    }

    @Test
    void theCheckerDoesFindErrors() throws Exception {
        assertThat(HtmlValidation.errors("<!DOCTYPE html><html lang=\"ar\"><head><title>x</title></head><body><p><div></p></body></html>"))
                .isNotEmpty();
    }
}
