package org.nashra.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Benchmark inputs: the sample press text, and texts of an exact length made by repeating a unit. */
final class Inputs {
    private Inputs() {
    }

    /** The sample report bundled with the benchmarks. */
    static String sample() throws IOException {
        try (InputStream in = Inputs.class.getResourceAsStream("sample.txt")) {
            if (in == null) {
                throw new IOException("missing resource sample.txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {@code unit} repeated to {@code length} chars, never ending on half a surrogate pair. */
    static String repeated(String unit, int length) {
        StringBuilder sb = new StringBuilder(length + unit.length());
        while (sb.length() < length) {
            sb.append(unit);
        }
        sb.setLength(length);
        if (Character.isHighSurrogate(sb.charAt(length - 1))) {
            sb.setLength(length - 1);
        }
        return sb.toString();
    }
}
