package org.nashra.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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
        footer = {"", "Exit status: 0 all inputs done, 1 at least one input failed, 2 bad usage."})
public final class NashraCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    private NashraCommand() {
    }

    /**
     * The command line as {@code java -jar nashra.jar} runs it: standard input for {@code -}, UTF-8
     * on standard output and standard error whatever the platform encoding, so the JSON stays UTF-8.
     */
    public static CommandLine newCommandLine() {
        CommandLine cli = newCommandLine(System.in, Renderers.builtIn());
        cli.setOut(utf8(System.out));
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
                .setParameterExceptionHandler(NashraCommand::usageError);
    }

    /** A usage error in three lines (what is wrong, the synopsis, where help is), not the whole help. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.print(cli.getHelp().fullSynopsis());
        err.printf("Try '%s --help' for more information.%n", cli.getCommandSpec().qualifiedName());
        err.flush();
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static PrintWriter utf8(PrintStream stream) {
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
