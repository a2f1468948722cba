package dev.relive.engine;

import dev.relive.history.History;
import dev.relive.watch.SketchWatcher;

import java.util.function.LongSupplier;

/**
 * How an engine runs.
 *
 * @param rate            steps per second in loop mode; 0 means as fast as possible
 * @param historyCap      generations kept before the oldest are dropped (with a notice naming them)
 * @param probationMillis how long new code must run cleanly before a fault no longer reverts it
 * @param quietMillis     the watcher's quiet period
 * @param threaded        whether the engine owns its threads (runtime, compiler, watcher); when false, the caller
 *                        compiles with {@link Engine#reload()} and steps with {@link Engine#runSteps(int)}
 * @param clock           nanosecond clock for probation and timings
 */
public record EngineOptions(double rate, int historyCap, long probationMillis, long quietMillis, boolean threaded,
                            LongSupplier clock) {

    /** The defaults: 60 Hz, {@link History#DEFAULT_CAP} generations, one second of probation, own threads. */
    public static final EngineOptions DEFAULTS =
            new EngineOptions(60, History.DEFAULT_CAP, 1000, SketchWatcher.DEFAULT_QUIET_MILLIS, true, System::nanoTime);

    public EngineOptions {
        if (rate < 0) {
            throw new IllegalArgumentException("Rate must be 0 or more, not " + rate);
        }
        if (historyCap < 1) {
            throw new IllegalArgumentException("History cap must be at least 1, not " + historyCap);
        }
        java.util.Objects.requireNonNull(clock, "Clock must not be null");
    }

    /** For tests: no threads of its own, stepped by the caller, timed by {@code clock}. */
    public static EngineOptions manual(LongSupplier clock) {
        return new EngineOptions(DEFAULTS.rate, DEFAULTS.historyCap, DEFAULTS.probationMillis, DEFAULTS.quietMillis, false, clock);
    }

    /** The same options with another step rate. */
    public EngineOptions withRate(double hz) {
        return new EngineOptions(hz, historyCap, probationMillis, quietMillis, threaded, clock);
    }

    /** The same options with another history cap. */
    public EngineOptions withHistoryCap(int cap) {
        return new EngineOptions(rate, cap, probationMillis, quietMillis, threaded, clock);
    }
}
