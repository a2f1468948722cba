package dev.relive.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes that a reader, a file watcher or a {@code kill -9} sees whole or not at all: the content goes to a hidden
 * temporary file beside the target, which is then moved over it atomically (where the file system can).
 * {@link #writeDurably} also survives a power cut: file and folder are forced to the disk before it returns.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes {@code text} as UTF-8 to {@code file}; readers see the old or the new content. The folder must exist:
     * creating it here could bring back a sketch folder the user just deleted or renamed.
     */
    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code file}; readers see the old or the new content. The folder must exist. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(parent, ".relive-", ".tmp");
        try {
            Files.write(temp, bytes);
            move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Like {@link #write(Path, byte[])}, but on the disk when it returns: the temporary file is forced before the
     * move and the folder after it, so neither a crash nor a power cut can leave an empty or missing file behind.
     */
    public static void writeDurably(Path file, byte[] bytes) throws IOException {
        writeForced(file, bytes);
        forceFolder(file.toAbsolutePath().getParent());
    }

    /**
     * Like {@link #write(Path, byte[])}, with the content forced to the disk before the move; the caller forces the
     * folder (once for many files) with {@link #forceFolder}.
     */
    public static void writeForced(Path file, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".relive-", ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Forces a folder's entries (files created, renamed or deleted in it) to the disk. */
    public static void forceFolder(Path folder) throws IOException {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            if (Files.isDirectory(folder) && System.getProperty("os.name", "").startsWith("Windows")) {
                return; // Windows cannot open a folder as a channel; its file system commits renames on its own
            }
            throw e;
        }
    }

    /** Moves {@code from} over {@code to} atomically where possible (files or folders), replacing it. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
