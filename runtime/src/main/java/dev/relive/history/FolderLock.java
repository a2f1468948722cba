package dev.relive.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * Makes one process the owner of a sketch folder, so two runners or IDEs never write the same history: an operating
 * system lock on {@code .relive/lock}, which holds the owner's pid and what it is. The system releases the lock when
 * its process dies, so a stale lock (a pid left in the file by a process that did not close cleanly) is taken over.
 */
public final class FolderLock implements AutoCloseable {

    /** A lock that locks nothing, for a folder where no lock file can be made. */
    public static final FolderLock NONE = new FolderLock(null, null);

    // The lock covers one byte far past the text, so other processes can still read who holds it (Windows locks
    // forbid reading the locked range).
    private static final long LOCKED_BYTE = 1L << 40;

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code sketchRoot}, creating {@code .relive/} if needed. A notice says when a stale lock was
     * taken over.
     *
     * @throws FolderInUseException if a live process holds it, named in the message
     * @throws IOException          if no lock file can be made (a read-only folder, say)
     */
    public static FolderLock acquire(Path sketchRoot, HistoryNotices notices) throws IOException {
        Path relive = sketchRoot.resolve(".relive");
        if (!Files.isDirectory(relive)) {
            Files.createDirectory(relive);
        }
        Path file = relive.resolve("lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock(LOCKED_BYTE, 1, false);
        } catch (OverlappingFileLockException sameProcess) {
            lock = null; // another engine in this very process holds it: refused like any other holder
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        String before = read(channel);
        if (lock == null) {
            channel.close();
            long pid = field(before, "pid").map(FolderLock::parsePid).orElse(-1L);
            String what = field(before, "program").orElse("a program");
            String holder = pid == ProcessHandle.current().pid() ? "another sketch session of this same process (pid " + pid + ", " + what + ")"
                    : "process " + (pid < 0 ? "(pid unknown)" : String.valueOf(pid)) + ", " + what
                    + field(before, "since").map(s -> ", since " + s).orElse("");
            throw new FolderInUseException(sketchRoot, pid, holder);
        }
        if (!before.isBlank()) {
            notices.info("took over the lock of " + sketchRoot + " left by process "
                    + field(before, "pid").orElse("(unknown)") + ", which is no longer running");
        }
        try {
            byte[] text = ("pid=" + ProcessHandle.current().pid() + "\nprogram=" + describeSelf() + "\nsince=" + Instant.now() + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text), 0);
            channel.force(true);
        } catch (IOException e) {
            lock.release();
            channel.close();
            throw e;
        }
        return new FolderLock(channel, lock);
    }

    /** What this process is, for the message another one shows. */
    private static String describeSelf() {
        String command = System.getProperty("sun.java.command", "");
        String main = command.isBlank() ? ProcessHandle.current().info().command().orElse("java") : command.split(" ")[0];
        main = main.substring(main.indexOf('/') + 1); // a main class named with its module: module/class
        String what = main.startsWith("dev.relive.cli") || main.endsWith("relive-runtime.jar") ? "the Relive runner"
                : main.startsWith("dev.relive.app") || main.contains("relive-app") ? "the Relive IDE" : "a Java program";
        return what + " (" + main + ")";
    }

    private static String read(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), 4096);
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // reads until full or at the end
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).replace("\0", "");
    }

    private static Optional<String> field(String text, String key) {
        for (String line : text.split("\n")) {
            if (line.startsWith(key + "=")) {
                return Optional.of(line.substring(key.length() + 1).strip());
            }
        }
        return Optional.empty();
    }

    private static long parsePid(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1; // not written by Relive: the holder stays unnamed
        }
    }

    /** Clears the owner's text, so the next owner sees a clean handover, and releases the lock. */
    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock anyway; a leftover text only makes the next owner say "took over".
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing more to release: the process exit frees it at the latest.
            }
        }
    }
}
