package dev.relive.app.session;

import dev.relive.app.workspace.FileProblem;
import dev.relive.app.workspace.SketchFolder;
import dev.relive.app.workspace.Workspace;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Which sketch is open. At launch the sketch's first file is read first and offered as a {@link SketchPreview}, so
 * the window shows code before the engine has started. Opening a folder checks it and starts a session on it on a
 * background thread (javac
 * warm-up, reading the history and registering the watcher must never freeze the window), then, on the FX thread,
 * shows it, closes the previous session on another background thread (closing an engine may wait for a compile or
 * a stuck sketch) and remembers the folder in the recent list. Every command answers with a problem in words
 * instead of throwing. The properties change on the FX thread only.
 */
public final class Workbench implements AutoCloseable {

    /** Starts a session on a checked folder; called off the FX thread. */
    @FunctionalInterface
    public interface Opener {
        /** A running session for {@code folder}. */
        SketchSession open(SketchFolder folder) throws IOException;
    }

    /** What a background open made: the session, or a problem; and the recent list, or why it is not updated. */
    private record Opened(SketchSession session, String problem, List<Path> recent, String recentProblem) {
    }

    /** What launch found: the recent list and the sketch to open with its preview (or null), or why there is none. */
    private record Initial(List<Path> recent, Path sketch, SketchPreview preview, String problem) {
    }

    private final Workspace workspace;
    private final Opener opener;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<SketchSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<Path> opening = new ReadOnlyObjectWrapper<>(this, "opening");
    private final ReadOnlyObjectWrapper<SketchPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyBooleanWrapper launching = new ReadOnlyBooleanWrapper(this, "launching");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
    private final ExecutorService starter = daemon("relive-session-opener");
    private final ExecutorService closer = daemon("relive-session-closer");
    private Executor afterPaint = Runnable::run;
    private boolean closed;

