package dev.relive.history;

/** How a generation ended up. Whether it is live is a property of the {@link History}, not of the generation. */
public enum GenerationStatus {
    /** Compiled, waiting for its turn at the step boundary. */
    PENDING,
    /** Compiled and went live at some point. */
    OK,
    /** Did not compile. */
    COMPILE_ERROR,
    /** Compiled but threw before commit; it never ran. */
    REJECTED,
    /** Went live, faulted during probation and was reverted automatically. */
    FAULTED;

    /** The lower-case word used in events and the UI. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
