package dev.relive.loop;

import dev.relive.output.GenerationTag;
import dev.relive.stop.StopRequests;

/**
 * Runs sketch code on the runtime thread under its generation: the output tag and the context class loader
 * are set for the call (so threads the sketch starts are recognisably its own) and restored after it, and
 * the call's start time is published so the {@link Watchdog} can stop a call that hangs. Afterwards the
 * thread is released from any stop request and its interrupt flag is cleared, so one stuck step never
 * leaks into the next.
 */
final class SketchCalls {

    private volatile long busySince;
    private volatile long limitNanos;

    /** When the current sketch call started (System.nanoTime), or 0 when the runtime thread is not in sketch code. */
    long busySince() {
        return busySince;
    }

    /** How long the current sketch call may run before the watchdog stops it, or 0 for no limit. */
    long limitNanos() {
        return limitNanos;
    }

    /**
     * Runs {@code code} as sketch code of the generation tagged {@code tag}, loaded by {@code loader}; with
     * {@code limitMillis} above 0, a call that runs longer is stopped by the watchdog.
     */
    void run(GenerationTag tag, ClassLoader loader, long limitMillis, Runnable code) {
        Thread self = Thread.currentThread();
        GenerationTag previousTag = GenerationTag.current();
        ClassLoader previousLoader = self.getContextClassLoader();
        GenerationTag.set(tag);
        self.setContextClassLoader(loader);
        limitNanos = limitMillis * 1_000_000L;
        busySince = System.nanoTime();
        try {
            code.run();
        } finally {
            busySince = 0;
            self.setContextClassLoader(previousLoader);
            if (previousTag == null) {
                GenerationTag.clear();
            } else {
                GenerationTag.set(previousTag);
            }
            StopRequests.release(self);
            if (Thread.interrupted()) {
                // The interrupt was aimed at the sketch call that just ended; the runtime thread goes on.
                busySince = 0;
            }
        }
    }
}
