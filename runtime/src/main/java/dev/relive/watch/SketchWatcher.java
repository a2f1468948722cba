package dev.relive.watch;

import dev.relive.compile.SourceReader;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Watches a sketch folder recursively (natively where the platform allows, through directory-watcher) and
 * calls back once a burst of changes to sources or {@code lib/} jars has been quiet for a short period,
 * like Spring DevTools' {@code FileSystemWatcher}. It copes with in-place writes, write-temp-then-rename
 * and delete-then-create alike, because it only says "something changed" and the engine rereads the folder.
 *
 * <p>The quiet period adapts: while a burst has touched one file only (the common save, whose truncate and write
 * arrive microseconds apart), a short period ({@link #SINGLE_FILE_QUIET_MILLIS}) ends it; once a second file or a
 * rescan joins the burst, the full period applies, giving a "save all" the time to finish. Reporting a single
 * file early is safe because the engine's burst rule holds back a state that more writes follow or that does not
 * compile ({@code dev.relive.engine.SaveBurst}).
 *
 * <p>Owns two named daemon threads: one receiving file events and one waiting for the quiet period.
 */
public final class SketchWatcher implements AutoCloseable {

    /** The default quiet period. */
    public static final long DEFAULT_QUIET_MILLIS = 8;

    /** The quiet period that ends a burst which has touched a single file (when shorter than the full one). */
    public static final long SINGLE_FILE_QUIET_MILLIS = 2;

    private final Path root;
    private final long quietNanos;
    private final long singleFileQuietNanos;
    private final ChangeListener listener;
    private final DirectoryWatcher watcher;
    private final ExecutorService events;
    private final Thread debouncer;
    private final Object lock = new Object();
    private long lastEvent;
    private long firstEvent;
    private boolean dirty;
    private boolean rescan;
    private final java.util.Set<Path> paths = new java.util.HashSet<>();
    private volatile boolean closed;
    private boolean rootExisted = true;

    /** How often the idle watcher checks that the sketch folder itself still exists. */
    private static final long ROOT_CHECK_MILLIS = 1000;

    /**
     * Starts watching {@code root}; {@code onChange} runs on the watcher's thread once per quiet burst, with the
     * paths that changed. Every burst waits the full {@code quietMillis}.
     */
    public SketchWatcher(Path root, long quietMillis, ChangeListener onChange) {
        this(root, quietMillis, quietMillis, onChange);
    }

    /**
     * Like {@link #SketchWatcher(Path, long, ChangeListener)}, but a burst that has touched one file only ends after
     * {@code singleFileQuietMillis} (at most {@code quietMillis}) of quiet.
     */
    public SketchWatcher(Path root, long quietMillis, long singleFileQuietMillis, ChangeListener onChange) {
        this.root = Objects.requireNonNull(root, "Root must not be null").toAbsolutePath().normalize();
        this.quietNanos = TimeUnit.MILLISECONDS.toNanos(quietMillis);
        this.singleFileQuietNanos = TimeUnit.MILLISECONDS.toNanos(Math.min(quietMillis, singleFileQuietMillis));
        Objects.requireNonNull(onChange, "Listener must not be null");
        this.listener = onChange;
        try {
            watcher = DirectoryWatcher.builder().path(this.root).fileHashing(false).listener(this::event).build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + root, e);
        }
        events = Executors.newSingleThreadExecutor(r -> named(r, "relive-watch-events"));
        watcher.watchAsync(events);
        debouncer = named(this::debounce, "relive-watcher");
        debouncer.start();
    }

    /** Receives one call per quiet burst of changes. */
    @FunctionalInterface
    public interface ChangeListener {
        /** Something under the sketch folder changed. */
        void changed(Change change);
    }

    private void event(DirectoryChangeEvent e) {
        Path path = e.path();
        if (path == null) {
            return;
        }
        boolean relevant = e.eventType() == DirectoryChangeEvent.EventType.OVERFLOW
                || path.equals(root) || !path.startsWith(root) || SourceReader.isVisible(root.relativize(path))
                && (e.isDirectory() || Files.isDirectory(path) || SourceReader.isSketchFile(root.relativize(path)));
        if (relevant) {
            synchronized (lock) {
                long now = System.nanoTime();
                if (!dirty) {
                    firstEvent = now;
                }
                dirty = true;
                paths.add(path);
                rescan |= e.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || path.equals(root) || !path.startsWith(root);
                lastEvent = now;
                lock.notifyAll();
            }
        }
    }

    private void debounce() {
        while (!closed) {
            Change change;
            synchronized (lock) {
                try {
                    while (!closed && (!dirty || System.nanoTime() - lastEvent < quiet())) {
                        long wait = dirty ? quiet() - (System.nanoTime() - lastEvent) : 0;
                        if (dirty) {
                            TimeUnit.NANOSECONDS.timedWait(lock, Math.max(wait, 1));
                        } else {
                            lock.wait(ROOT_CHECK_MILLIS);
                            noticeRootChange();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (closed) {
                    return;
                }
                dirty = false;
                change = new Change(firstEvent, paths, rescan);
                paths.clear();
                rescan = false;
            }
            try {
                listener.changed(change);
            } catch (RuntimeException e) {
                // The listener is the engine; a fault there must not end watching. It reports its own errors.
                System.err.println("relive: change handling failed: " + e);
            }
        }
    }

    /** The quiet period that ends the burst under way: short while it has touched one file only. Holds the lock. */
    private long quiet() {
        return paths.size() <= 1 && !rescan ? singleFileQuietNanos : quietNanos;
    }

    /**
     * Native watches do not report their own folder being renamed or deleted, so the idle watcher looks once a
     * second; a change of the folder's existence is a change like any other (the engine then says what happened).
     */
    private void noticeRootChange() {
        boolean exists = Files.isDirectory(root);
        if (exists != rootExisted) {
            rootExisted = exists;
            long now = System.nanoTime();
            firstEvent = now;
            lastEvent = now - quietNanos;
            dirty = true;
            rescan = true;
        }
    }

    /** Whether changes have arrived that are not yet reported (a burst is under way). */
    public boolean busy() {
        synchronized (lock) {
            return dirty;
        }
    }

    /** Whether the watched folder still exists. */
    public boolean rootExists() {
        return Files.isDirectory(root);
    }

    private static Thread named(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            lock.notifyAll();
        }
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop watching " + root, e);
        } finally {
            events.shutdownNow();
            debouncer.interrupt();
        }
    }
}
