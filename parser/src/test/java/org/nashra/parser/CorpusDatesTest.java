package org.nashra.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.json.BulletinJson;
import org.nashra.model.Bulletin;
import org.nashra.model.When;

/**
 * The temporal tagger on the development corpus: the dates slot as {@code shared/tools/score.py} counts it
 * (a multiset of {@code start} values per text). With {@code -Dnashra.corpus.out=DIR} it also writes each
 * {@code NAME.json} into DIR for the scorer.
 */
class CorpusDatesTest {
    @Test
    void datesOfTheCorpusReachAnF1OfAtLeast097() throws IOException {
        String out = System.getProperty("nashra.corpus.out");
        int tp = 0;
        int expected = 0;
        int actual = 0;
        StringBuilder misses = new StringBuilder();
        for (String name : DevelopmentCorpus.names()) {
            Bulletin b = BulletinParser.parse(DevelopmentCorpus.text(name));
            if (out != null) {
                Files.createDirectories(Path.of(out));
                Files.writeString(Path.of(out, name + ".json"), BulletinJson.toString(b));
            }
            List<String> want = new ArrayList<>();
            for (When w : BulletinJson.read(DevelopmentCorpus.expectedJson(name)).dates()) {
                if (w.start() != null) {
                    want.add(w.start().toString());
                }
            }
            List<String> got = new ArrayList<>();
            for (When w : b.dates()) {
                if (w.start() != null) {
                    got.add(w.start().toString());
                }
            }
            expected += want.size();
            actual += got.size();
            List<String> left = new ArrayList<>(got);
            for (String w : want) {
                if (left.remove(w)) {
                    tp++;
                } else {
                    misses.append(name).append(": missed ").append(w).append('\n');
                }
            }
            for (String g : left) {
                misses.append(name).append(": spurious ").append(g).append('\n');
            }
        }
        double p = actual == 0 ? 0 : (double) tp / actual;
        double r = expected == 0 ? 0 : (double) tp / expected;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        assertThat(f1).as("dates F1 (P %.3f, R %.3f)%n%s", p, r, misses).isGreaterThanOrEqualTo(0.97);
    }
}
