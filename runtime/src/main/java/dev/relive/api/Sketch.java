package dev.relive.api;

/**
 * A sketch in loop mode: {@link #setup()} runs once, then {@link #step()} runs repeatedly on the
 * runtime thread. On every reload the old instance gets {@link #beforeReload()}, its state is migrated
 * into the new instance, and the new instance gets {@link #afterReload()}.
 */
public interface Sketch {

    /** Runs once, when the sketch first starts or is restarted. */
    default void setup() {
    }

    /** Runs repeatedly, at the engine's step rate. */
    void step();

    /** Runs on the old instance just before its state is migrated to new code (doitlive's pre_refresh). */
    default void beforeReload() {
    }

    /** Runs on the new instance once migration is done (doitlive's post_refresh). Restart background work here. */
    default void afterReload() {
    }
}
