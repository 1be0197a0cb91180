package dev.feedrafter.util;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Says in words what went wrong with a file. Java's file exceptions often carry only the path as their message
 * ("nosuchfile.html"), which tells a user nothing they did not type themselves.
 */
public final class FileErrors {
    private FileErrors() {}

    /** "no such file", "permission denied", "out is not a folder", "is a folder, not a file", … */
    public static String describe(IOException e) {
        Check.notNull(e, "e");
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof NotDirectoryException n) {
            return n.getFile() + " is not a folder";
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return switch (reason.strip().toLowerCase(Locale.ROOT)) {
            case "is a directory" -> "is a folder, not a file";
            case "not a directory" -> "part of the path is not a folder";
            default -> reason.strip();
        };
    }
}
