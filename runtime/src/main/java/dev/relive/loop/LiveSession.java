package dev.relive.loop;

import dev.relive.api.Guard;
import dev.relive.api.Sketch;
import dev.relive.api.Visual;
import dev.relive.check.CheckResult;
import dev.relive.check.CheckRunner;
import dev.relive.event.EngineEvent;
import dev.relive.event.SketchError;
import dev.relive.event.SketchFailure;
import dev.relive.history.Generation;
import dev.relive.history.GenerationStatus;
import dev.relive.history.History;
import dev.relive.load.LibraryLoaders;
import dev.relive.load.LoadedGeneration;
import dev.relive.migrate.MigrationReport;
import dev.relive.migrate.StateMigrator;
import dev.relive.output.GenerationTag;
import dev.relive.output.OutputSink;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The live program and everything done to it, always on the runtime thread and always between two steps:
 * the swap (load, construct, {@code beforeReload}, migrate, {@code afterReload}, commit), stepping with
 * error collapsing, probation with its one automatic revert, restart and stop. Anything that throws before
 * commit rejects the new generation and leaves the live one untouched.
 */
public final class LiveSession {

    private final Consumer<EngineEvent> events;
    private final History history;
    private final LibraryLoaders libraries;
    private final LongSupplier clock;
    private final long probationNanos;
    /** How long a swap phase, or a step of new code on probation, may run before it counts as hung. */
    static final long HANG_MILLIS = 1000;

    private final ErrorCollapser errors = new ErrorCollapser();
    private final SketchCalls calls = new SketchCalls();
    private final UnloadedLoaders unloaded = new UnloadedLoaders();
    private final FrameSource frames = new FrameSource();
    private final OutputSink output;

    private LiveProgram live;
    private final Checkpoints checkpoints = new Checkpoints();
    private Probation probation = Probation.NONE;
    private volatile boolean autoRevert = true;
    private volatile boolean holdOnFailingChecks = true;

    /**
     * A session reporting to {@code events}, recording in {@code history}, timing with {@code clock}
     * (nanoseconds) and putting new code on probation for {@code probationMillis}.
     */
    public LiveSession(Consumer<EngineEvent> events, History history, LibraryLoaders libraries, LongSupplier clock,
                       long probationMillis) {
        this.events = events;
        this.history = history;
        this.libraries = libraries;
        this.clock = clock;
        this.probationNanos = probationMillis * 1_000_000L;
        this.output = (generation, stream, text) -> events.accept(new EngineEvent.Output(generation, stream, text));
    }

    /** Turns automatic revert on faults during probation on or off. */
    public void setAutoRevert(boolean on) {
        autoRevert = on;
    }

    /** Whether faults during probation revert automatically. */
    public boolean autoRevert() {
        return autoRevert;
    }

    /** The live generation's number, or 0. */
    public int liveNumber() {
        return live == null ? 0 : live.number();
    }

    /** Whether there is a loop-mode sketch to step. */
    public boolean canStep() {
        return live != null && live.instance() != null;
    }

    /** Whether a script-mode main is still running. */
    public boolean scriptRunning() {
        return live != null && live.script() != null && live.script().running();
    }

    /**
     * Applies {@code generation}: swaps it in, migrating the live state, or rejects it. {@code savedAt} is the
     * clock time the change was seen, for the save-to-live figure. Returns whether it went live.
     */
    public boolean apply(Generation generation, Transition transition, long savedAt) {
        return apply(generation, transition, savedAt, null);
    }

