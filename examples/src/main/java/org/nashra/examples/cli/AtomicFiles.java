package org.nashra.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files so that readers see the old content or the whole new one, never a half-written
 * file: the bytes go to a temporary file beside the target, {@code .NAME.PID.UUID.tmp}, which is
 * then moved over it. It keeps track of the temporary files being written, so that a run stopped by
 * SIGINT or SIGTERM can remove them ({@link #stop()}), and the process id in their names tells the
 * next run which ones a killed run left behind ({@link #removeStale(Path)}).
 *
 * <pre>{@code
 * AtomicFiles files = new AtomicFiles();
 * files.write(Path.of("out/x.json"), out -> out.write(bytes));
 * }</pre>
 */
final class AtomicFiles {
    private static final Pattern TEMPORARY = Pattern.compile(
            "\\..+\\.(\\d+)\\.\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}\\.tmp");

    /** The temporary files being written; guarded by {@code this}. */
    private final Set<Path> inFlight = new HashSet<>();
    /** Set once the process is stopping: no temporary file is begun after its files were removed. */
    private boolean stopped;

    /** What goes into the file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code target}, whose directory must exist; on failure the target is untouched and no temporary file is left. */
    void write(Path target, Content content) throws IOException {
        // beside the target so the move stays within one file system; created like any new file,
        // so it gets the usual permissions (Files.createTempFile would make it owner-only)
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
                + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(begin(temporary))) {
                content.writeTo(out);
            }
            move(temporary, target);
        } finally {
            end(temporary);
        }
    }

    /** Removes the temporary files being written and refuses new ones: the process is being stopped. */
    synchronized void stop() {
        stopped = true;
        for (Path temporary : inFlight) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // nothing more can be done while the process stops; the next run removes it
            }
        }
        inFlight.clear();
    }

    /**
     * Removes from {@code directory} the temporary files of runs that no longer exist (killed with
     * SIGKILL, or by a power cut), known by the process id in their names.
     */
    static void removeStale(Path directory) throws IOException {
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, ".*.tmp")) {
            for (Path file : files) {
                Matcher name = TEMPORARY.matcher(file.getFileName().toString());
                if (name.matches() && !isRunning(name.group(1))) {
                    stale.add(file);
                }
            }
        }
        for (Path file : stale) {
            Files.deleteIfExists(file);
        }
    }

    private static boolean isRunning(String pid) {
        try {
            long id = Long.parseLong(pid);
            // this process counts as running: another command in it may be writing to the same directory
            return id == ProcessHandle.current().pid() || ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a process id this class wrote: leave the file alone
        }
    }

    /** Creates the temporary file under the lock, so that {@link #stop()} sees every file that exists. */
    private synchronized OutputStream begin(Path temporary) throws IOException {
        if (stopped) {
            throw new IOException("the run is being stopped");
        }
        OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW);
        inFlight.add(temporary);
        return out;
    }

    private synchronized void end(Path temporary) throws IOException {
        inFlight.remove(temporary);
        Files.deleteIfExists(temporary);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some network file systems cannot rename atomically; a plain replace is the best they offer
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
