package org.nashra.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.model.Bulletin;

class CorpusRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> corpus() {
        return DevelopmentCorpus.expectedJsonFiles();
    }

    @Test
    void theCorpusIsThere() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(17);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyExpectedFileReadsAndWritesBackToTheSameJsonTree(Path file) throws IOException {
        Bulletin bulletin;
        try (InputStream in = Files.newInputStream(file)) {
            bulletin = BulletinJson.read(in);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BulletinJson.write(bulletin, out);

        JsonNode expected = JSON.readTree(Files.readString(file));
        assertThat(JSON.readTree(out.toByteArray())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void thePrettyLayoutIsTheLayoutOfTheCorpusFiles(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(BulletinJson.toString(BulletinJson.read(text))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theCompactLayoutHoldsTheSameTreeOnOneLine(Path file) throws IOException {
        Bulletin bulletin = BulletinJson.read(Files.readString(file, StandardCharsets.UTF_8));

        String line = BulletinJson.toString(bulletin, BulletinJson.Layout.COMPACT);

        assertThat(line).endsWith("\n").containsOnlyOnce("\n");
        assertThat(JSON.readTree(line)).isEqualTo(JSON.readTree(Files.readString(file)));
        assertThat(BulletinJson.read(line)).isEqualTo(bulletin);
    }
}
