package dev.relive.event;

/** Whether the live sketch is stepping; its wire name in events is given by {@link EventJson}. */
public enum RunStatus {
    /** Steps run at the set rate. */
    RUNNING,
    /** No steps run; the live state is kept and resume continues. */
    PAUSED,
    /** Sketch code is stopped; resume starts it afresh. */
    STOPPED
}
