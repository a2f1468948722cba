package dev.relive.app.session;

import dev.relive.app.workspace.FileProblem;
import dev.relive.app.workspace.SketchFolder;
import dev.relive.app.workspace.Workspace;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Which sketch is open. Opening a folder checks it, starts a session on it, closes the previous session on a
 * background thread (closing an engine may wait for a compile or a stuck sketch, which must not freeze the window)
 * and remembers the folder in the recent list. Every command returns a problem in words instead of throwing.
 */
public final class Workbench implements AutoCloseable {

    /** Starts a session on a checked folder. */
    @FunctionalInterface
    public interface Opener {
        /** A running session for {@code folder}. */
        SketchSession open(SketchFolder folder) throws IOException;
    }

    private final Workspace workspace;
    private final Opener opener;
    private final ReadOnlyObjectWrapper<SketchSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
    private final ExecutorService closer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "relive-session-closer");
        t.setDaemon(true); // closing is best effort at exit; the engine's own threads are daemons too
        return t;
    });

    /** A workbench over {@code workspace}, starting sessions with {@code opener}. */
    public Workbench(Workspace workspace, Opener opener) {
        this.workspace = Objects.requireNonNull(workspace, "Workspace must not be null");
        this.opener = Objects.requireNonNull(opener, "Opener must not be null");
    }

    /** The open sketch's session, or null when none is open. */
    public ReadOnlyObjectProperty<SketchSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The open sketch's session, if one is open. */
    public Optional<SketchSession> session() {
        return Optional.ofNullable(session.get());
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
     * first launch. Empty when it worked; otherwise what went wrong.
     */
    public Optional<String> openInitial() {
        try {
            recent.setAll(workspace.recent().load());
        } catch (IOException e) {
            return Optional.of("Cannot read the recent sketches list: " + FileProblem.describe(e));
        }
        try {
            return open(workspace.initialSketch());
        } catch (IOException e) {
            return Optional.of("Cannot set up the example sketch in " + workspace.sketches() + ": " + FileProblem.describe(e));
        }
    }

    /** Opens the sketch in {@code folder}, replacing the open one. Empty when it worked; otherwise what went wrong. */
    public Optional<String> open(Path folder) {
        SketchSession next;
        try {
            next = opener.open(SketchFolder.open(folder));
        } catch (IOException e) {
            return Optional.of("Cannot open " + folder + " as a sketch: " + FileProblem.describe(e));
        }
        SketchSession old = session.get();
        session.set(next);
        next.openFirstFile();
        if (old != null) {
            closer.execute(() -> closeQuietly(old));
        }
        try {
            recent.setAll(workspace.recent().add(next.folder().root()));
        } catch (IOException e) {
            return Optional.of("Opened " + folder + ", but cannot remember it in the recent list: " + FileProblem.describe(e));
        }
        return Optional.empty();
    }

    /** Closes the open session now and waits for earlier ones to finish closing; for quitting. */
    @Override
    public void close() {
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
