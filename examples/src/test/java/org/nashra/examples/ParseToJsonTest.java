package org.nashra.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.json.BulletinJson;
import org.nashra.parser.BulletinParser;

class ParseToJsonTest {
    @Test
    void printsTheBulletinOfASampleAsJson() throws IOException {
        Path sample = Path.of("samples", "seed-statement.txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ParseToJson.parseToJson(sample, out);

        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(BulletinJson.read(json)).isEqualTo(BulletinParser.parse(Files.readString(sample)));
    }

    @Test
    void aFileThatIsNotUtf8IsAnError(@TempDir Path dir) throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "café".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> ParseToJson.parseToJson(latin1, new ByteArrayOutputStream()))
                .isInstanceOf(MalformedInputException.class);
    }
}
