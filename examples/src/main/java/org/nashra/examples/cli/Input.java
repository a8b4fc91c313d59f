package org.nashra.examples.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * One {@code INPUT} argument: a file path, or {@code -} for standard input.
 *
 * @param argument the argument as written on the command line
 */
record Input(String argument) {
    private static final String STDIN = "-";

    boolean isStdin() {
        return argument.equals(STDIN);
    }

    /** A Bulletin JSON file ({@code .json}) rather than a text; standard input is always a text. */
    boolean isJson() {
        return argument.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** How error lines name it: the argument (quoted and escaped if it has control characters), or {@code <stdin>}. */
    String displayName() {
        return isStdin() ? "<stdin>" : OneLine.name(argument);
    }

    Path path() {
        return Path.of(argument);
    }

    /** The NAME of the outputs {@code NAME.json}, {@code NAME.pdf}: the file name without its extension. */
    String baseName() {
        if (isStdin()) {
            return "stdin";
        }
        Path fileName = path().getFileName();
        if (fileName == null) {
            // a root such as / has no file name; it is a directory, so it fails before any output is named
            return argument;
        }
        String name = fileName.toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The inputs of a command line, in order, rejecting a second {@code -} (standard input reads only once). */
    static List<Input> of(List<String> arguments, CommandSpec spec) {
        List<Input> inputs = arguments.stream().map(Input::new).toList();
        for (Input input : inputs) {
            try {
                input.path();
            } catch (InvalidPathException e) {
                throw new ParameterException(spec.commandLine(), "Not a valid path: " + e.getMessage());
            }
        }
        if (inputs.stream().filter(Input::isStdin).count() > 1) {
            throw new ParameterException(spec.commandLine(), "Standard input (-) can be read only once");
        }
        return inputs;
    }

    /**
     * Rejects inputs that would write the same output file ({@code a/x.txt} and {@code b/x.txt}), since
     * which one wins would depend on timing. Names differing only in case count as the same, as they are on
     * the file systems of Windows and macOS.
     */
    static void requireDistinctBaseNames(List<Input> inputs, CommandSpec spec) {
        Map<String, Input> byName = new HashMap<>();
        for (Input input : inputs) {
            Input other = byName.putIfAbsent(input.baseName().toLowerCase(Locale.ROOT), input);
            if (other != null) {
                throw new ParameterException(spec.commandLine(), String.format(
                        "Inputs %s and %s would both write the outputs named %s",
                        other.displayName(), input.displayName(), input.baseName()));
            }
        }
    }
}