    /**
     * Applies {@code generation} like {@link #apply(Generation, Transition, long)}, but takes the state from
     * {@code stateSource} (a checkpoint) instead of the live program when it is not null.
     */
    private boolean apply(Generation generation, Transition transition, long savedAt, LiveProgram stateSource) {
        long start = clock.getAsLong();
        LiveProgram old = transition == Transition.RESTART ? null : live;
        LiveProgram source = stateSource != null ? stateSource : old;
        LiveProgram next;
        MigrationReport report;
        try {
            LoadedGeneration loaded = LoadedGeneration.load(generation.number(), generation.compile().classes(),
                    libraries.parentFor(generation.sources().libs().keySet()));
            GenerationTag tag = new GenerationTag(generation.number(), output, this::threadFailed);
            call(tag, loaded.loader(), "static-init", () -> {
                try {
                    loaded.initialize();
                } catch (SketchFailure f) {
                    throw new WrappedFailure(f);
                }
            });
            runChecks(loaded, generation, tag);
            Sketch instance = loaded.mode() == LoadedGeneration.Mode.LOOP ? construct(loaded, tag) : null;
            if (old != null && old.instance() != null) {
                call(old.tag(), old.loaded().loader(), "hook", old.instance()::beforeReload);
            }
            if (old != null && old.script() != null) {
                stopScript(old);
            }
            report = source == null ? MigrationReport.EMPTY : migrate(source, loaded, generation, instance, tag);
            if (instance != null) {
                call(tag, loaded.loader(), old != null && old.instance() != null ? "hook" : "setup",
                        old != null && old.instance() != null ? instance::afterReload : instance::setup);
            }
            ScriptRun script = instance == null ? ScriptRun.start(loaded.entry(), tag, this::scriptFailed) : null;
            next = new LiveProgram(generation, loaded, instance, script, tag);
        } catch (SketchFailure failure) {
            reject(generation, failure);
            return false;
        }
        commit(next, old, transition, report, savedAt, start);
        return true;
    }

    /** Runs the generation's {@code @Check}s in throwaway instances; failing ones hold the swap if so set. */
    private void runChecks(LoadedGeneration loaded, Generation generation, GenerationTag tag) throws SketchFailure {
        List<CheckResult> results = CheckRunner.run(loaded,
                code -> calls.run(tag, loaded.loader(), HANG_MILLIS, code), files(generation));
        List<CheckResult> failed = results.stream().filter(r -> !r.passed()).toList();
        results.forEach(r -> events.accept(new EngineEvent.Check(generation.number(), r.name(), r.passed(), r.message(),
                r.file(), r.line())));
        if (holdOnFailingChecks && !failed.isEmpty()) {
            throw new SketchFailure("check", failed.size() + " check(s) failed; the swap is held: "
                    + failed.get(0).name() + ": " + failed.get(0).message());
        }
    }

    /** Whether failing {@code @Check}s keep new code from going live (on by default). */
    public void setHoldOnFailingChecks(boolean hold) {
        holdOnFailingChecks = hold;
    }

    /** Whether failing checks hold the swap. */
    public boolean holdOnFailingChecks() {
        return holdOnFailingChecks;
    }

    private Sketch construct(LoadedGeneration loaded, GenerationTag tag) throws SketchFailure {
        Constructor<?> constructor;
        try {
            constructor = loaded.entry().getDeclaredConstructor();
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new SketchFailure("construct", loaded.entry().getName() + " needs a constructor without parameters");
        }
        Object[] made = new Object[1];
        call(tag, loaded.loader(), "construct", () -> {
            try {
                made[0] = constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new WrappedFailure(e.getCause() != null ? e.getCause() : e);
            }
        });
        return (Sketch) made[0];
    }

    private MigrationReport migrate(LiveProgram old, LoadedGeneration loaded, Generation generation, Sketch instance,
                                    GenerationTag tag) throws SketchFailure {
        MigrationReport[] report = new MigrationReport[1];
        StateMigrator.Side from = new StateMigrator.Side(old.loaded(), old.generation().compile().initializers());
        StateMigrator.Side to = new StateMigrator.Side(loaded, generation.compile().initializers());
        call(tag, loaded.loader(), "migrate", () -> report[0] = loaded.mode() == LoadedGeneration.Mode.SCRIPT
                ? StateMigrator.migrateKeptStatics(from, to)
                : StateMigrator.migrate(from, to, old.instance(), instance));
        return report[0];
    }

    private void commit(LiveProgram next, LiveProgram old, Transition transition, MigrationReport report, long savedAt,
                        long start) {
        if (old != null) {
            checkpoints.keep(old);
        }
        live = next;
        errors.reset();
        long now = clock.getAsLong();
        double liveMs = (now - savedAt) / 1e6;
        history.update(next.number(), g -> g.wentLive(liveMs));
        history.setLive(next.number());
        probation = Probation.after(transition, old == null ? 0 : old.number(), now, probationNanos);
        if (old != null) {
            stopThreadsOf(old); // threads the old generation started belong to it: DESIGN.md, Ownership
            unloaded.watch(old.loaded().loader());
        }
        events.accept(new EngineEvent.Applied(next.number(), liveMs, (now - start) / 1e6, report,
                next.loaded().mode().name().toLowerCase(java.util.Locale.ROOT)));
    }

