package org.nashra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesTheFileAndLeavesNothingElse() throws IOException {
        Path target = dir.resolve("x.json");

        new AtomicFiles().write(target, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("{}");
        assertThat(fileNames()).containsExactly("x.json");
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = Files.writeString(dir.resolve("x.json"), "old");

        new AtomicFiles().write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("new");
    }

    @Test
    void aFailedWriteKeepsTheOldFileWholeAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("x.json"), "old");

        assertThatThrownBy(() -> new AtomicFiles().write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("old");
        assertThat(fileNames()).containsExactly("x.json");
    }

    private Stream<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList().stream();
        }
    }
}
