package dev.relive.loop;

import dev.relive.failure.Phase;
import dev.relive.api.Guard;
import dev.relive.api.Visual;
import dev.relive.event.EngineEvent;
import dev.relive.event.SketchError;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Stepping and probation: runs one step (and, for a visual sketch, one frame) of the live program, reports what
 * it throws with repeats collapsed and hangs named, and judges a fault of new code on probation: the
 * {@link Probation} it ends says whether the session goes back to the previous generation or pauses.
 * Runtime thread only, apart from the auto-revert switch.
 */
final class Stepper {

    private final SketchCalls calls;
    private final FrameDrawer frames;
    private final SketchErrors errors;
    private final Consumer<EngineEvent> events;
    private final LongSupplier clock;
    private final long probationNanos;
    private final ErrorCollapser collapser = new ErrorCollapser();
    private Probation probation = Probation.NONE;
    private volatile boolean autoRevert = true;

    /** Steps through {@code calls}, drawing into {@code frames}; puts new code on probation for {@code probationMillis}. */
    Stepper(SketchCalls calls, FrameDrawer frames, SketchErrors errors, Consumer<EngineEvent> events, LongSupplier clock,
            long probationMillis) {
        this.calls = calls;
        this.frames = frames;
        this.errors = errors;
        this.events = events;
        this.clock = clock;
        this.probationNanos = probationMillis * 1_000_000L;
    }

    /** Turns automatic revert on faults during probation on or off; any thread. */
    void setAutoRevert(boolean on) {
        autoRevert = on;
    }

    /** Whether faults during probation revert automatically. */
    boolean autoRevert() {
        return autoRevert;
    }

    /** A generation went live through {@code transition}, replacing generation {@code previous} (0 for none). */
    void wentLive(Transition transition, int previous) {
        collapser.reset();
        probation = Probation.after(transition, previous, clock.getAsLong(), probationNanos);
    }

    /**
     * Runs one step of {@code current}, a loop-mode program. Returns the probation a fault ended, whose verdict
     * says what follows, or {@link Probation#NONE} when nothing more is to be done.
     */
    Probation step(LiveProgram current) {
        Throwable failure = null;
        long start = System.nanoTime();
        boolean onProbation = probation.active(clock.getAsLong());
        long limit = onProbation ? SwapTransaction.HANG_MILLIS : 0;
        Phase phase = Phase.STEP;
        try {
            calls.run(current.tag(), current.loaded().loader(), limit, current.instance()::step);
            if (current.instance() instanceof Visual visual) {
                phase = Phase.DRAW;
                frames.draw(visual, current.number(), start,
                        code -> calls.run(current.tag(), current.loaded().loader(), limit, code));
            }
        } catch (Throwable t) { // sketch code may throw anything, errors included: it must never take the engine down
            failure = t;
        }
        if (failure == null) {
            return Probation.NONE;
        }
        if (failure instanceof Guard.Stopped && !onProbation) {
            stopped(current, failure, (System.nanoTime() - start) / 1_000_000);
            return Probation.NONE;
        }
        return failed(current, phase, failure, onProbation); // new code that hangs on probation faults like any other
    }

    /**
     * Sketch code of {@code current} threw {@code t} in {@code phase}: reports it (repeats collapsed) and, if the
     * code is on probation and auto-revert is on, ends the probation and returns it; otherwise {@link Probation#NONE}.
     */
    Probation failed(LiveProgram current, Phase phase, Throwable t) {
        return failed(current, phase, t, probation.active(clock.getAsLong()));
    }

    /** Like {@link #failed(LiveProgram, String, Throwable)}, judged by whether the code was on probation when it began. */
    private Probation failed(LiveProgram current, Phase phase, Throwable t, boolean onProbation) {
        SketchError error = errors.of(phase, t, current.generation());
        int repeats = collapser.admit(current.number(), error, clock.getAsLong());
        if (repeats >= 0) {
            events.accept(new EngineEvent.Error(current.number(), error, repeats));
        }
        if (!autoRevert || !onProbation) {
            return Probation.NONE;
        }
        Probation ended = probation;
        probation = Probation.NONE;
        return ended;
    }

    private void stopped(LiveProgram current, Throwable stopped, long millis) {
        SketchError where = errors.of(Phase.STEP, stopped, current.generation());
        events.accept(new EngineEvent.Error(current.number(), new SketchError(Phase.STEP, Guard.Stopped.class.getName(),
                "the step ran for " + millis + " ms without returning and was stopped", where.trace()), 0));
    }
}
