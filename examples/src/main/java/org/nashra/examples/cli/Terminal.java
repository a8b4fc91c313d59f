package org.nashra.examples.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the user watches standard error live, which is when a progress bar helps rather than
 * litters: {@code parse > out.jsonl} on a terminal shows it, {@code render … 2> err.log} does not.
 */
final class Terminal {
    /** Linux's name of this process's standard error: a link to the file or device it is. */
    private static final Path STANDARD_ERROR = Path.of("/proc/self/fd/2");

    private Terminal() {
    }

    /**
     * True when standard error is a terminal. The JDK cannot ask this of one stream, so on Linux the
     * device standard error is linked to tells; elsewhere the console stands in for it (standard input
     * and output a terminal), which is wrong only when they are redirected and standard error is not.
     */
    static boolean isStandardError() {
        if (Files.isSymbolicLink(STANDARD_ERROR)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(STANDARD_ERROR));
            } catch (IOException e) {
                return false;
            }
        }
        return hasConsole();
    }

    /** A pseudo-terminal (a terminal window, ssh) or a real one (the Linux console, a serial line). */
    static boolean isTerminalDevice(Path device) {
        String name = device.toString();
        return name.startsWith("/dev/pts/") || name.startsWith("/dev/tty") || name.equals("/dev/console");
    }

    /**
     * Up to Java 21 {@link System#console()} is null when a standard stream is redirected; from Java 22
     * it always exists and {@code Console.isTerminal()} (looked up by reflection, as this code targets
     * Java 17) tells.
     */
    private static boolean hasConsole() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (IllegalAccessException | InvocationTargetException e) {
            return false;
        }
    }
}
