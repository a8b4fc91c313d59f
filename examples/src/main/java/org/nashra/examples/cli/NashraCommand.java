package org.nashra.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code nashra} top-level command, which only dispatches to {@code parse} and {@code render}.
 *
 * <pre>{@code
 * int status = NashraCommand.newCommandLine().execute("parse", "--compact", "seed-meeting.txt");
 * }</pre>
 */
@Command(name = "nashra", mixinStandardHelpOptions = true, versionProvider = NashraCommand.Version.class,
        description = "Reads Arabic organisational news into bulletin JSON and prints it as PDF and HTML.",
        footer = {"", NashraCommand.EXIT_STATUS, "", NashraCommand.LIMITS})
public final class NashraCommand implements Runnable {
    /** The exit status, as the help of every command states it. */
    static final String EXIT_STATUS = "Exit status: 0 all inputs done, 1 at least one input failed, 2 bad usage.";

    /**
     * The input limits, as the help of every command states them. The figures were measured: 1 MiB of
     * text parses and renders in a 64 MiB heap, 4 MiB needs more than 128 MiB.
     */
    static final String LIMITS = "Limits: an input may have up to 64 MiB; a larger one fails with 'larger than"
            + " 64 MiB, the limit for one input'. Parsing needs about 30 bytes of Java heap per byte of text (2 MiB:"
            + " 64 MiB of heap), rendering about 50 (1 MiB: 64 MiB), and inputs done in parallel share the heap. An input that"
            + " does not fit fails with 'not enough memory for this input' and the others are still done;"
            + " java -Xmx gives more (java -Xmx4g -jar nashra.jar ...).";

    @Spec
    private CommandSpec spec;

    private NashraCommand() {
    }

    /**
     * The command line as {@code java -jar nashra.jar} runs it: standard input for {@code -}, UTF-8
     * on standard output and standard error whatever the platform encoding, so the JSON stays UTF-8.
     * Standard output is written to its file descriptor, not through {@link System#out}, which
     * would swallow a write error: a run whose output is lost must not end with status 0.
     */
    public static CommandLine newCommandLine() {
        CommandLine cli = newCommandLine(System.in, Renderers.builtIn());
        cli.setOut(utf8(new FileOutputStream(FileDescriptor.out)));
        cli.setErr(utf8(System.err));
        return cli;
    }

    static CommandLine newCommandLine(InputStream stdin, Renderers renderers) {
        return new CommandLine(new NashraCommand())
                .addSubcommand(new ParseCommand(stdin))
                .addSubcommand(new RenderCommand(stdin, renderers))
                .registerConverter(RenderCommand.Format.class, new LowerCaseChoice<>(RenderCommand.Format.class))
                .registerConverter(RenderCommand.Engine.class, new LowerCaseChoice<>(RenderCommand.Engine.class))
                .registerConverter(RenderSettings.Page.class, new LowerCaseChoice<>(RenderSettings.Page.class))
                .registerConverter(RenderSettings.Digits.class, new LowerCaseChoice<>(RenderSettings.Digits.class))
                .setParameterExceptionHandler(NashraCommand::usageError)
                .setExecutionStrategy(NashraCommand::execute);
    }

    /**
     * Runs the command, keeping the contract whatever goes wrong outside the inputs' own failures
     * (which {@link Batch} reports): standard output that could not be written fails the run, and
     * any other throwable is one line, with its stack trace only under {@code --debug}.
     */
    private static int execute(ParseResult parsed) {
        CommandLine cli = parsed.commandSpec().commandLine();
        PrintWriter err = cli.getErr();
        try {
            int status = new RunLast().execute(parsed);
            if (cli.getOut().checkError()) {
                err.println(StandardOutputException.MESSAGE);
                return Math.max(status, ExitStatus.FAILED);
            }
            return status;
        } catch (ParameterException e) {
            throw e; // bad usage, reported by usageError
        } catch (ExecutionException e) {
            return failed(e.getCause(), parsed, err);
        } catch (Throwable e) {
            // an Error (out of memory, a stack overflow) on the main thread ends the run as one line too
            return failed(e, parsed, err);
        }
    }

    private static int failed(Throwable e, ParseResult parsed, PrintWriter err) {
        err.println(e instanceof StandardOutputException ? e.getMessage() : "nashra: " + Batch.INTERNAL_ERROR);
        if (isDebug(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitStatus.FAILED;
    }

    private static boolean isDebug(ParseResult parsed) {
        return parsed.asCommandLineList().stream().anyMatch(cli -> cli.getParseResult() != null
                && cli.getParseResult().hasMatchedOption(DebugOption.NAME));
    }

    /** A usage error in three lines (what is wrong, the synopsis, where help is), not the whole help. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        // the message may quote an argument, which may hold a newline or a terminal escape
        err.println(OneLine.text(e.getMessage()));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.print(cli.getHelp().fullSynopsis());
        err.printf("Try '%s --help' for more information.%n", cli.getCommandSpec().qualifiedName());
        err.flush();
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Without a subcommand there is nothing to do: that is a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand: parse or render");
    }

    /** The project version, put into {@code version.properties} by Maven resource filtering. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("version.properties is unreadable", e);
            }
            return new String[] {"nashra " + properties.getProperty("version")};
        }
    }
}
