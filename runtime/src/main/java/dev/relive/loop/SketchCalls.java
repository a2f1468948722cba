package dev.relive.loop;

import dev.relive.capture.GenerationTag;
import dev.relive.guard.EngineThreads;
import dev.relive.stop.StopRequests;

import java.util.function.Supplier;

/**
 * Runs sketch code on the runtime thread under its generation: the output tag and the context class loader
 * are set for the call (so threads the sketch starts are recognisably its own) and restored after it, and the
 * call is published with a token of its own so the {@link Watchdog} can stop exactly the call it timed.
 * Afterwards the thread is released from any stop request and its interrupt flag is cleared, so one stuck step
 * never leaks into the next.
 *
 * <p>The runtime thread writes the current call; other threads only read it and ask for a stop by token. Both
 * happen under one lock, so a stop asked for a call that has ended is dropped instead of landing on a later one.
 */
public final class SketchCalls {

    /**
     * One sketch call.
     *
     * @param token   names this call and no other
     * @param started when it began (System.nanoTime)
     * @param limit   how long it may run before the watchdog stops it (ns), or 0 for no limit
     */
    public record Call(long token, long started, long limit) {
    }

    private final Object lock = new Object();
    private volatile Call current;
    private Thread caller;
    private long tokens;

    /** The sketch call running now, or null when the runtime thread is not in sketch code. */
    public Call current() {
        return current;
    }

    /**
     * Asks the call named {@code token} to stop at its next guard check and interrupts it, if it is still the
     * running call; any thread. Returns whether it was.
     */
    public boolean stop(long token) {
        synchronized (lock) {
            Call call = current;
            if (call == null || call.token() != token) {
                return false;
            }
            StopRequests.stop(caller);
            caller.interrupt();
            return true;
        }
    }

    /** Stops whatever sketch call is running now, if any; any thread. Returns whether there was one. */
    public boolean stopCurrent() {
        Call call = current;
        return call != null && stop(call.token());
    }

    /**
     * Runs {@code code} as sketch code of the generation tagged {@code tag}, loaded by {@code loader}; with
     * {@code limitMillis} above 0, a call that runs longer is stopped by the watchdog.
     */
    public void run(GenerationTag tag, ClassLoader loader, long limitMillis, Runnable code) {
        get(tag, loader, limitMillis, () -> {
            code.run();
            return null;
        });
    }

    /** Like {@link #run}, for sketch code that makes a value, such as a constructor or a migration. */
    public <T> T get(GenerationTag tag, ClassLoader loader, long limitMillis, Supplier<T> code) {
        Thread self = Thread.currentThread();
        EngineThreads.claimCurrent(); // it carries the generation's loader below, yet stays the engine's
        GenerationTag previousTag = GenerationTag.current();
        ClassLoader previousLoader = self.getContextClassLoader();
        GenerationTag.set(tag);
        self.setContextClassLoader(loader);
        Call outer = current;
        synchronized (lock) {
            caller = self;
            current = new Call(++tokens, System.nanoTime(), limitMillis * 1_000_000L);
        }
        try {
            return code.get();
        } finally {
            synchronized (lock) {
                current = outer;
            }
            self.setContextClassLoader(previousLoader);
            if (previousTag == null) {
                GenerationTag.clear();
            } else {
                GenerationTag.set(previousTag);
            }
            if (outer == null) {
                StopRequests.release(self);
                Thread.interrupted(); // a stop's interrupt was aimed at the call that just ended; the thread goes on
            }
        }
    }
}
