package dev.relive.engine;

import dev.relive.compile.ReleaseLevel;
import dev.relive.event.NoticeLevel;
import dev.relive.guard.SealedFolders;
import dev.relive.event.RevertReason;
import dev.relive.event.EngineEvent;
import dev.relive.history.FolderInUseException;
import dev.relive.history.FolderLock;
import dev.relive.history.Generation;
import dev.relive.history.History;
import dev.relive.history.HistoryNotices;
import dev.relive.history.HistoryStore;
import dev.relive.history.StoredHistory;
import dev.relive.inspect.Assigner;
import dev.relive.inspect.Assignment;
import dev.relive.inspect.Inspector;
import dev.relive.inspect.SketchState;
import dev.relive.inspect.StateNode;
import dev.relive.load.LibraryLoaders;
import dev.relive.draw.FrameSource;
import dev.relive.loop.LiveSession;
import dev.relive.migrate.FieldRenames;
import dev.relive.event.RunStatus;
import dev.relive.loop.RuntimeLoop;
import dev.relive.loop.Transition;
import dev.relive.capture.OutputCapture;
import dev.relive.watch.Change;
import dev.relive.timing.PhaseLog;
import dev.relive.watch.SketchWatcher;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A live sketch: watches its folder, compiles every change into a new generation, swaps it in at a step
 * boundary with its state migrated, keeps the history, and takes commands. Every command may be called from
 * any thread; source-state work is serialized on the compiler worker and program work on the runtime thread.
 *
 * <p>Threads: {@code relive-compiler} (compiles, reverts, purges), {@code relive-runtime} (steps, swaps; see
 * {@link RuntimeLoop}) and the watcher's. With {@link EngineOptions#threaded()} false there are none, and the
 * caller drives everything with {@link #reload()} and {@link #runSteps(int)}.
 */
public final class Engine implements AutoCloseable {

    private final Path root;
    private final EngineOptions options;
    private final List<EngineListener> listeners = new CopyOnWriteArrayList<>();
    private final History history;
    private final HistoryStore store;
    private final FolderLock lock;
    private final List<EngineEvent> opening;
    private final GenerationMaker maker;
    private final LibraryLoaders libraries = new LibraryLoaders();
    private final LiveSession session;
    private final RuntimeLoop loop;
    private final ScheduledExecutorService worker;
    /** Until when (System.nanoTime) the IDE said it is writing a save; watcher changes wait. Worker-owned. */
    private long saveExpectedUntil;
    /** Field renames the next generation that compiles is swapped in with (see {@link #renameFields}). Worker-owned. */
    private FieldRenames pendingRenames = FieldRenames.NONE;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private SketchWatcher watcher;


    private Engine(Path root, EngineOptions options, FolderLock lock, List<EngineEvent> opening) {
        this.root = root;
        this.options = options;
        this.lock = lock;
        this.opening = opening;
        SealedFolders.seal(root); // sketch code may not write jars into lib/ nor touch the history
        this.store = new HistoryStore(root, notices(this::emit));
        this.history = new History(options.historyCap(), store);
        this.maker = new GenerationMaker(root, history, this::emit);
        this.session = new LiveSession(this::emit, history, libraries, options.clock(), options.probationMillis());
        this.loop = new RuntimeLoop(session, this::emit, options.rate());
        this.worker = options.threaded() ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "relive-compiler");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /**
     * Opens the sketch in {@code folder}. Listeners added before {@link #start()} see every event.
     *
     * @throws NoSuchFileException  if the folder does not exist or is not a folder
     * @throws FolderInUseException if another runner or IDE has the folder open; the message names that process
     */
    public static Engine open(Path folder, EngineOptions options) throws NoSuchFileException, FolderInUseException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(folder.toString(), null, "no such sketch folder");
        }
        List<EngineEvent> opening = new java.util.ArrayList<>();
        FolderLock lock;
        try {
            lock = FolderLock.acquire(root, notices(opening::add));
        } catch (FolderInUseException e) {
            throw e;
        } catch (java.io.IOException e) {
            lock = FolderLock.NONE; // a read-only folder, say: the sketch still runs, and its history is retried
            opening.add(new EngineEvent.Notice(NoticeLevel.WARNING, "cannot lock " + root + " (" + e.getMessage()
                    + "): another Relive opening this folder would not be refused"));
        }
        OutputCapture.install();
        return new Engine(root, options, lock, List.copyOf(opening));
    }

    /** Adds a listener for every later event. */
    public void addListener(EngineListener listener) {
        listeners.add(listener);
    }

    /** Removes a listener. */
    public void removeListener(EngineListener listener) {
        listeners.remove(listener);
    }

    /** Starts running: the first compile, and in threaded mode the runtime thread and the watcher. */
    public void start() {
        ReleaseLevel.current().notice().ifPresent(text -> emit(new EngineEvent.Notice(NoticeLevel.WARNING, text)));
        opening.forEach(this::emit);
        StoredHistory stored = store.load();
        history.restore(stored);
        if (!stored.generations().isEmpty()) {
            emit(new EngineEvent.Notice(NoticeLevel.INFO, "restored " + stored.generations().size() + " generation(s) of history from .relive/"));
        }
        if (options.threaded()) {
            loop.start();
            watcher = new SketchWatcher(root, options.quietMillis(), SketchWatcher.SINGLE_FILE_QUIET_MILLIS,
                    change -> worker.execute(() -> seen(change, false)));
            reload().whenComplete((first, failure) -> maker.warmUpInBackground());
        } else {
            reload();
        }
    }

    /** The sketch folder. */
    public Path folder() {
        return root;
    }

    /**
     * Rereads the folder now and, if the sources changed, compiles a new generation and queues its swap. Returns
     * the new generation, or empty when nothing changed. The IDE calls this right after saving, so it need not
     * wait for the watcher.
     */
    public CompletableFuture<Optional<Generation>> reload() {
        long savedAt = options.clock().getAsLong();
        return onWorker(() -> makeGeneration(Change.everything(savedAt)));
    }

    /**
     * Like {@link #reload()}, but rereads only {@code files} (absolute paths) that the caller just wrote, which
     * stays fast beside thousands of unrelated files.
     */
    public CompletableFuture<Optional<Generation>> reload(java.util.Collection<Path> files) {
        long savedAt = options.clock().getAsLong();
        return onWorker(() -> makeGeneration(new Change(savedAt, java.util.Set.copyOf(files), false)));
    }

    /**
     * Tells the engine that the caller is about to write a save of one or more files and will hand them over with
     * {@link #reload(java.util.Collection)}: until then (or for two seconds at most) what the watcher sees of the
     * writes waits, so a save of several files never goes live half written.
     */
    public void saving() {
        onWorker(() -> {
            saveExpectedUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            return null;
        });
    }

    /**
     * Tells the engine that the next save renames these fields (a rename refactoring knows both names), so migration
     * carries each old field's value to its new name instead of dropping it and starting the new one over. They go
     * with the next generation that compiles, whether the IDE's reload or the watcher makes it; call this before
     * writing the save.
     */
    public void renameFields(FieldRenames renames) {
        Objects.requireNonNull(renames, "Renames must not be null");
        onWorker(() -> {
            pendingRenames = pendingRenames.and(renames);
            return null;
        });
    }

    /** A change the watcher reported, or ({@code settling}) a held one that stood still; see {@link SaveBurst}. */
    private void seen(Change change, boolean settling) {
        long now = System.nanoTime();
        if (now < saveExpectedUntil) {
            maker.hold(change);
            settleLater(saveExpectedUntil - now);
            return;
        }
        PhaseLog.mark("event", change.firstSeenNanos());
        PhaseLog.mark("worker", now);
        SaveBurst burst = settling ? SaveBurst.settled(watcher::busy) : SaveBurst.seen(watcher::busy);
        Optional<Generation> generation = maker.make(change, burst);
        submitSwap(generation, change);
        if (maker.holding()) {
            settleLater(TimeUnit.MILLISECONDS.toNanos(SaveBurst.SETTLE_MILLIS));
        }
    }

    /** Looks at the held state again after {@code nanos}, unless another change came and was held after it. */
    private void settleLater(long nanos) {
        int holds = maker.holds();
        worker.schedule(() -> {
            if (maker.holds() == holds && maker.holding()) {
                seen(new Change(System.nanoTime(), java.util.Set.of(), false), true);
            }
        }, nanos, TimeUnit.NANOSECONDS);
    }

    private Optional<Generation> makeGeneration(Change change) {
        saveExpectedUntil = 0;
        PhaseLog.mark("event", change.firstSeenNanos());
        PhaseLog.mark("worker");
        Optional<Generation> generation = maker.make(change);
        submitSwap(generation, change);
        return generation;
    }

    /** Queues the swap of {@code generation} if it compiled, with the renames waiting for it. Worker only. */
    private void submitSwap(Optional<Generation> generation, Change change) {
        generation.filter(g -> g.compile().ok()).ifPresent(g -> {
            FieldRenames renames = pendingRenames;
            pendingRenames = FieldRenames.NONE;
            loop.submit(() -> session.apply(g, Transition.SAVE, change.firstSeenNanos(), renames));
        });
        generation.ifPresentOrElse(g -> {
            PhaseLog.mark("submitted");
            PhaseLog.flush("worker", g.number());
        }, PhaseLog::clear);
    }

    /**
     * Reverts to generation {@code number}: applies its code keeping the current state, writes its sources back
     * to disk (without that write starting another compile) and records a new "revert to N" generation.
     */
    public CompletableFuture<Optional<Generation>> revert(int number) {
        return revert(number, false);
    }

    /**
     * Reverts to generation {@code number}; with {@code restoreState}, the state also goes back to what it was when
     * that generation was replaced (if that checkpoint is still kept; otherwise the current state is kept and a
     * notice says why).
     */
    public CompletableFuture<Optional<Generation>> revert(int number, boolean restoreState) {
        return onWorker(() -> {
            Optional<Generation> made = maker.revertTo(number);
            long savedAt = options.clock().getAsLong();
            made.ifPresent(revert -> loop.submit(() -> {
                boolean withState = restoreState && session.hasCheckpoint(number);
                if (restoreState && !withState) {
                    emit(new EngineEvent.Notice(NoticeLevel.WARNING, "the state of generation " + number
                            + " is no longer kept (only the last few replaced generations keep theirs); keeping the current state"));
                }
                if (withState ? session.applyWithState(revert, number, savedAt)
                        : session.apply(revert, Transition.USER_REVERT, savedAt)) {
                    emit(new EngineEvent.Reverted(revert.number(), number, RevertReason.USER, withState));
                }
            }));
            return made;
        });
    }

    /**
     * Starts a run of number scrubs: until {@link #finishScrub()}, each new generation takes the run's one number and
     * replaces the previous step in the history, so dragging a number through a hundred values leaves one entry and
     * the next save is the next number.
     */
    public void startScrub() {
        onWorker(() -> {
            maker.scrubbing(true);
            return null;
        });
    }

    /** Ends a run of number scrubs. */
    public void finishScrub() {
        onWorker(() -> {
            maker.scrubbing(false);
            return null;
        });
    }

    /**
     * The generations whose state {@link #revert(int, boolean)} can still bring back: the last few replaced ones,
     * until a purge. Safe to call from any thread.
     */
    public java.util.Set<Integer> checkpointed() {
        return session.checkpointed();
    }

    /** Drops every generation except the live one; their class loaders become collectable. */
    public CompletableFuture<List<Integer>> purge() {
        loop.submit(session::dropCheckpoints);
        return onWorker(() -> {
            int dropped = history.purge().size();
            List<Integer> kept = history.all().stream().map(Generation::number).toList();
            emit(new EngineEvent.Purged(kept, dropped));
            return kept;
        });
    }

    /** Stops stepping, keeping the state. */
    public void pause() {
        loop.pause();
    }

    /** Continues stepping; after a stop, starts the live generation afresh. */
    public void resume() {
        loop.resume();
    }

    /** A fresh instance of the live generation, with setup run again. */
    public void restart() {
        loop.restart();
    }

    /** Stops sketch code: no more steps, the script's main and the sketch's threads interrupted. */
    public void stop() {
        loop.stop();
    }

    /** Sets the loop-mode step rate in Hz; 0 means as fast as possible. */
    public void setRate(double hz) {
        loop.setRate(hz);
    }

    /** The step rate. */
    public double rate() {
        return loop.rate();
    }

    /** Turns the automatic revert of faulting new code on or off. */
    public void setAutoRevert(boolean on) {
        session.setAutoRevert(on);
    }

    /** Whether faulting new code reverts automatically. */
    public boolean autoRevert() {
        return session.autoRevert();
    }

    /** Whether failing {@code @Check}s keep new code from going live (on by default). */
    public void setHoldOnFailingChecks(boolean hold) {
        session.setHoldOnFailingChecks(hold);
    }

    /** Whether failing checks hold the swap. */
    public boolean holdOnFailingChecks() {
        return session.holdOnFailingChecks();
    }

    /**
     * The frames of a visual sketch: the latest finished one for a screen to show, the surface size and input to
     * set, and listeners for every frame.
     */
    public FrameSource frames() {
        return session.frames();
    }

    /** The run status. */
    public RunStatus status() {
        return loop.status();
    }

    /** Every kept generation, oldest first, without announcing anything (for views that refresh often). */
    public List<Generation> generations() {
        return history.all();
    }

    /** The history; also announced as a {@code history} event, as the CLI's {@code history} command does. */
    public List<Generation> history() {
        List<Generation> all = history.all();
        emit(new EngineEvent.History(history.liveNumber(), all.stream().map(Generation::entry).toList()));
        return all;
    }

    /** Generation {@code number}, if still kept. */
    public Optional<Generation> generation(int number) {
        return history.get(number);
    }

    /** The live generation's number, 0 before any code ran. */
    public int liveNumber() {
        return history.liveNumber();
    }

    /** Steps run so far. */
    public long steps() {
        return loop.steps();
    }

    /**
     * The live state beneath {@code path} (see {@link dev.relive.inspect.StatePath}), expanded {@code depth} levels,
     * the first level from element {@code from}; read on the runtime thread at the next step boundary. Fails with an
     * {@link IllegalArgumentException} saying why when the path names nothing. Announces nothing, for views that
     * refresh often.
     */
    public CompletableFuture<StateNode> inspect(String path, int depth, int from) {
        return onRuntime(state -> Inspector.inspect(state, path, depth, from));
    }

    /** Like {@link #inspect}, announced as an {@code inspected} event (or an error notice), as the CLI's command does. */
    public CompletableFuture<StateNode> announceInspection(String path, int depth) {
        CompletableFuture<StateNode> tree = inspect(path, depth, 0);
        return tree.whenComplete((node, failure) -> {
            if (failure == null) {
                emit(new EngineEvent.Inspected(path, node));
            } else {
                emit(new EngineEvent.Notice(NoticeLevel.ERROR, "inspect " + path + ": " + reason(failure)));
            }
        });
    }

    /**
     * Sets the primitive, string, boolean or enum value at {@code path} to {@code value} at the next step boundary;
     * announced as a notice ({@code Main.speed: 2.5 → 5.0}), or refused with an error notice saying why.
     */
    public CompletableFuture<Assignment> set(String path, String value) {
        CompletableFuture<Assignment> done = onRuntime(state -> Assigner.assign(state, path, value));
        return done.whenComplete((assignment, failure) -> emit(failure == null
                ? new EngineEvent.Notice(NoticeLevel.INFO, assignment.describe())
                : new EngineEvent.Notice(NoticeLevel.ERROR, reason(failure))));
    }

    /** While paused, runs exactly one step (and one frame of a visual sketch); the future says whether it ran. */
    public CompletableFuture<Boolean> stepOne() {
        return loop.stepOne();
    }

    private <T> CompletableFuture<T> onRuntime(java.util.function.Function<SketchState, T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        loop.submit(() -> {
            try {
                SketchState state = session.state()
                        .orElseThrow(() -> new IllegalArgumentException("nothing is running yet"));
                result.complete(work.apply(state));
            } catch (RuntimeException e) { // a bad path or value, or a sketch thread changing a collection as it is read
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private static String reason(Throwable failure) {
        Throwable t = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return t instanceof IllegalArgumentException ? t.getMessage() : t.toString();
    }

    /** Manual mode: runs pending swaps and commands, then {@code n} steps. */
    public void runSteps(int n) {
        loop.runSteps(n);
    }

    private <T> CompletableFuture<T> onWorker(java.util.function.Supplier<T> work) {
        if (worker == null) {
            try {
                return CompletableFuture.completedFuture(work.get());
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.get();
            } catch (RuntimeException e) {
                emit(new EngineEvent.Notice(NoticeLevel.ERROR, "engine fault: " + e));
                throw e;
            }
        }, worker);
    }

    /** The history's notices, as notice events for {@code sink}. */
    private static HistoryNotices notices(Consumer<EngineEvent> sink) {
        return new HistoryNotices() {
            @Override public void info(String text) { sink.accept(new EngineEvent.Notice(NoticeLevel.INFO, text)); }
            @Override public void warning(String text) { sink.accept(new EngineEvent.Notice(NoticeLevel.WARNING, text)); }
            @Override public void error(String text) { sink.accept(new EngineEvent.Notice(NoticeLevel.ERROR, text)); }
        };
    }

    private void emit(EngineEvent event) {
        for (EngineListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                // A listener's bug must not stop the engine or the other listeners; it goes to the real stderr.
                OutputCapture.originalErr().println("relive: listener failed on " + event.name() + ": " + e);
            }
        }
    }

    /** Stops watching, lets a running compile finish, stops sketch code and releases every thread and loader. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (watcher != null) {
            watcher.close();
        }
        maker.cancel(); // a //DEPS download in progress ends at its next chunk
        if (worker != null) {
            // The worker owns the resolver and compiler: it closes them after its task in progress, however long
            // that still takes, so a resolver is never shut down under a download.
            worker.execute(maker::close);
            worker.shutdown();
            awaitQuietly(() -> worker.awaitTermination(2, TimeUnit.SECONDS));
        } else {
            maker.close();
        }
        CompletableFuture<Void> stopped = loop.submit(session::stop);
        if (loop.threaded()) {
            awaitQuietly(() -> {
                stopped.get(2, TimeUnit.SECONDS);
                return true;
            });
        } else {
            loop.runTasks();
        }
        loop.close();
        session.close();
        libraries.close();
        store.close();
        lock.close();
        SealedFolders.unseal(root);
    }

    private interface Wait {
        boolean await() throws Exception;
    }

    private static void awaitQuietly(Wait wait) {
        try {
            wait.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Closing goes on regardless: a stuck compile or sketch must not keep the engine from shutting down.
            OutputCapture.originalErr().println("relive: shutdown did not wait cleanly: " + e);
        }
    }
}
