package dev.relive.app.workspace;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says what went wrong with a file in words a person understands, for messages in the window. */
public final class FileProblem {

    private FileProblem() {
    }

    /** "permission denied (/path)", "no such file or folder (/path)", or the exception's own message. */
    public static String describe(IOException e) {
        String what = e instanceof NoSuchFileException ? "no such file or folder"
                : e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NotDirectoryException ? "it is a file, not a folder"
                : e instanceof FileAlreadyExistsException ? "it already exists"
                : e instanceof MalformedInputException ? "it is not UTF-8 text"
                : null;
        if (e instanceof FileSystemException fs) {
            String where = fs.getFile() == null ? "" : fs.getFile();
            String reason = fs.getReason() == null ? "" : fs.getReason();
            String detail = reason.isEmpty() ? where : where.isEmpty() ? reason : where + ": " + reason;
            return what == null ? fs.getMessage() : detail.isEmpty() ? what : what + " (" + detail + ")";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return what == null ? message : what + " (" + message + ")";
    }
}
