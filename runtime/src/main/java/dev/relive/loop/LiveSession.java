package dev.relive.loop;

import dev.relive.event.RevertReason;
import dev.relive.event.NoticeLevel;
import dev.relive.draw.FrameSource;
import dev.relive.event.EngineEvent;
import dev.relive.event.SketchError;
import dev.relive.failure.Phase;
import dev.relive.failure.SketchFailure;
import dev.relive.history.Generation;
import dev.relive.history.GenerationStatus;
import dev.relive.history.History;
import dev.relive.inspect.SketchState;
import dev.relive.load.LibraryLoaders;
import dev.relive.migrate.FieldRenames;
import dev.relive.timing.PhaseLog;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The live program and its owner: it applies generations (the fallible part is a {@link SwapTransaction}, then
 * the commit), steps the program through a {@link Stepper} and acts on its probation verdicts, restarts and
 * stops. Everything here runs on the runtime thread, between two steps; errors sketch threads raise go through
 * {@link SketchErrors}. See runtime/README.md, Swap.
 */
public final class LiveSession implements AutoCloseable {

    private final Consumer<EngineEvent> events;
    private final History history;
    private final LongSupplier clock;
    private final SketchCalls calls = new SketchCalls();
    private final UnloadedLoaders unloaded = new UnloadedLoaders();
    private final FrameDrawer frames = new FrameDrawer();
    private final Checkpoints checkpoints = new Checkpoints();
    private final OutputDelivery output;
    private final SketchErrors errors;
    private final SwapTransaction swap;
    private final Stepper stepper;
    private Consumer<String> pause = reason -> {
    };

    private LiveProgram live;

    /**
     * A session reporting to {@code events}, recording in {@code history}, timing with {@code clock}
     * (nanoseconds) and putting new code on probation for {@code probationMillis}.
     */
    public LiveSession(Consumer<EngineEvent> events, History history, LibraryLoaders libraries, LongSupplier clock,
                       long probationMillis) {
        this.output = new OutputDelivery(events);
        this.events = event -> {
            output.drain(); // sketch output printed before this event is announced before it
            events.accept(event);
        };
        this.history = history;
        this.clock = clock;
        this.errors = new SketchErrors(this.events, history);
        this.swap = new SwapTransaction(calls, libraries, errors, this.events, output);
        this.stepper = new Stepper(calls, frames, errors, this.events, clock, probationMillis);
    }

    /** Delivers the sketch output queued so far; the runtime loop calls it after every step and task. */
    void deliverOutput() {
        output.drain();
    }

    /** Delivers the last sketch output and stops the output thread; call once the runtime thread has ended. */
    @Override
    public void close() {
        output.close();
    }

    /** Where the session asks for a pause (restored code that faults too); set by the loop that owns the status. */
    void onPause(Consumer<String> pause) {
        this.pause = pause;
    }

    /** Turns automatic revert on faults during probation on or off; any thread. */
    public void setAutoRevert(boolean on) {
        stepper.setAutoRevert(on);
    }

    /** Whether faults during probation revert automatically. */
    public boolean autoRevert() {
        return stepper.autoRevert();
    }

    /** Whether failing {@code @Check}s keep new code from going live (on by default); any thread. */
    public void setHoldOnFailingChecks(boolean hold) {
        swap.setHoldOnFailingChecks(hold);
    }

    /** Whether failing checks hold the swap. */
    public boolean holdOnFailingChecks() {
        return swap.holdOnFailingChecks();
    }

    /** The frames this session's visual sketches draw. */
    public FrameSource frames() {
        return frames;
    }

    /** The live generation's number, or 0. */
    public int liveNumber() {
        return live == null ? 0 : live.number();
    }

    /** The live program's state roots for inspection, or empty before any code ran; runtime thread only. */
    public Optional<SketchState> state() {
        if (live == null) {
            return Optional.empty();
        }
        return Optional.of(new SketchState(live.instance(), live.loaded().entry(),
                List.copyOf(live.loaded().classes().values())));
    }

