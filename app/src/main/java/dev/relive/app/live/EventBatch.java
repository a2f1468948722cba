package dev.relive.app.live;

import dev.relive.event.EngineEvent;

import java.util.List;

/**
 * Engine events delivered to the FX thread together, in the order the engine emitted them.
 *
 * @param events        the events
 * @param skippedOutput output lines dropped before these events because the sketch printed faster than the window
 *                      could show them; the console says so instead of falling behind
 */
public record EventBatch(List<EngineEvent> events, int skippedOutput) {

    public EventBatch {
        events = List.copyOf(events);
        if (skippedOutput < 0) {
            throw new IllegalArgumentException("Skipped output must not be negative, not " + skippedOutput);
        }
    }

    /** A batch of {@code events} with nothing skipped. */
    public static EventBatch of(EngineEvent... events) {
        return new EventBatch(List.of(events), 0);
    }
}
