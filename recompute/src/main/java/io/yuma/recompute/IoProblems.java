package io.yuma.recompute;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Words a failed file operation for one line of an error, naming the path and what a user can do
 * about it, never the Java exception's class: {@code NoSuchFileException: x} tells a user less than
 * "no such file: x", and a file that cannot be created because its directory is missing is about
 * the directory, not the file.
 */
public final class IoProblems {
    private IoProblems() {
    }

    /**
     * {@return what went wrong with a file, in one line}
     *
     * @param error the failure of a file operation
     */
    public static String describe(IOException error) {
        return switch (error) {
            case NoSuchFileException e -> missing(e.getFile());
            case AccessDeniedException e -> "permission denied: " + e.getFile();
            default -> oneLine(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
        };
    }

    private static String missing(String file) {
        Path parent = file == null ? null : Path.of(file).toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            return "no such directory: " + parent + ", where " + file + " would be written";
        }
        return "no such file: " + file;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
