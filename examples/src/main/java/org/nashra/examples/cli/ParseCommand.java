package org.nashra.examples.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nashra.json.BulletinJson;
import org.nashra.json.BulletinJson.Layout;
import org.nashra.parser.ParseResult;
import org.nashra.parser.ParseWarning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nashra parse}: texts to bulletin JSON, on standard output or as {@code DIR/NAME.json}. */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = NashraCommand.Version.class,
        footer = {"", NashraCommand.EXIT_STATUS, "", NashraCommand.LIMITS},
        description = {"Reads Arabic texts into bulletin JSON (nashra/1).",
            "One input and no --out: the JSON on standard output, pretty unless --compact.",
            "Several inputs and no --out: JSON Lines, one compact bulletin per input, in input order."})
final class ParseCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write DIR/NAME.json for each NAME.txt (stdin.json for -), creating DIR.")
    private Path out;

    @Option(names = "--compact", description = "One line per bulletin instead of the pretty layout.")
    private boolean compact;

    @Mixin
    private DebugOption debug;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "A UTF-8 text file, or - for standard input.")
    private List<String> arguments;

    private final InputLoader loader;

    ParseCommand(InputStream stdin) {
        this.loader = new InputLoader(stdin);
    }

    @Override
    public Integer call() {
        List<Input> inputs = Input.of(arguments, spec);
        PrintWriter err = spec.commandLine().getErr();
        Feedback feedback = Feedback.forInputs(err, inputs.size(), debug.enabled());
        boolean allDone;
        if (out == null) {
            Layout layout = compact || inputs.size() > 1 ? Layout.COMPACT : Layout.PRETTY;
            PrintWriter stdout = spec.commandLine().getOut();
            allDone = Batch.run(inputs, input -> {
                ParseResult parsed = parse(input);
                return new Parsed(input, BulletinJson.toString(parsed.bulletin(), layout), parsed.warnings());
            }, parsed -> {
                stdout.print(parsed.json());
                // checkError flushes: a full disk or a closed pipe ends the run now, not after every input is parsed
                if (stdout.checkError()) {
                    throw new StandardOutputException();
                }
                warn(parsed, feedback);
            }, feedback);
        } else {
            Input.requireDistinctBaseNames(inputs, spec);
            Optional<OutputDirectory> created = OutputDirectory.create(out, err);
            if (created.isEmpty()) {
                return ExitStatus.FAILED;
            }
            Layout layout = compact ? Layout.COMPACT : Layout.PRETTY;
            try (OutputDirectory directory = created.get()) {
                allDone = Batch.run(inputs, input -> write(input, directory, layout), parsed -> warn(parsed, feedback),
                        feedback);
            }
        }
        return ExitStatus.of(allDone);
    }

    /** An input parsed: its JSON for standard output (null when written to a file), and what the parser warned about. */
    private record Parsed(Input input, String json, List<ParseWarning> warnings) {
    }

    private ParseResult parse(Input input) throws InputException {
        if (input.isJson()) {
            // parsing JSON as Arabic text is never meant, and --out would overwrite the input with its own bulletin
            throw new InputException("is already a bulletin (.json); parse reads texts");
        }
        return loader.parse(input);
    }

    private Parsed write(Input input, OutputDirectory directory, Layout layout) throws InputException {
        ParseResult parsed = parse(input);
        directory.write(input, "json", stream ->
                BulletinJson.write(parsed.bulletin(), new OutputStreamWriter(stream, StandardCharsets.UTF_8), layout));
        return new Parsed(input, null, parsed.warnings());
    }

    /** Warnings go to standard error as {@code NAME: warning: [start, end] message}; the input still counts as done. */
    private static void warn(Parsed parsed, Feedback feedback) {
        for (ParseWarning w : parsed.warnings()) {
            feedback.warned(parsed.input(), "[" + w.span().start() + ", " + w.span().end() + "] " + w.message());
        }
    }
}
