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
import org.nashra.model.Bulletin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nashra parse}: texts to bulletin JSON, on standard output or as {@code DIR/NAME.json}. */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = NashraCommand.Version.class,
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
        Feedback feedback = Feedback.forInputs(err, inputs.size());
        boolean allDone;
        if (out == null) {
            Layout layout = compact || inputs.size() > 1 ? Layout.COMPACT : Layout.PRETTY;
            PrintWriter stdout = spec.commandLine().getOut();
            allDone = Batch.run(inputs, input -> BulletinJson.toString(bulletin(input), layout), stdout::print, feedback);
            stdout.flush();
        } else {
            Input.requireDistinctBaseNames(inputs, spec);
            Optional<OutputDirectory> directory = OutputDirectory.create(out, err);
            if (directory.isEmpty()) {
                return ExitStatus.FAILED;
            }
            Layout layout = compact ? Layout.COMPACT : Layout.PRETTY;
            allDone = Batch.run(inputs, input -> write(input, directory.get(), layout), written -> { }, feedback);
        }
        return ExitStatus.of(allDone);
    }

    private Bulletin bulletin(Input input) throws InputException {
        if (input.isJson()) {
            // parsing JSON as Arabic text is never meant, and --out would overwrite the input with its own bulletin
            throw new InputException("is already a bulletin (.json); parse reads texts");
        }
        return loader.parse(input);
    }

    private String write(Input input, OutputDirectory directory, Layout layout) throws InputException {
        Bulletin bulletin = bulletin(input);
        return directory.write(input, "json", stream ->
                BulletinJson.write(bulletin, new OutputStreamWriter(stream, StandardCharsets.UTF_8), layout));
    }
}
