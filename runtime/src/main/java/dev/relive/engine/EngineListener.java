package dev.relive.engine;

import dev.relive.event.EngineEvent;

/**
 * Receives engine events, on the engine thread that produced them (compiler, runtime or sketch thread).
 * A listener must return quickly; the IDE forwards each event to the FX thread with {@code Platform.runLater}.
 */
@FunctionalInterface
public interface EngineListener {

    /** One event. */
    void onEvent(EngineEvent event);
}
