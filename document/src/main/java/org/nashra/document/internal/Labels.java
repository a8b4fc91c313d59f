package org.nashra.document.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Arabic words the document composes, read from {@code labels.tsv} beside
 * this class (key, tab, text; {@code #} starts a comment).
 *
 * <pre>{@code
 * Labels.get("part.topics");                   // "المواضيع"
 * Labels.format("label.page", "١", "٣");       // "صفحة ١ من ٣"
 * Labels.of("resolution", Resolution.Kind.CALL);  // "الدعوات"
 * }</pre>
 */
final class Labels {
    private static final Map<String, String> LABELS = load();

    private Labels() {
    }

    static String get(String key) {
        String value = LABELS.get(key);
        if (value == null) {
            throw new IllegalStateException("labels.tsv has no entry " + key);
        }
        return value;
    }

    /** The label of an enum constant: {@code of("greeting", Form.TELEGRAM)} reads {@code greeting.telegram}. */
    static String of(String family, Enum<?> constant) {
        return get(family + "." + constant.name().toLowerCase(Locale.ROOT));
    }

    /** A label with {@code {0}}, {@code {1}}… filled in order. */
    static String format(String key, String... values) {
        String s = get(key);
        for (int i = 0; i < values.length; i++) {
            s = s.replace("{" + i + "}", values[i]);
        }
        return s;
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = Labels.class.getResourceAsStream("labels.tsv")) {
            if (in == null) {
                throw new IllegalStateException("labels.tsv is missing beside " + Labels.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0 || map.put(line.substring(0, tab), line.substring(tab + 1)) != null) {
                    throw new IllegalStateException("labels.tsv: bad or repeated entry: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labels.tsv", e);
        }
        return Map.copyOf(map);
    }
}
