package dev.relive.capture;

import dev.relive.output.OutputSink;
import dev.relive.output.Stream;

import java.util.Objects;

/**
 * Which generation, of which engine, the current thread is running sketch code for. Inherited by threads the
 * sketch starts, so their output and ownership follow the generation that started them.
 *
 * @param generation the generation number
 * @param sink       where that engine wants sketch output
 * @param faults     where that engine wants exceptions that end a thread the sketch started
 */
public record GenerationTag(int generation, OutputSink sink, FaultSink faults) {

    /** Receives an exception that ended a thread started by sketch code. */
    @FunctionalInterface
    public interface FaultSink {
        /** Thread {@code thread} of generation {@code generation} died of {@code failure}. */
        void fault(int generation, Thread thread, Throwable failure);
    }

    private static final InheritableThreadLocal<GenerationTag> CURRENT = new InheritableThreadLocal<>();

    public GenerationTag {
        Objects.requireNonNull(sink, "Sink must not be null");
        Objects.requireNonNull(faults, "Fault sink must not be null");
    }

    /** The tag of the current thread, or null when it is not running sketch code. */
    public static GenerationTag current() {
        return CURRENT.get();
    }

    /** Tags the current thread until {@link #clear()}. */
    public static void set(GenerationTag tag) {
        CURRENT.set(tag);
    }

    /** Removes the current thread's tag. */
    public static void clear() {
        CURRENT.remove();
    }
}
