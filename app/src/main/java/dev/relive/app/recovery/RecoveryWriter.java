package dev.relive.app.recovery;

import dev.relive.app.documents.Document;
import dev.relive.app.workspace.FileProblem;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Keeps the unsaved edits of one sketch's open documents in the {@link RecoveryStore}. While a document is dirty,
 * its text is written a quiet period after the last edit (so typing costs nothing); when it becomes clean (saved, or
 * undone back to the saved text) or its tab closes, its copy is deleted; closing the writer, which happens when the
 * sketch closes cleanly, deletes every copy it wrote. A crash skips all of that, which is the point.
 *
 * <p>Threads: the documents are followed on the FX thread, which also reads the text to keep; the file work runs on
 * one named daemon thread this writer owns, in the order it was asked for, so a delete after a write always wins.
 */
public final class RecoveryWriter implements AutoCloseable {

    /** How long after the last edit the text is kept. */
    public static final Duration QUIET = Duration.ofSeconds(1);

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    /** The listeners added to one document, so they can be removed when its tab closes. */
    private record Followed(InvalidationListener edited, ChangeListener<Boolean> dirty) {
    }

    private final RecoveryStore store;
    private final Path sketch;
    private final Executor fx;
    private final Duration quiet;
    private final ScheduledThreadPoolExecutor files;
    // FX thread only.
    private final Map<Document, Followed> followed = new HashMap<>();
    private final Map<Document, ScheduledFuture<?>> waiting = new HashMap<>();
    private Consumer<String> problems = message -> { };
    // Paths of every document followed, which may have a copy; read by close() on whatever thread closes the sketch.
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * A writer keeping {@code sketch}'s edits in {@code store}, {@code quiet} after the last edit; it reads the
     * documents through {@code fx} (in the app, {@code Platform::runLater}). Call {@link #follow} to start.
     */
    public RecoveryWriter(RecoveryStore store, Path sketch, Executor fx, Duration quiet) {
        this.store = Objects.requireNonNull(store, "Store must not be null");
        this.sketch = Objects.requireNonNull(sketch, "Sketch must not be null");
        this.fx = Objects.requireNonNull(fx, "FX executor must not be null");
        this.quiet = Objects.requireNonNull(quiet, "Quiet period must not be null");
        this.files = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "relive-recovery-writer-" + THREAD_NUMBER.incrementAndGet());
            t.setDaemon(true); // a copy cut short by the JVM's exit is what the atomic write is for
            return t;
        });
        files.setRemoveOnCancelPolicy(true);
        files.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Follows the documents in {@code open}, now and as tabs open and close; trouble goes to {@code problems}. */
    public void follow(ObservableList<Document> open, Consumer<String> problems) {
        this.problems = Objects.requireNonNull(problems, "Problems must not be null");
        open.forEach(this::followDocument);
        open.addListener((ListChangeListener<Document>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::closed);
                change.getAddedSubList().forEach(this::followDocument);
            }
        });
    }

    private void followDocument(Document document) {
        // The edit and the dirty flag change together, in either order; whichever comes last starts the wait.
        Followed f = new Followed(obs -> edited(document), (obs, was, dirty) -> {
            if (dirty) {
                edited(document);
            } else {
                forget(document);
            }
        });
        document.editsProperty().addListener(f.edited());
        document.dirtyProperty().addListener(f.dirty());
        followed.put(document, f);
        paths.add(document.path());
        edited(document); // restored edits are already dirty
    }

    private void closed(Document document) {
        Followed f = followed.remove(document);
        if (f != null) {
            document.editsProperty().removeListener(f.edited());
            document.dirtyProperty().removeListener(f.dirty());
        }
        forget(document);
    }

    /** Restarts the quiet period of a dirty document. */
    private void edited(Document document) {
        if (!document.isDirty() || closed) {
            return;
        }
        cancelWaiting(document);
        try {
            waiting.put(document, files.schedule(() -> fx.execute(() -> keep(document)), quiet.toMillis(), TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException e) {
            // Closed meanwhile: the sketch is closing cleanly, and its copies are being deleted.
        }
    }

    /** Reads the text on the FX thread and hands the write to the writer's thread. */
    private void keep(Document document) {
        waiting.remove(document);
        if (closed || !document.isDirty() || !followed.containsKey(document)) {
            return;
        }
        String text = document.text();
        String path = document.path();
        run(() -> store.write(sketch, path, text), "keep the unsaved edits of " + path);
    }

    /** Deletes the copy of a document that is clean or closed, including one a crash left and it restored. */
    private void forget(Document document) {
        cancelWaiting(document);
        String path = document.path();
        run(() -> store.delete(sketch, path), "delete the recovered copy of " + path);
    }

    private void cancelWaiting(Document document) {
        ScheduledFuture<?> before = waiting.remove(document);
        if (before != null) {
            before.cancel(false);
        }
    }

    private interface FileWork {
        void run() throws IOException;
    }

    private void run(FileWork work, String what) {
        try {
            files.execute(() -> {
                try {
                    work.run();
                } catch (IOException e) {
                    String message = "Could not " + what + " in " + store.area() + ": " + FileProblem.describe(e);
                    fx.execute(() -> problems.accept(message));
                }
            });
        } catch (RejectedExecutionException e) {
            // Closed meanwhile: close() deletes every copy, so there is nothing left to keep or delete here.
        }
    }

    /**
     * The sketch closed cleanly (its unsaved edits were saved or knowingly discarded): deletes the copies of every
     * document it followed, then stops its thread, waiting up to two seconds. Any thread may call it.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (String path : Set.copyOf(paths)) {
            run(() -> store.delete(sketch, path), "delete the recovered copy of " + path);
        }
        files.shutdown();
        try {
            if (!files.awaitTermination(2, TimeUnit.SECONDS)) {
                System.err.println("relive: recovery copies of " + sketch + " were not all deleted within 2 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
