package dev.relive.loop;

import java.util.concurrent.TimeUnit;

/**
 * Gets the runtime thread out of sketch code that does not return: when work is waiting (Pause, Stop, a new
 * version) and the current sketch call has run longer than the grace period, or when a call runs past its own
 * limit (swap phases, and steps of new code on probation), it stops that call by its token, so the stop never
 * lands on a later call. Owns one named daemon thread.
 */
final class Watchdog implements AutoCloseable {

    /** How long a sketch call may run on after work arrives before it is stopped. */
    static final long GRACE_MILLIS = 150;

    private final SketchCalls calls;
    private final Thread thread;
    private final Object lock = new Object();
    private volatile long requestedAt;
    private volatile boolean closed;

    /** Watches the sketch calls made through {@code calls}. */
    Watchdog(SketchCalls calls) {
        this.calls = calls;
        this.thread = new Thread(this::run, "relive-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    /** Work is waiting for the runtime thread: stop the current sketch call if it runs past the grace period. */
    void preempt() {
        requestedAt = System.nanoTime();
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    private void run() {
        long grace = TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        try {
            while (!closed) {
                SketchCalls.Call call = calls.current();
                if (call != null && due(call, grace) && calls.stop(call.token())) {
                    while (!closed && calls.current() == call) {
                        TimeUnit.MILLISECONDS.sleep(1); // the call leaves at its next guard check
                    }
                    continue;
                }
                synchronized (lock) {
                    lock.wait(call == null ? 50 : 5);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing
        }
    }

    /** Whether {@code call} should be stopped now: work waits past the grace period, or it ran past its limit. */
    private boolean due(SketchCalls.Call call, long grace) {
        long elapsed = System.nanoTime() - call.started();
        boolean wanted = requestedAt >= call.started() && elapsed >= grace;
        return wanted || (call.limit() > 0 && elapsed >= call.limit());
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
