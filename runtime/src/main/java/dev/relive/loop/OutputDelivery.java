package dev.relive.loop;

import dev.relive.event.EngineEvent;
import dev.relive.output.OutputSink;
import dev.relive.output.Stream;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Delivers sketch output as events without holding {@code System.out}'s lock: the capture stream calls
 * {@link #line} inside that lock, and it only queues the line. Lines are delivered in order, one delivery at a
 * time, by whichever comes first: the runtime thread, which drains after every step and task and before each of
 * its own events (so a step's output comes before the error it then threw), or this class's own named daemon
 * thread, woken for every line, which delivers the output of sketch threads (a script's {@code main}, threads a
 * sketch started) while the runtime thread waits. Owned by the session that created it.
 */
final class OutputDelivery implements OutputSink, AutoCloseable {

    private record Line(int generation, Stream stream, String text) {
    }

    private final Queue<Line> lines = new ConcurrentLinkedQueue<>();
    private final ReentrantLock delivering = new ReentrantLock();
    private final Consumer<EngineEvent> events;
    private final Thread thread;
    private volatile boolean closed;

    /** Delivers lines to {@code events}; starts the delivery thread. */
    OutputDelivery(Consumer<EngineEvent> events) {
        this.events = events;
        this.thread = new Thread(this::run, "relive-output");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues one line; called by the capture stream under {@code System.out}'s lock, so it never blocks. */
    @Override
    public void line(int generation, Stream stream, String text) {
        lines.add(new Line(generation, stream, text));
        LockSupport.unpark(thread);
    }

    /** Delivers every queued line, in order; returns once lines another thread was delivering are out too. */
    void drain() {
        delivering.lock();
        try {
            for (Line line = lines.poll(); line != null; line = lines.poll()) {
                events.accept(new EngineEvent.Output(line.generation(), line.stream(), line.text()));
            }
        } finally {
            delivering.unlock();
        }
    }

    private void run() {
        while (!closed) {
            LockSupport.park(this);
            drain();
        }
    }

    /** Delivers what is queued and stops the delivery thread. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
    }
}
