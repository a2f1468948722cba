package dev.relive.loop;

import dev.relive.stop.StopRequests;

import java.util.concurrent.TimeUnit;

/**
 * Gets the runtime thread out of sketch code that does not return: when work is waiting (Pause, Stop, a new
 * version) and the current sketch call has run longer than the grace period, or when a call runs past its own
 * limit (swap phases, and steps of new code on probation), it asks the guard to stop the call at its next check
 * and interrupts the thread. Owns one named daemon thread.
 */
final class Watchdog implements AutoCloseable {

    /** How long a sketch call may run on after work arrives before it is stopped. */
    static final long GRACE_MILLIS = 150;

    private final Thread target;
    private final SketchCalls calls;
    private final Thread thread;
    private final Object lock = new Object();
    private volatile long requestedAt;
    private volatile boolean closed;

    /** Watches the sketch calls {@code target} makes through {@code calls}. */
    Watchdog(Thread target, SketchCalls calls) {
        this.target = target;
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
                long since = calls.busySince();
                if (since != 0) {
                    long elapsed = System.nanoTime() - since;
                    long limit = calls.limitNanos();
                    boolean wanted = requestedAt >= since && elapsed >= grace;
                    boolean tooLong = limit > 0 && elapsed >= limit;
                    if ((wanted || tooLong) && calls.busySince() == since) {
                        StopRequests.stop(target);
                        target.interrupt();
                        while (!closed && calls.busySince() == since) {
                            TimeUnit.MILLISECONDS.sleep(1);
                        }
                        continue;
                    }
                }
                synchronized (lock) {
                    lock.wait(since == 0 ? 50 : 5);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
