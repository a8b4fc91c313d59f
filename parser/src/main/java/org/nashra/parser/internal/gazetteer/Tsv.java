package org.nashra.parser.internal.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the parser's word lists: UTF-8, tab-separated, '#' comment lines. Example:
 * {@code for (Tsv.Row row : Tsv.read(TimeWords.class, "calendar-names.tsv", 3)) ...}
 */
public final class Tsv {
    private Tsv() {
    }

    /** One data line: its cells and where it was, for error messages. */
    public record Row(String file, int line, List<String> cells) {
        /** The cell in column {@code i}, from 0. */
        public String cell(int i) {
            return cells.get(i);
        }

        /** An error naming this row's file and line. */
        public IllegalStateException error(String what) {
            return new IllegalStateException(file + ":" + line + ": " + what + " in " + cells);
        }
    }

    /** The rows of gazetteer resource {@code name} (beside this class), each with exactly {@code columns} cells. */
    static List<Row> read(String name, int columns) {
        return read(Tsv.class, name, columns);
    }

    /** The rows of resource {@code name} beside class {@code anchor}, each with exactly {@code columns} cells. */
    public static List<Row> read(Class<?> anchor, String name, int columns) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list " + name + " is missing from the parser jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Row row = new Row(name, number, List.of(line.split("\t", -1)));
                if (row.cells().size() != columns || row.cells().stream().anyMatch(String::isBlank)) {
                    throw row.error("expected " + columns + " non-blank tab-separated cells");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
    }
}
