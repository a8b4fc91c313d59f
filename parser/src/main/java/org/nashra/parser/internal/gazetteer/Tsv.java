package org.nashra.parser.internal.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the gazetteer's resource files: UTF-8, tab-separated, '#' comment lines. */
final class Tsv {
    private Tsv() {
    }

    /** One data line: its cells and where it was, for error messages. */
    record Row(String file, int line, List<String> cells) {
        String cell(int i) {
            return cells.get(i);
        }

        IllegalStateException error(String what) {
            return new IllegalStateException(file + ":" + line + ": " + what + " in " + cells);
        }
    }

    /** The rows of resource {@code name} (beside this class), each with exactly {@code columns} cells. */
    static List<Row> read(String name, int columns) {
        try (InputStream in = Tsv.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource " + name + " is missing from the parser jar");
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
            throw new UncheckedIOException("cannot read gazetteer resource " + name, e);
        }
    }
}
