package org.nashra.render.html;

import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.json.BulletinJson;

import java.util.List;

/** The development corpus as renderer entries: each text with its expected bulletin (render-html-pdf's tests use it too). */
public final class Corpus {
    private Corpus() {
    }

    public static List<String> names() {
        return DevelopmentCorpus.names();
    }

    public static HtmlRenderer.Entry entry(String name) {
        return HtmlRenderer.Entry.of(BulletinJson.read(DevelopmentCorpus.expectedJson(name)), DevelopmentCorpus.text(name));
    }

    static List<HtmlRenderer.Entry> entries() {
        return names().stream().map(Corpus::entry).toList();
    }
}
