package org.nashra.render.html;

import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.json.BulletinJson;

import java.util.List;
import org.nashra.document.BulletinText;

/** The development corpus as renderer entries: each text with its expected bulletin (render-html-pdf's tests use it too). */
public final class Corpus {
    private Corpus() {
    }

    public static List<String> names() {
        return DevelopmentCorpus.names();
    }

    public static BulletinText entry(String name) {
        return BulletinText.of(BulletinJson.read(DevelopmentCorpus.expectedJson(name)), DevelopmentCorpus.text(name));
    }

    static List<BulletinText> entries() {
        return names().stream().map(Corpus::entry).toList();
    }
}
