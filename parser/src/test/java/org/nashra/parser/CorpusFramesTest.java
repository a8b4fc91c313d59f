package org.nashra.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nashra.corpus.DevelopmentCorpus;

/**
 * Every value the parser reads from the corpus is cut from the text ({@link CutFromText}): its span lies
 * inside the text, its {@code text} is the text at its span, and names differ from their span only where
 * MODEL.md's reading conventions say so (an article given back after ل, a mention resolved to the named body).
 */
class CorpusFramesTest {

    @Test
    void everyValueOfEveryCorpusTextIsCutFromTheText() {
        List<String> problems = new ArrayList<>();
        for (String name : DevelopmentCorpus.names()) {
            String text = DevelopmentCorpus.text(name);
            CutFromText.problems(text, BulletinParser.parse(text)).forEach(p -> problems.add(name + ": " + p));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyValueOfEveryHeldOutTextIsCutFromTheText() throws Exception {
        List<String> problems = new ArrayList<>();
        int texts = 0;
        for (String set : List.of("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8")) {
            Path dir = Path.of(CorpusFramesTest.class.getResource(set).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String text = Files.readString(file);
                    String name = set + "/" + file.getFileName();
                    CutFromText.problems(text, BulletinParser.parse(text)).forEach(p -> problems.add(name + ": " + p));
                    texts++;
                }
            }
        }
        assertThat(texts).isEqualTo(140);
        assertThat(problems).isEmpty();
    }
}
