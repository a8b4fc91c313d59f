package org.nashra.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in the words of an error line ({@code no such file}, the operating
 * system's own reason), never a Java class name.
 */
final class Reasons {
    private Reasons() {
    }

    static String of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException f) {
            // its message is the file's name, which the error line already begins with
            return f.getReason() == null ? "input/output error" : f.getReason();
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
