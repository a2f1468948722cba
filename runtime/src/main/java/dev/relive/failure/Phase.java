package dev.relive.failure;

/**
 * Where sketch code failed: a phase of a swap (load to setup and the hooks) or of a run (step, draw, main, a
 * sketch's thread). Its wire name in events is given by {@code EventJson}.
 */
public enum Phase {
    /** Defining and linking the generation's classes. */
    LOAD,
    /** Static initializers. */
    STATIC_INIT,
    /** Finding the entry class: one {@code Sketch}, or one {@code main}. */
    ENTRY,
    /** The entry class's constructor and field initializers. */
    CONSTRUCT,
    /** A {@code @Check} method. */
    CHECK,
    /** Carrying state into the new classes. */
    MIGRATE,
    /** {@code setup()}. */
    SETUP,
    /** {@code beforeReload()} or {@code afterReload()}. */
    HOOK,
    /** {@code step()}. */
    STEP,
    /** {@code draw(Canvas)}. */
    DRAW,
    /** A script's {@code main}. */
    MAIN,
    /** A thread the sketch started. */
    THREAD
}
