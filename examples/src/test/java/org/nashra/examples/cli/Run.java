package org.nashra.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * One in-process run of the {@code nashra} command line, with what it wrote.
 *
 * @param status the exit status
 * @param out    standard output
 * @param err    standard error
 */
record Run(int status, String out, String err) {
    /** The samples shipped in {@code examples/samples}; tests run in the module directory. */
    static final Path SAMPLES = Path.of("samples");

    static Run of(String... args) {
        return with(new ByteArrayInputStream(new byte[0]), Renderers.builtIn(), args);
    }

    static Run withStdin(byte[] stdin, String... args) {
        return with(new ByteArrayInputStream(stdin), Renderers.builtIn(), args);
    }

    static Run with(InputStream stdin, Renderers renderers, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = NashraCommand.newCommandLine(stdin, renderers);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    static String sample(String name) {
        return SAMPLES.resolve(name).toString();
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
