package dev.relive.failure;

import java.util.Objects;

/**
 * Sketch code failed in a phase of a swap or a run. It is the user's mistake, carried as data: the phase
 * names where it happened, the cause is the sketch's own exception. Engine faults are never of this type.
 */
public final class SketchFailure extends Exception {

    private final Phase phase;

    /** A failure in {@code phase} caused by {@code cause}. */
    public SketchFailure(Phase phase, Throwable cause) {
        super(phase.name().toLowerCase(java.util.Locale.ROOT) + ": " + describe(cause), cause);
        this.phase = Objects.requireNonNull(phase, "Phase must not be null");
    }

    /** A failure in {@code phase} with only a message, such as two entry classes. */
    public SketchFailure(Phase phase, String message) {
        super(message);
        this.phase = Objects.requireNonNull(phase, "Phase must not be null");
    }

    /** Where it failed. */
    public Phase phase() {
        return phase;
    }

    /** The reason as a person reads it: the sketch's exception and message, or the message. */
    public String reason() {
        return getCause() == null ? getMessage() : describe(getCause());
    }

    private static String describe(Throwable t) {
        Throwable shown = t;
        while ((shown instanceof java.lang.reflect.InvocationTargetException || shown instanceof ExceptionInInitializerError)
                && shown.getCause() != null) {
            shown = shown.getCause();
        }
        return shown.getMessage() == null ? shown.getClass().getName() : shown.getClass().getName() + ": " + shown.getMessage();
    }
}
