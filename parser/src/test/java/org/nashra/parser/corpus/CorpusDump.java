package org.nashra.parser.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.nashra.parser.BulletinParser;

/** Writes NAME.json for every corpus NAME.txt into a folder, for score.py: {@code CorpusDump CORPUS OUT}. */
public final class CorpusDump {
    private CorpusDump() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                Files.writeString(out.resolve(name + ".json"), TestJson.of(BulletinParser.parse(text)),
                        StandardCharsets.UTF_8);
            }
        }
    }
}
