package org.nashra.benchmarks;

import java.util.List;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.model.Bulletin;
import org.nashra.parser.BulletinParser;

/** The 17 development texts as the benchmarks use them: each text with the bulletin parsed from it. */
final class Corpus {
    private Corpus() {
    }

    /** A text and its bulletin. */
    record Item(String name, String text, Bulletin bulletin) {
    }

    /** Every corpus text, parsed, in name order. */
    static List<Item> items() {
        return DevelopmentCorpus.names().stream().map(Corpus::item).toList();
    }

    /** One corpus text, parsed. */
    static Item item(String name) {
        String text = DevelopmentCorpus.text(name);
        return new Item(name, text, BulletinParser.parse(text));
    }

    /** All corpus texts one after another, a blank line between them. */
    static String joined() {
        StringBuilder sb = new StringBuilder();
        for (String name : DevelopmentCorpus.names()) {
            sb.append(DevelopmentCorpus.text(name).strip()).append("\n\n");
        }
        return sb.toString();
    }
}
