package org.nashra.render.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium (Debian's {@code chromium}), as found on the PATH: prints a page to PDF
 * or takes a screenshot of it, each run with a profile of its own and nothing from the network.
 *
 * <pre>{@code
 * Chromium.find().ifPresent(c -> c.printToPdf(page, pdf, tempDir));
 * }</pre>
 */
final class Chromium {
    private static final long TIMEOUT_SECONDS = 180;

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    /** The browser on the PATH, if one is installed. */
    static Optional<Chromium> find() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst().map(Chromium::new);
    }

    /** Prints the HTML file to a PDF file. */
    void printToPdf(Path html, Path pdf, Path profile) throws IOException, InterruptedException {
        run(profile, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString());
        if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
            throw new IOException("chromium printed no PDF of " + html);
        }
    }

    /** A PNG of the page's first {@code height} pixels at a window {@code width} pixels wide. */
    void screenshot(Path html, Path png, int width, int height, Path profile) throws IOException, InterruptedException {
        run(profile, "--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png,
                html.toUri().toString());
    }

    private void run(Path profile, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
        }
    }
}
