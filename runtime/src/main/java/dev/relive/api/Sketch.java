package dev.relive.api;

/**
 * A sketch in loop mode: {@link #setup()} runs once, then {@link #step()} runs repeatedly on the
 * runtime thread. On every reload the state of the old instance is migrated into a new instance; once
 * nothing can reject the new code any more, the old instance gets {@link #beforeReload()} and then the new
 * instance gets {@link #afterReload()}.
 */
public interface Sketch {

    /** Runs once, when the sketch first starts or is restarted. */
    default void setup() {
    }

    /** Runs repeatedly, at the engine's step rate. */
    void step();

    /**
     * Runs on the old instance once its replacement is certain to go live, after its state was copied: release
     * what it holds (files, sockets) here. A throw is reported and the swap goes on (doitlive's pre_refresh).
     */
    default void beforeReload() {
    }

    /**
     * Runs on the new instance after the old one's {@link #beforeReload()} (doitlive's post_refresh). Restart
     * background work here. A throw is a fault of the new code, as in a step: on probation it reverts.
     */
    default void afterReload() {
    }
}