    private void reject(Generation generation, SketchFailure failure) {
        history.update(generation.number(), g -> g.withStatus(GenerationStatus.REJECTED));
        SketchError error = failure.getCause() == null
                ? new SketchError(failure.phase(), SketchFailure.class.getName(), failure.reason(), java.util.List.of())
                : toError(failure.phase(), failure.getCause(), generation);
        events.accept(new EngineEvent.Rejected(generation.number(), failure.phase(), failure.reason(), liveNumber(), error));
    }

    /** Runs one step of the live loop-mode sketch; a throw is reported, collapsed and may trigger probation. */
    public void step() {
        if (unloaded.anyCollected()) {
            ThreadLocalSweeper.sweepCurrentThread(); // values of unloaded generations' thread-locals
        }
        if (!canStep()) {
            return;
        }
        LiveProgram current = live;
        Throwable failure = null;
        long start = System.nanoTime();
        boolean onProbation = probation.active(clock.getAsLong());
        long limit = onProbation ? HANG_MILLIS : 0;
        String phase = "step";
        try {
            calls.run(current.tag(), current.loaded().loader(), limit, current.instance()::step);
            if (current.instance() instanceof Visual visual) {
                phase = "draw";
                frames.draw(visual, current.number(), start, code -> calls.run(current.tag(), current.loaded().loader(), limit, code));
            }
        } catch (Throwable t) { // sketch code may throw anything, errors included: it must never take the engine down
            failure = t;
        }
        if (failure instanceof Guard.Stopped && !onProbation) {
            stepStopped(current, failure, (System.nanoTime() - start) / 1_000_000);
        } else if (failure != null) {
            stepFailed(current, phase, failure, onProbation); // new code that hangs on probation faults like any other
        }
    }

    /** The frames this session's visual sketches draw. */
    public FrameSource frames() {
        return frames;
    }

    private void stepStopped(LiveProgram current, Throwable stopped, long millis) {
        SketchError where = toError("step", stopped, current.generation());
        events.accept(new EngineEvent.Error(current.number(), new SketchError("step", Guard.Stopped.class.getName(),
                "the step ran for " + millis + " ms without returning and was stopped", where.trace()), 0));
    }

    private void stepFailed(LiveProgram current, String phase, Throwable t, boolean onProbation) {
        SketchError error = toError(phase, t, current.generation());
        int repeats = errors.admit(current.number(), error, clock.getAsLong());
        if (repeats >= 0) {
            events.accept(new EngineEvent.Error(current.number(), error, repeats));
        }
        if (!autoRevert || !onProbation) {
            return;
        }
        Probation ended = probation;
        probation = Probation.NONE;
        if (ended.verdict() == Probation.Verdict.PAUSE) {
            throw new FaultAfterRevert(current.number());
        }
        Optional<Generation> fallback = history.get(ended.fallback());
        if (ended.verdict() == Probation.Verdict.REVERT && fallback.isPresent()) {
            history.update(current.number(), g -> g.withStatus(GenerationStatus.FAULTED));
            if (apply(fallback.get(), Transition.FAULT_REVERT, clock.getAsLong())) {
                events.accept(new EngineEvent.Reverted(current.number(), fallback.get().number(), "fault", false));
            }
        }
    }

    /** Thrown out of {@link #step()} when a generation restored by probation faults too: the loop must pause. */
    public static final class FaultAfterRevert extends RuntimeException {
        FaultAfterRevert(int generation) {
            super("generation " + generation + " was restored after a fault and faults too; paused so you can fix it",
                    null, false, false);
        }
    }

    /**
     * Applies {@code generation} as a user revert with the state that generation {@code stateOf} had when it was
     * replaced. Returns false, and applies nothing, when that checkpoint is no longer kept.
     */
    public boolean applyWithState(Generation generation, int stateOf, long savedAt) {
        LiveProgram checkpoint = checkpoints.get(stateOf);
        return checkpoint != null && apply(generation, Transition.USER_REVERT, savedAt, checkpoint);
    }

