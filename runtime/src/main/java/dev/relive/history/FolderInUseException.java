package dev.relive.history;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A sketch folder is already open in another runner or IDE, which holds its lock; the message names that process
 * (its pid and what it is), so a person can find it and close it.
 */
public final class FolderInUseException extends FileSystemException {

    private final long pid;

    /** The folder {@code folder} is held by process {@code pid}, described by {@code holder}. */
    public FolderInUseException(Path folder, long pid, String holder) {
        super(folder.toString(), null, "is already open in " + holder + "; close it there first (one sketch folder has one owner)");
        this.pid = pid;
    }

    /** The pid of the process that holds the folder, or -1 if it could not be read. */
    public long pid() {
        return pid;
    }
}