    /** Whether there is a loop-mode sketch to step. */
    public boolean canStep() {
        return live != null && live.instance() != null;
    }

    /**
     * Applies {@code generation}: swaps it in, migrating the live state, or rejects it. {@code savedAt} is the
     * clock time the change was seen, for the save-to-live figure. Returns whether it went live.
     */
    public boolean apply(Generation generation, Transition transition, long savedAt) {
        return apply(generation, transition, savedAt, FieldRenames.NONE);
    }

    /** Like {@link #apply(Generation, Transition, long)}, carrying the fields of {@code renames} to their new names. */
    public boolean apply(Generation generation, Transition transition, long savedAt, FieldRenames renames) {
        return apply(generation, transition, savedAt, null, renames);
    }

    /**
     * Applies {@code generation} as a user revert with the state that generation {@code stateOf} had when it was
     * replaced. Returns false, and applies nothing, when that checkpoint is no longer kept.
     */
    public boolean applyWithState(Generation generation, int stateOf, long savedAt) {
        LiveProgram checkpoint = checkpoints.get(stateOf);
        return checkpoint != null && apply(generation, Transition.USER_REVERT, savedAt, checkpoint, FieldRenames.NONE);
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

    /** Runs one step of the live loop-mode sketch; a throw is reported, collapsed and may end probation. */
    public void step() {
        if (unloaded.anyCollected()) {
            ThreadLocalSweeper.sweepCurrentThread(); // values of unloaded generations' thread-locals
        }
        if (canStep()) {
            LiveProgram current = live;
            judge(current, stepper.step(current), null);
        }
    }

    /** Starts the live generation afresh: new loader, new instance, setup again. */
    public void restart() {
        if (live != null) {
            apply(live.generation(), Transition.RESTART, clock.getAsLong());
        }
    }

    /** Stops sketch code: the script's main and every thread the live generation started. */
    public void stop() {
        if (live != null) {
            stopScript(live);
            stopThreadsOf(live);
        }
    }

    /** The checkpoints this session keeps, for {@link MemoryRelief}. */
    Checkpoints checkpoints() {
        return checkpoints;
    }

    /** The sketch calls this session makes, for the watchdog. */
    SketchCalls calls() {
        return calls;
    }

    /** Applies {@code generation}, taking the state from {@code stateSource} (a checkpoint) when it is not null. */
    private boolean apply(Generation generation, Transition transition, long savedAt, LiveProgram stateSource,
                          FieldRenames renames) {
        long start = clock.getAsLong();
        PhaseLog.mark("swap");
        LiveProgram replaced = live;
        LiveProgram old = transition == Transition.RESTART ? null : replaced;
        SwapTransaction.Prepared next;
        try {
            next = swap.prepare(generation, old, stateSource != null ? stateSource : old, renames);
        } catch (SketchFailure failure) {
            PhaseLog.clear();
            reject(generation, failure);
            return false;
        }
        commit(next, replaced, old, transition, savedAt, start);
        return true;
    }

    /**
     * The point of no return: the prepared generation goes live whatever its hooks throw now. The replaced program
     * gets {@code beforeReload} (unless restarting) and its script and threads are stopped; then the new instance
     * gets {@code afterReload}, and a fault there is judged like a fault in a step.
     */
    private void commit(SwapTransaction.Prepared next, LiveProgram replaced, LiveProgram old, Transition transition,
                        long savedAt, long start) {
        if (old != null) {
            checkpoints.keep(old);
        }
        if (replaced != null) {
            retire(replaced, old != null);
        }
        Generation generation = next.generation();
        ScriptRun script = next.instance() == null
                ? ScriptRun.start(next.loaded().entry(), next.tag(), t -> errors.report(generation, Phase.MAIN, t))
                : null;
        LiveProgram program = new LiveProgram(generation, next.loaded(), next.instance(), script, next.tag());
        live = program;
        long now = clock.getAsLong();
        double liveMs = (now - savedAt) / 1e6;
        history.update(program.number(), g -> g.wentLive(liveMs));
        history.setLive(program.number());
        // A step of a scrub replaces code under its own number: there is no other generation to fall back to.
        stepper.wentLive(transition, old == null || old.number() == program.number() ? 0 : old.number());
        PhaseLog.mark("committed");
        events.accept(new EngineEvent.Applied(program.number(), liveMs, (now - start) / 1e6, next.report(),
                next.loaded().mode().name().toLowerCase(java.util.Locale.ROOT)));
        PhaseLog.mark("announced");
        PhaseLog.flush("runtime", program.number());
        if (next.replaces(old)) {
            try {
                calls.run(program.tag(), program.loaded().loader(), SwapTransaction.HANG_MILLIS,
                        program.instance()::afterReload);
            } catch (Throwable t) { // sketch code may throw anything: it is the new code's fault, judged as such
                // The new code never stepped, so a revert takes the state of the replaced instance, which
                // migration only read, rather than what the failed afterReload left behind.
                judge(program, stepper.failed(program, Phase.HOOK, t), old);
            }
        }
    }

    /**
     * Ends {@code program}, which is being replaced: {@code beforeReload} on its instance when {@code hooks} is set
     * (a throw there is reported, and the swap goes on), then its script and its threads are stopped.
     */
    private void retire(LiveProgram program, boolean hooks) {
        if (hooks && program.instance() != null) {
            try {
                calls.run(program.tag(), program.loaded().loader(), SwapTransaction.HANG_MILLIS,
                        program.instance()::beforeReload);
            } catch (Throwable t) { // sketch code may throw anything; the old code is leaving either way
                errors.report(program.generation(), Phase.HOOK, t);
            }
        }
        stopScript(program);
        stopThreadsOf(program); // threads the old generation started belong to it: runtime/README.md, Threads
        unloaded.watch(program.loaded().loader());
    }

    /**
     * Acts on the probation a fault of {@code current} ended: go back to the previous generation, taking the state
     * from {@code stateSource} (or from {@code current} when null), or pause.
     */
    private void judge(LiveProgram current, Probation ended, LiveProgram stateSource) {
        switch (ended.verdict()) {
            case REPORT_ONLY -> {
            }
            case PAUSE -> pause.accept("generation " + current.number()
                    + " was restored after a fault and faults too; paused so you can fix it");
            case REVERT -> {
                Optional<Generation> fallback = history.get(ended.fallback());
                if (fallback.isPresent()) {
                    history.update(current.number(), g -> g.withStatus(GenerationStatus.FAULTED));
                    if (apply(fallback.get(), Transition.FAULT_REVERT, clock.getAsLong(), stateSource, FieldRenames.NONE)) {
                        events.accept(new EngineEvent.Reverted(current.number(), fallback.get().number(), RevertReason.FAULT,
                                stateSource != null));
                    }
                }
            }
        }
    }

    private void reject(Generation generation, SketchFailure failure) {
        history.update(generation.number(), g -> g.withStatus(GenerationStatus.REJECTED));
        SketchError error = failure.getCause() == null
                ? new SketchError(failure.phase(), SketchFailure.class.getName(), failure.reason(), List.of())
                : errors.of(failure.phase(), failure.getCause(), generation);
        events.accept(new EngineEvent.Rejected(generation.number(), failure.phase(), failure.reason(), liveNumber(), error));
    }

    private void stopThreadsOf(LiveProgram program) {
        List<Thread> stopped = OwnedThreads.stop(program.loaded().loader());
        if (!stopped.isEmpty()) {
            events.accept(new EngineEvent.Notice(NoticeLevel.INFO, "stopped " + stopped.size() + " thread(s) started by generation "
                    + program.number() + ": " + String.join(", ", stopped.stream().map(Thread::getName).toList())
                    + " (threads belong to their generation; restart background work in afterReload)"));
        }
    }

    private void stopScript(LiveProgram program) {
        if (program.script() != null && !program.script().stop()) {
            events.accept(new EngineEvent.Notice(NoticeLevel.WARNING, "main of generation " + program.number()
                    + " did not stop when interrupted; it keeps running in the background"));
        }
    }
}
