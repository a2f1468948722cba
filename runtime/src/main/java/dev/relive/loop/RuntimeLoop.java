package dev.relive.loop;

import dev.relive.event.NoticeLevel;
import dev.relive.event.EngineEvent;
import dev.relive.event.EventJson;
import dev.relive.event.RunStatus;
import dev.relive.stop.StopRequests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The runtime thread: the only thread that runs sketch steps and swaps. Work from other threads arrives as
 * tasks and runs between two steps; steps are paced at the set rate (0 means as fast as possible).
 *
 * <p>Started with {@link #start()}, it owns one named daemon thread. Not started, the caller is the runtime
 * thread and drives it with {@link #runSteps(int)}, which is how tests step deterministically.
 *
 * <p>The run status has one writer, the runtime thread: {@link #pause()}, {@link #resume()}, {@link #stop()} and
 * {@link #restart()} may be called from any thread and submit the change as a task, so a decision that depends
 * on the status (resume restarts after a stop) is made by the thread that owns it.
 */
public final class RuntimeLoop implements AutoCloseable {

    private final LiveSession session;
    private final Consumer<EngineEvent> events;
    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private volatile double rate;
    private volatile RunStatus status = RunStatus.RUNNING; // written on the runtime thread only
    private volatile boolean closed;
    private volatile long steps;
    private Thread thread;
    private Watchdog watchdog;
    private MemoryGuard memory;
    private volatile boolean pausedForMemory;

    /** A loop stepping {@code session} at {@code rate} Hz. */
    public RuntimeLoop(LiveSession session, Consumer<EngineEvent> events, double rate) {
        this.session = session;
        this.events = events;
        session.onPause(reason -> changeStatus(RunStatus.PAUSED, reason));
        setRate(rate);
    }

    /** Starts the runtime thread. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("Runtime loop already started");
        }
        thread = new Thread(this::run, "relive-runtime");
        thread.setDaemon(true);
        watchdog = new Watchdog(session.calls());
        memory = new MemoryGuard(LOW_MEMORY_FRACTION, this::memoryLow);
        thread.start();
    }

    /** Whether the loop runs on its own thread. */
    public boolean threaded() {
        return thread != null;
    }

    /** Runs {@code task} on the runtime thread between two steps; the future completes when it has run. */
    public CompletableFuture<Void> submit(Runnable task) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        tasks.add(() -> {
            try {
                task.run();
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
                throw e;
            }
        });
        preempt();
        return done;
    }

    /** Sets the step rate in Hz; 0 steps as fast as possible. */
    public void setRate(double hz) {
        if (hz < 0 || Double.isNaN(hz) || Double.isInfinite(hz)) {
            throw new IllegalArgumentException("Rate must be 0 or more steps per second, not " + hz);
        }
        rate = hz;
    }

    /** The step rate in Hz. */
    public double rate() {
        return rate;
    }

    /** Steps run so far. */
    public long steps() {
        return steps;
    }

    /** The run status, as the runtime thread last set it. */
    public RunStatus status() {
        return status;
    }

    /** Stops stepping, keeping the state; a sketch call that hangs is stopped. */
    public CompletableFuture<Void> pause() {
        return submit(() -> changeStatus(RunStatus.PAUSED, ""));
    }

    /** Continues stepping; after a stop, starts the live generation afresh first. */
    public CompletableFuture<Void> resume() {
        return submit(() -> {
            if (status == RunStatus.STOPPED) {
                session.restart();
            }
            changeStatus(RunStatus.RUNNING, "");
        });
    }

    /** A fresh instance of the live generation, with setup run again, and stepping. */
    public CompletableFuture<Void> restart() {
        return submit(() -> {
            session.restart();
            changeStatus(RunStatus.RUNNING, "");
        });
    }

    /** No more steps; the script's main and the sketch's threads are stopped. */
    public CompletableFuture<Void> stop() {
        return submit(() -> {
            changeStatus(RunStatus.STOPPED, "");
            session.stop();
        });
    }

    /**
     * While paused, runs exactly one step (and one frame of a visual sketch) after pending tasks; otherwise does
     * nothing and says why. The future tells whether a step ran.
     */
    public CompletableFuture<Boolean> stepOne() {
        CompletableFuture<Boolean> stepped = new CompletableFuture<>();
        submit(() -> {
            try {
                stepPaused(stepped);
            } finally {
                stepped.complete(false); // no-op once answered; an engine fault still answers the caller
            }
        });
        return stepped;
    }

    private void stepPaused(CompletableFuture<Boolean> stepped) {
        if (status != RunStatus.PAUSED) {
            events.accept(new EngineEvent.Notice(NoticeLevel.WARNING, "step runs one frame while paused; the sketch is " + EventJson.wireName(status)));
        } else if (!session.canStep()) {
            events.accept(new EngineEvent.Notice(NoticeLevel.WARNING, "there is no loop-mode sketch to step"));
        } else {
            session.step();
            steps++;
            stepped.complete(true);
        }
    }

    /** Changes the status and announces it; runtime thread only. {@code reason} may be empty. */
    private void changeStatus(RunStatus next, String reason) {
        if (status != next) {
            status = next;
            events.accept(new EngineEvent.State(next, reason));
        }
        MemoryGuard guard = memory;
        if (next == RunStatus.RUNNING && guard != null && (pausedForMemory || guard.low())) {
            // Resumed after memory ran low: the guard may not fire again by itself, so release checkpoints now.
            boolean afterMemoryPause = pausedForMemory;
            pausedForMemory = false;
            submit(() -> relieveMemory(afterMemoryPause));
        }
    }

    /** How full the heap may stay after a collection before sketch code is stopped and the loop paused. */
    static final double LOW_MEMORY_FRACTION = 0.85;

    /**
     * The heap stays nearly full: stop the sketch code that is running, then, on the runtime thread, release
     * checkpoints and, if that is not enough, stop the generation's threads and pause ({@link MemoryRelief}), while
     * there is still room for the engine and the window to work.
     */
    void memoryLow() {
        session.calls().stopCurrent();
        submit(this::checkMemory);
    }

    /**
     * Relieves memory if a collection since the last check left the heap above the threshold: asked before every
     * step and when the JVM's notification arrives, whichever comes first; runtime thread only.
     */
    private void checkMemory() {
        MemoryGuard guard = memory;
        if (guard != null && guard.collectedAboveSinceAsked()) {
            relieveMemory(false);
        }
    }

    private void relieveMemory(boolean releaseAll) {
        String pause = new MemoryRelief(session, memory, events).relieve(releaseAll);
        if (pause != null) {
            session.stop();
            pausedForMemory = true;
            changeStatus(RunStatus.PAUSED, pause);
        }
    }

    /** Work is waiting: a sketch call that hangs past the watchdog's grace period is stopped. */
    private void preempt() {
        Watchdog w = watchdog;
        if (w != null) {
            w.preempt();
        }
    }

    /** Manual mode: runs pending tasks, then up to {@code n} steps, each preceded by pending tasks. */
    public void runSteps(int n) {
        if (threaded()) {
            throw new IllegalStateException("runSteps is for a loop without its own thread");
        }
        drain();
        for (int i = 0; i < n; i++) {
            stepOnce();
            drain();
        }
    }

    /** Manual mode: runs pending tasks only. */
    public void runTasks() {
        runSteps(0);
    }

    private void run() {
        long next = System.nanoTime();
        while (!closed) {
            try {
                drain();
                long period = rate == 0 ? 0 : (long) (1e9 / rate);
                long now = System.nanoTime();
                if (status == RunStatus.RUNNING && session.canStep() && now >= next) {
                    checkMemory();
                    stepOnce();
                    next = Math.max(next + period, System.nanoTime() - period);
                }
                long wait = status == RunStatus.RUNNING && session.canStep() ? next - System.nanoTime() : 50_000_000L;
                if (wait > 0) {
                    Runnable task = tasks.poll(wait, TimeUnit.NANOSECONDS);
                    if (task != null) {
                        runTask(task);
                    }
                }
            } catch (InterruptedException e) {
                if (closed) {
                    Thread.currentThread().interrupt();
                    return;
                }
                // A sketch or a stop interrupted the runtime thread itself: clear it and keep going.
            }
        }
    }

    private void stepOnce() {
        if (status != RunStatus.RUNNING) {
            return;
        }
        session.step();
        session.deliverOutput();
        steps++;
        if (Thread.interrupted() && closed) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain() {
        List<Runnable> batch = new ArrayList<>();
        tasks.drainTo(batch);
        batch.forEach(this::runTask);
    }

    private void runTask(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            // An engine fault in one task must not kill the runtime thread; say so and keep serving.
            events.accept(new EngineEvent.Notice(NoticeLevel.ERROR, "engine fault on the runtime thread: " + e));
        }
        session.deliverOutput();
    }

    @Override
    public void close() {
        closed = true;
        if (watchdog != null) {
            watchdog.close();
        }
        if (memory != null) {
            memory.close();
        }
        Thread t = thread;
        if (t != null) {
            StopRequests.stop(t); // out of any sketch call that hangs, then out of the loop
            t.interrupt();
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
