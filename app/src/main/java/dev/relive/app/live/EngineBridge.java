package dev.relive.app.live;

import dev.relive.engine.Engine;
import dev.relive.engine.EngineListener;
import dev.relive.event.EngineEvent;
import dev.relive.history.Generation;
import dev.relive.draw.FrameSource;
import dev.relive.event.RunStatus;
import dev.relive.migrate.FieldRenames;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The app's one adapter between the engine and the FX thread. Engine events arrive on engine threads and are
 * queued; at most one delivery is scheduled on the FX executor at a time, and it takes everything queued so far,
 * so a burst of output becomes one batch per pulse instead of one {@code runLater} per line. When a sketch prints
 * faster than the window can keep up, the oldest queued output lines are dropped (and counted) rather than letting
 * the queue grow without bound: the console keeps only its last few thousand lines anyway.
 *
 * <p>It also implements {@link LiveEngine} over the engine, completing every future on the FX executor.
 */
public final class EngineBridge implements LiveEngine, AutoCloseable {

    /** Output lines queued before the oldest are dropped; twice what the console keeps. */
    public static final int MAX_PENDING_OUTPUT = 10_000;

    private final Engine engine;
    private final Executor fx;
    private volatile Consumer<EventBatch> sink = batch -> { };
    private final EngineListener listener = this::received;
    private final Object lock = new Object();
    private List<EngineEvent> pending = new ArrayList<>();
    private int pendingOutput;
    private int skipped;
    private boolean scheduled;
    private volatile boolean closed;

    /**
     * Bridges {@code engine}, running deliveries on {@code fx} (in the app, {@code Platform::runLater}). Takes
     * ownership of the engine: {@link #close()} closes it.
     */
    public EngineBridge(Engine engine, Executor fx) {
        this.engine = Objects.requireNonNull(engine, "Engine must not be null");
        this.fx = Objects.requireNonNull(fx, "FX executor must not be null");
        engine.addListener(listener);
    }

    /** Starts the engine (first compile, runtime thread, watcher); its events go to {@code sink} in batches. */
    public void start(Consumer<EventBatch> sink) {
        this.sink = Objects.requireNonNull(sink, "Sink must not be null");
        engine.start();
    }

    private void received(EngineEvent event) {
        boolean schedule;
        synchronized (lock) {
            if (closed) {
                return;
            }
            pending.add(event);
            if (event instanceof EngineEvent.Output && ++pendingOutput > MAX_PENDING_OUTPUT) {
                dropOldestOutput();
            }
            schedule = !scheduled;
            scheduled = true;
        }
        if (schedule) {
            execute(this::deliver);
        }
    }

    /** Keeps the newest half of the queued output and every other event, in order. Called holding the lock. */
    private void dropOldestOutput() {
        int drop = pendingOutput - MAX_PENDING_OUTPUT / 2;
        List<EngineEvent> kept = new ArrayList<>(pending.size() - drop);
        for (EngineEvent e : pending) {
            if (drop > 0 && e instanceof EngineEvent.Output) {
                drop--;
                skipped++;
            } else {
                kept.add(e);
            }
        }
        pending = kept;
        pendingOutput = MAX_PENDING_OUTPUT / 2;
    }

    private void deliver() {
        List<EngineEvent> events;
        int dropped;
        synchronized (lock) {
            events = pending;
            dropped = skipped;
            pending = new ArrayList<>();
            pendingOutput = 0;
            skipped = 0;
            scheduled = false;
        }
        if (!closed && (!events.isEmpty() || dropped > 0)) {
            sink.accept(new EventBatch(events, dropped));
        }
    }

    private void execute(Runnable task) {
        try {
            fx.execute(task);
        } catch (IllegalStateException toolkitGone) {
            // The FX toolkit has shut down: the window is gone, so there is no one left to show events to.
            closed = true;
        }
    }

    private <T> CompletionStage<T> onFx(CompletableFuture<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        work.whenComplete((value, failure) -> execute(() -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(value);
            }
        }));
        return result;
    }

    @Override
    public CompletionStage<dev.relive.inspect.StateNode> inspect(String path, int depth, int from) {
        return onFx(engine.inspect(path, depth, from));
    }

    @Override
    public CompletionStage<dev.relive.inspect.Assignment> set(String path, String text) {
        return onFx(engine.set(path, text));
    }

    @Override
    public CompletionStage<Boolean> stepOne() {
        return onFx(engine.stepOne());
    }

    @Override
    public CompletionStage<Optional<Generation>> reload() {
        return onFx(engine.reload());
    }

    @Override
    public void saving() {
        engine.saving();
    }

    @Override
    public void renameFields(FieldRenames renames) {
        engine.renameFields(renames); // only hands the renames to the engine's compiler worker
    }

    @Override
    public CompletionStage<Optional<Generation>> reload(java.util.Collection<String> files) {
        return onFx(engine.reload(files.stream().map(engine.folder()::resolve).toList()));
    }

    @Override
    public CompletionStage<Optional<Generation>> revert(int number, boolean withState) {
        return onFx(engine.revert(number, withState));
    }

    @Override
    public java.util.Set<Integer> checkpointed() {
        return engine.checkpointed();
    }

    @Override
    public void startScrub() {
        engine.startScrub();
    }

    @Override
    public void finishScrub() {
        engine.finishScrub();
    }

    @Override
    public CompletionStage<List<Integer>> purge() {
        return onFx(engine.purge());
    }

    @Override
    public void pause() {
        engine.pause();
    }

    @Override
    public void resume() {
        engine.resume();
    }

    @Override
    public void restart() {
        engine.restart();
    }

    @Override
    public void stop() {
        engine.stop();
    }

    @Override
    public void setRate(double hz) {
        engine.setRate(hz);
    }

    @Override
    public void setAutoRevert(boolean on) {
        engine.setAutoRevert(on);
    }

    @Override
    public void setHoldOnFailingChecks(boolean hold) {
        engine.setHoldOnFailingChecks(hold);
    }

    @Override
    public double rate() {
        return engine.rate();
    }

    @Override
    public boolean autoRevert() {
        return engine.autoRevert();
    }

    @Override
    public boolean holdOnFailingChecks() {
        return engine.holdOnFailingChecks();
    }

    @Override
    public FrameSource frames() {
        return engine.frames();
    }

    @Override
    public RunStatus status() {
        return engine.status();
    }

    @Override
    public List<Generation> history() {
        return engine.generations();
    }

    @Override
    public int liveNumber() {
        return engine.liveNumber();
    }

    /** Stops delivering events, then closes the engine (which may wait briefly for a compile or the sketch). */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            pending = new ArrayList<>();
        }
        engine.removeListener(listener);
        engine.close();
    }
}
