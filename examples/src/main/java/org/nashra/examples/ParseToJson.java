package org.nashra.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nashra.json.BulletinJson;
import org.nashra.model.Bulletin;
import org.nashra.parser.BulletinParser;

/**
 * Cookbook: parse one text file and print its bulletin as JSON, the library's two front doors in
 * three lines.
 *
 * <pre>{@code
 * java -cp examples/target/nashra.jar org.nashra.examples.ParseToJson examples/samples/seed-meeting.txt
 * }</pre>
 *
 * <p>The {@code nashra parse} command does the same for many files at once, in parallel, with
 * per-file error reports; this is the smallest program that uses the API. A program that parses many texts
 * passes one {@link org.nashra.parser.WordCache} in the options of every parse, as {@code nashra parse} does:
 * {@code BulletinParser.parse(text, ParseOptions.builder().wordCache(words).build())}.
 */
public final class ParseToJson {
    private ParseToJson() {
    }

    /** Prints the bulletin of the UTF-8 text file named by the one argument on standard output. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ParseToJson FILE.txt");
            System.exit(2);
        }
        parseToJson(Path.of(args[0]), System.out);
    }

    /**
     * Parses the UTF-8 text in {@code file} and writes its bulletin to {@code out} as pretty
     * {@code nashra/1} JSON.
     *
     * @throws java.nio.charset.MalformedInputException when the file is not valid UTF-8
     */
    public static void parseToJson(Path file, OutputStream out) throws IOException {
        String text = Files.readString(file);
        Bulletin bulletin = BulletinParser.parse(text);
        BulletinJson.write(bulletin, out);
    }
}
