package dev.relive.app.tweak;

import dev.relive.app.documents.Document;
import dev.relive.app.live.LiveEngine;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Makes tweaks live as they happen. Every change of a tweaked literal saves the file and asks the engine to
 * reload at once, as Ctrl+S does, but at most one save is in flight: while a compile runs, further changes only
 * remember the document, and when it ends the latest text is saved next, so a fast drag never queues a backlog.
 *
 * <p>A drag or a colour-picking session is a <em>run</em>: {@link #begin()} and {@link #end()} bracket it with the
 * engine's {@code startScrub}/{@code finishScrub}, so the whole run becomes one history entry. The end waits for
 * the last change to be sent, so the final value belongs to the run.
 *
 * <p>FX thread only: the engine's stages complete there.
 */
public final class LiveTweaks {

    private final LiveEngine engine;
    private final Predicate<Document> save;
    private final Consumer<String> problems;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private boolean ending;
    private boolean inFlight;
    private Document pending;

    /**
     * Tweaks made live on {@code engine}; {@code save} writes a document (false if it could not, the reason told),
     * and reload failures are described to {@code problems}.
     */
    public LiveTweaks(LiveEngine engine, Predicate<Document> save, Consumer<String> problems) {
        this.engine = Objects.requireNonNull(engine, "Engine must not be null");
        this.save = Objects.requireNonNull(save, "Save must not be null");
        this.problems = Objects.requireNonNull(problems, "Problems must not be null");
    }

    /** Starts a run of changes that the history keeps as one entry; a run still finishing goes on instead. */
    public void begin() {
        if (running.get()) {
            ending = false;
            return;
        }
        running.set(true);
        engine.startScrub();
    }

    /** {@code document}'s text changed: saves it and makes it live now, or once the compile in flight is done. */
    public void changed(Document document) {
        pending = Objects.requireNonNull(document, "Document must not be null");
        if (!inFlight) {
            flush();
        }
    }

    /** Ends the run once its last change has been sent to the engine. */
    public void end() {
        if (!running.get()) {
            return;
        }
        ending = true;
        if (!inFlight && pending == null) {
            finish();
        }
    }

    /** Whether a run is open (begun, and not yet finished at the engine). */
    public boolean isRunning() {
        return running.get();
    }

    /** Whether a run is open; the console follows it to show a run as one line. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether a save is waiting for its compile. */
    public boolean isInFlight() {
        return inFlight;
    }

    private void flush() {
        Document document = pending;
        pending = null;
        inFlight = true;
        if (!save.test(document)) {
            settled(); // nothing new on disk, so nothing to compile; the reason was told
            return;
        }
        engine.reload(List.of(document.path())).whenComplete((generation, failure) -> {
            if (failure != null) {
                problems.accept("Could not make the tweak to " + document.path() + " live: " + failure.getMessage());
            }
            settled();
        });
    }

    private void settled() {
        inFlight = false;
        if (pending != null) {
            flush();
        } else if (ending) {
            finish();
        }
    }

    private void finish() {
        running.set(false);
        ending = false;
        engine.finishScrub();
    }
}