    /**
     * A workbench over {@code workspace}, starting sessions with {@code opener} on its own thread and showing them
     * through {@code fx} (in the app, {@code Platform::runLater}).
     */
    public Workbench(Workspace workspace, Opener opener, Executor fx) {
        this.workspace = Objects.requireNonNull(workspace, "Workspace must not be null");
        this.opener = Objects.requireNonNull(opener, "Opener must not be null");
        this.fx = Objects.requireNonNull(fx, "FX executor must not be null");
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true); // opening and closing are best effort at exit; the engine's own threads are daemons too
            return t;
        });
    }

    /**
     * Where launch waits for the window to paint the preview before it starts the session (in the app: after the
     * scene's next pulse), so that on a busy machine the engine's start does not compete with the first paint. By
     * default it does not wait. Set it on the FX thread before {@link #openInitial()}.
     */
    public void afterPaint(Executor whenPainted) {
        this.afterPaint = Objects.requireNonNull(whenPainted, "After-paint executor must not be null");
    }

    /** The open sketch's session, or null when none is open. */
    public ReadOnlyObjectProperty<SketchSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The open sketch's session, if one is open. */
    public Optional<SketchSession> session() {
        return Optional.ofNullable(session.get());
    }

    /** The folder being opened now, for the status bar, or null. */
    public ReadOnlyObjectProperty<Path> openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /**
     * The code of the sketch being opened at launch, read before its session starts, so the window shows it at
     * once; null once the session is shown (or failed to open) and for every later open.
     */
    public ReadOnlyObjectProperty<SketchPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /**
     * True from {@link #openInitial()} until the launch's sketch is shown or failed, so the window shows that it is
     * starting rather than a welcome that would flash by.
     */
    public ReadOnlyBooleanProperty launchingProperty() {
        return launching.getReadOnlyProperty();
    }

    /** Recently opened sketch folders, newest first. */
    public ObservableList<Path> recent() {
        return recentView;
    }

    /** The workspace. */
    public Workspace workspace() {
        return workspace;
    }

    /**
     * Opens the sketch to show at launch: the most recent one, or the bundled example copied into the workspace on
     * first launch. Completes on the FX thread, empty when it worked, otherwise with what went wrong.
     */
    public CompletionStage<Optional<String>> openInitial() {
        launching.set(true);
        return CompletableFuture.supplyAsync(this::findInitial, starter).thenComposeAsync(found -> {
            if (found.recent() != null) {
                recent.setAll(found.recent());
            }
            if (found.problem() != null) {
                launching.set(false);
                return CompletableFuture.completedFuture(Optional.of(found.problem()));
            }
            preview.set(found.preview());
            if (found.preview() == null) {
                return open(found.sketch());
            }
            CompletableFuture<Optional<String>> opened = new CompletableFuture<>();
            afterPaint.execute(() -> open(found.sketch()).whenComplete((done, failure) -> {
                if (failure != null) {
                    opened.completeExceptionally(failure);
                } else {
                    opened.complete(done);
                }
            }));
            return opened;
        }, fx).whenCompleteAsync((done, failure) -> {
            preview.set(null); // the session, or the problem, is shown by now
            launching.set(false);
        }, fx);
    }

    /** Background part of launch: read the recent list and pick (or install) the sketch to open. */
    private Initial findInitial() {
        List<Path> known;
        try {
            known = workspace.recent().load();
        } catch (IOException e) {
            return new Initial(null, null, null, "Cannot read the recent sketches list: " + FileProblem.describe(e));
        }
        try {
            Path sketch = workspace.initialSketch();
            return new Initial(known, sketch, SketchPreview.read(sketch).orElse(null), null);
        } catch (IOException e) {
            return new Initial(known, null, null, "Cannot set up the example sketch in " + workspace.sketches() + ": "
                    + FileProblem.describe(e));
        }
    }

    /**
     * Opens the sketch in {@code folder}, replacing the open one once it runs; call on the FX thread. Completes on
     * the FX thread, empty when it worked, otherwise with what went wrong (the open sketch then stays).
     */
    public CompletionStage<Optional<String>> open(Path folder) {
        opening.set(folder);
        SketchSession current = session.get();
        if (current != null && sameFolder(current.folder().root(), folder)) {
            // A sketch folder has one owner (its history lock), so the open session must let go before it reopens.
            session.set(null);
            return CompletableFuture.runAsync(() -> closeQuietly(current), closer)
                    .thenApplyAsync(closedOld -> start(folder), starter).thenApplyAsync(this::show, fx);
        }
        return CompletableFuture.supplyAsync(() -> start(folder), starter).thenApplyAsync(this::show, fx);
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize()); // one is gone: compare names
        }
    }

    /** Background part of opening: check the folder, start its session, and put it first in the recent list. */
    private Opened start(Path folder) {
        SketchSession next;
        try {
            next = opener.open(SketchFolder.open(folder));
        } catch (IOException e) {
            return new Opened(null, "Cannot open " + folder + " as a sketch: " + FileProblem.describe(e), null, null);
        }
        try {
            return new Opened(next, null, workspace.recent().add(next.folder().root()), null);
        } catch (IOException e) {
            return new Opened(next, null, null,
                    "Opened " + folder + ", but cannot remember it in the recent list: " + FileProblem.describe(e));
        }
    }

    /** FX part of opening: show the new session and retire the old one. */
    private Optional<String> show(Opened opened) {
        opening.set(null);
        if (opened.session() == null) {
            preview.set(null);
            return Optional.of(opened.problem());
        }
        if (closed) {
            closeQuietly(opened.session()); // quitting while it opened: nobody will see it
            return Optional.empty();
        }
        SketchSession old = session.get();
        session.set(opened.session());
        preview.set(null); // after the session, so the window goes from the preview straight to the editor
        opened.session().openFirstFile();
        if (old != null) {
            closer.execute(() -> closeQuietly(old));
        }
        if (opened.recent() != null) {
            recent.setAll(opened.recent());
        }
        return Optional.ofNullable(opened.recentProblem());
    }

    /** Closes the open session now and waits for earlier ones to finish closing; for quitting. */
    @Override
    public void close() {
        closed = true;
        starter.shutdown();
        SketchSession last = session.get();
        session.set(null);
        if (last != null) {
            closer.execute(() -> closeQuietly(last));
        }
        closer.shutdown();
        try {
            if (!closer.awaitTermination(5, TimeUnit.SECONDS)) {
                System.err.println("relive: a sketch did not stop within 5 s of quitting; leaving it to the JVM's exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(SketchSession session) {
        try {
            session.close();
        } catch (Exception e) {
            // Closing happens after the session left the window, so the only place left to tell is stderr.
            System.err.println("relive: closing " + session.folder().root() + " failed: " + e);
        }
    }
}
