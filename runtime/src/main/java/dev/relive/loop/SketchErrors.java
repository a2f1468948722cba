package dev.relive.loop;

import dev.relive.failure.Phase;
import dev.relive.api.Guard;
import dev.relive.event.EngineEvent;
import dev.relive.event.SketchError;
import dev.relive.history.Generation;
import dev.relive.history.History;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Error mapping: turns what sketch code throws into {@link SketchError}s that point at sketch files and lines,
 * and reports the ones that happen outside a step. Sketch threads call it (a script's {@code main}, threads a
 * sketch started) as well as the runtime thread, so it keeps no mutable state of its own: generations come
 * from the caller or from the history, which is thread-safe.
 */
final class SketchErrors {

    private final Consumer<EngineEvent> events;
    private final History history;

    /** Reports to {@code events}; finds generations by number in {@code history}. */
    SketchErrors(Consumer<EngineEvent> events, History history) {
        this.events = events;
        this.history = history;
    }

    /** {@code t}, thrown in {@code phase} by code of {@code generation}, as a value pointing into its files. */
    SketchError of(Phase phase, Throwable t, Generation generation) {
        return SketchError.of(phase, t, files(generation));
    }

    /** Reports {@code t}, thrown in {@code phase} by code of {@code generation} outside a step. */
    void report(Generation generation, Phase phase, Throwable t) {
        events.accept(new EngineEvent.Error(generation.number(), of(phase, t, generation), 0));
    }

    /** A thread started by code of generation {@code number} ended with {@code failure}: report it by name. */
    void threadFailed(int number, Thread thread, Throwable failure) {
        if (failure instanceof Guard.Stopped) {
            return; // the engine stopped it on purpose and has said so
        }
        SketchError error = history.get(number).map(g -> of(Phase.THREAD, failure, g))
                .orElseGet(() -> SketchError.of(Phase.THREAD, failure, c -> Optional.empty()));
        events.accept(new EngineEvent.Error(number, new SketchError(Phase.THREAD, error.exception(),
                "in thread \"" + thread.getName() + "\": " + error.message(), error.trace()), 0));
    }

    /** Class name to the sketch file that declares it, for pointing errors at lines. */
    static Function<String, Optional<String>> files(Generation generation) {
        return className -> {
            String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
            String file = generation.compile().classFiles().get(className);
            return Optional.ofNullable(file != null ? file : generation.compile().classFiles().get(outer));
        };
    }
}