    /** Whether the state of generation {@code number}, as it was when replaced, is still kept. */
    public boolean hasCheckpoint(int number) {
        return checkpoints.get(number) != null;
    }

    /** The generations whose state a revert can bring back; safe to read from any thread. */
    public java.util.Set<Integer> checkpointed() {
        return checkpoints.numbers();
    }

    /** Drops every state checkpoint, so purged generations' class loaders can be collected. */
    public void dropCheckpoints() {
        checkpoints.clear();
        ThreadLocalSweeper.sweepCurrentThread();
    }

    /** Starts the live generation afresh: new loader, new instance, setup again. */
    public void restart() {
        if (live == null) {
            return;
        }
        LiveProgram old = live;
        if (old.script() != null) {
            stopScript(old);
        }
        apply(old.generation(), Transition.RESTART, clock.getAsLong());
    }

    /** Stops sketch code: the script's main and every thread the live generation started. */
    public void stop() {
        if (live != null) {
            if (live.script() != null) {
                stopScript(live);
            }
            stopThreadsOf(live);
        }
    }

    /** The sketch calls this session makes, for the watchdog. */
    SketchCalls calls() {
        return calls;
    }

    private void stopThreadsOf(LiveProgram program) {
        List<Thread> stopped = OwnedThreads.stop(program.loaded().loader());
        if (!stopped.isEmpty()) {
            events.accept(new EngineEvent.Notice("info", "stopped " + stopped.size() + " thread(s) started by generation "
                    + program.number() + ": " + String.join(", ", stopped.stream().map(Thread::getName).toList())
                    + " (threads belong to their generation; restart background work in afterReload)"));
        }
    }

    private void stopScript(LiveProgram program) {
        if (!program.script().stop()) {
            events.accept(new EngineEvent.Notice("warning", "main of generation " + program.number()
                    + " did not stop when interrupted; it keeps running in the background"));
        }
    }

    private void threadFailed(int generation, Thread thread, Throwable failure) {
        if (failure instanceof Guard.Stopped) {
            return; // the engine stopped it on purpose and has said so
        }
        Generation g = history.get(generation).orElse(null);
        SketchError error = g == null ? SketchError.of("thread", failure, c -> Optional.empty()) : toError("thread", failure, g);
        events.accept(new EngineEvent.Error(generation, new SketchError("thread", error.exception(),
                "in thread \"" + thread.getName() + "\": " + error.message(), error.trace()), 0));
    }

    private void scriptFailed(String phase, Throwable t) {
        LiveProgram current = live;
        GenerationTag tag = GenerationTag.current();
        int generation = tag != null ? tag.generation() : liveNumber();
        Generation g = current != null && current.number() == generation ? current.generation()
                : history.get(generation).orElse(null);
        SketchError error = g == null ? SketchError.of(phase, t, c -> Optional.empty()) : toError(phase, t, g);
        events.accept(new EngineEvent.Error(generation, error, 0));
    }

    private SketchError toError(String phase, Throwable t, Generation generation) {
        return SketchError.of(phase, t, files(generation));
    }

    /** Class name to the sketch file that declares it, for pointing errors at lines. */
    private static java.util.function.Function<String, Optional<String>> files(Generation generation) {
        return className -> {
            String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
            String file = generation.compile().classFiles().get(className);
            return Optional.ofNullable(file != null ? file : generation.compile().classFiles().get(outer));
        };
    }

    /** Runs sketch code under {@code tag}, turning any throw into a {@link SketchFailure} of {@code phase}. */
    private void call(GenerationTag tag, ClassLoader loader, String phase, Runnable code) throws SketchFailure {
        try {
            calls.run(tag, loader, HANG_MILLIS, code);
        } catch (WrappedFailure w) {
            throw w.getCause() instanceof SketchFailure f ? f : new SketchFailure(phase, w.getCause());
        } catch (Throwable t) { // sketch code may throw anything, errors included
            throw new SketchFailure(phase, t);
        }
    }

    /** Carries a checked exception out of a {@link Runnable}. */
    private static final class WrappedFailure extends RuntimeException {
        WrappedFailure(Throwable cause) {
            super(cause);
        }
    }
}
