package dev.relive.event;

/** Whether the live sketch is stepping. */
public enum RunStatus {
    /** Steps run at the set rate. */
    RUNNING,
    /** No steps run; the live state is kept and resume continues. */
    PAUSED,
    /** Sketch code is stopped; resume starts it afresh. */
    STOPPED;

    /** The lower-case word used in events. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
