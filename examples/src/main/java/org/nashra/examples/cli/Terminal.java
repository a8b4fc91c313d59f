package org.nashra.examples.cli;

import java.io.Console;
import java.lang.reflect.InvocationTargetException;

/** Whether the user watches the output live, which is when a progress bar helps rather than litters. */
final class Terminal {
    private Terminal() {
    }

    /**
     * True when the process runs in a terminal. Up to Java 21 {@link System#console()} is null when a
     * standard stream is redirected; from Java 22 it always exists and {@code Console.isTerminal()}
     * (looked up by reflection, as this code targets Java 17) tells.
     */
    static boolean isInteractive() {
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
