package dev.relive.loop;

import dev.relive.event.EngineEvent;
import dev.relive.event.NoticeLevel;

import java.util.function.Consumer;

/**
 * What the engine does, on the runtime thread, when the {@link MemoryGuard} reports a nearly full heap. First it
 * releases the checkpoints kept for {@code revert N state}, oldest first, while memory stays low (and all of them
 * when the user resumes after such a pause), and says what each one held; a sketch whose new version no longer holds
 * the memory then keeps running. Only if memory is
 * still low after that is sketch code stopped and the loop paused, with a message saying what holds the rest.
 */
final class MemoryRelief {

    private final LiveSession session;
    private final MemoryGuard memory;
    private final Consumer<EngineEvent> events;

    MemoryRelief(LiveSession session, MemoryGuard memory, Consumer<EngineEvent> events) {
        this.session = session;
        this.memory = memory;
        this.events = events;
    }

    /**
     * Whether {@code used} bytes, measured after a full collection, leave the heap nearly full. The pools'
     * "above the threshold after a collection" flags are not asked here: they describe each pool's last collection,
     * which may be older than a checkpoint just released.
     */
    private static boolean nearlyFull(long used) {
        return used > RuntimeLoop.LOW_MEMORY_FRACTION * MemoryGuard.maxHeap();
    }

    /**
     * Releases checkpoints while memory is low (every one with {@code releaseAll}, as when resuming after a pause for
     * memory); returns why the loop must pause, or null when it need not.
     */
    String relieve(boolean releaseAll) {
        Checkpoints checkpoints = session.checkpoints();
        boolean released = false;
        // One full collection per measurement: what one release leaves is what the next one starts from.
        long used = MemoryGuard.usedAfterCollection();
        while (!checkpoints.isEmpty() && (releaseAll || (memory.low() && nearlyFull(used)))) {
            int number = checkpoints.releaseOldest();
            long after = MemoryGuard.usedAfterCollection();
            released = true;
            events.accept(new EngineEvent.Notice(NoticeLevel.WARNING, "memory is nearly full: released generation " + number
                    + "'s checkpoint held " + MemoryGuard.size(used - after) + " (the state that 'revert " + number
                    + " state' would bring back)"));
            used = after;
        }
        if (!nearlyFull(used)) {
            return null;
        }
        return "memory is nearly full (over " + Math.round(RuntimeLoop.LOW_MEMORY_FRACTION * 100)
                + "% of the heap after a collection): " + MemoryGuard.size(used) + " of " + MemoryGuard.size(MemoryGuard.maxHeap())
                + " is held by generation " + session.liveNumber() + "'s state and threads"
                + (released ? ", with every checkpoint released" : "")
                + ": sketch code was stopped; save code that holds less (or restart, or purge), then resume";
    }
}
