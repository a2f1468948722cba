package dev.relive.loop;

import dev.relive.api.Guard;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Gets the runtime thread out of sketch code that does not return: when work is waiting (Pause, Stop, a new
 * version) and the current sketch call has run longer than the grace period, it asks the guard to stop the
 * call at its next check and interrupts the thread. Owns one named daemon thread.
 */
final class Watchdog implements AutoCloseable {

    /** How long a sketch call may run on after work arrives before it is stopped. */
    static final long GRACE_MILLIS = 150;

    private final Thread target;
    private final LongSupplier busySince;
    private final Thread thread;
    private final Object lock = new Object();
    private boolean requested;
    private volatile boolean closed;

    /** Watches {@code target}, which is in sketch code since {@code busySince} (0 when it is not). */
    Watchdog(Thread target, LongSupplier busySince) {
        this.target = target;
        this.busySince = busySince;
        this.thread = new Thread(this::run, "relive-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    /** Work is waiting for the runtime thread: stop the current sketch call if it runs past the grace period. */
    void preempt() {
        synchronized (lock) {
            requested = true;
            lock.notifyAll();
        }
    }

    private void run() {
        long grace = TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        try {
            while (!closed) {
                synchronized (lock) {
                    while (!requested && !closed) {
                        lock.wait();
                    }
                    requested = false;
                }
                while (!closed) {
                    long since = busySince.getAsLong();
                    if (since == 0) {
                        break;
                    }
                    if (System.nanoTime() - since >= grace && busySince.getAsLong() == since) {
                        Guard.stop(target);
                        target.interrupt();
                        break;
                    }
                    TimeUnit.MILLISECONDS.sleep(5);
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
