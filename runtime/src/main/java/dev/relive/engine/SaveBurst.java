package dev.relive.engine;

import java.util.function.BooleanSupplier;

/**
 * The rule that keeps a save of several files from going live half-applied when only the file watcher sees it
 * (the runner, or any editor but Relive's own). An editor's "save all" writes one file after another; on a busy
 * machine the gaps between them can outlast the watcher's quiet period, so the watcher reports the first files
 * alone. A state the watcher reported is therefore held back, not made a generation, when
 * <ul>
 *   <li>more writes arrived while it compiled (the next change compiles the newer state), or</li>
 *   <li>it does not compile and has not yet stood unchanged for {@link #SETTLE_MILLIS}: a save half done usually
 *       does not compile (file 1 renamed a method that files 2 to 5 call), and the rest of it is on its way.</li>
 * </ul>
 * A held state that stands still for {@link #SETTLE_MILLIS} is compiled again and becomes a generation either
 * way, so a real mistake is reported that much later, never lost.
 *
 * <p>A state that compiled is also read from disk again before it becomes a generation, and held when the folder no
 * longer holds exactly what was compiled ({@link #requiresStableSources()}): so a generation is only made from
 * sources that stood unchanged through their whole compile, even when the watcher has not yet heard of the write
 * that changed them (on a loaded machine its events arrive late). What remains: a half-written state that compiles
 * and whose compile ended before the next write began does become a generation, and the next write makes another
 * one; nothing short of waiting after every save could tell it from a finished one. Relive's editor avoids even that
 * by announcing its save ({@link Engine#saving()}) and handing over the written files at once. Explicit reloads are
 * never held: what they see is complete by definition.
 */
final class SaveBurst {

    /** How long a state that does not compile must stand still before it is reported. */
    static final long SETTLE_MILLIS = 300;

    /** The rule for explicit reloads: nothing is held. */
    static final SaveBurst NEVER_HOLD = new SaveBurst(() -> false, true, false);

    private final BooleanSupplier writesPending;
    private final boolean settled;
    private final boolean holdsAny;

    private SaveBurst(BooleanSupplier writesPending, boolean settled, boolean holdsAny) {
        this.writesPending = writesPending;
        this.settled = settled;
        this.holdsAny = holdsAny;
    }

    /** The rule for a change the watcher just reported; {@code writesPending} tells whether more writes arrived since. */
    static SaveBurst seen(BooleanSupplier writesPending) {
        return new SaveBurst(writesPending, false, true);
    }

    /** The rule for a held state that has stood still for the settle period. */
    static SaveBurst settled(BooleanSupplier writesPending) {
        return new SaveBurst(writesPending, true, true);
    }

    /**
     * Whether a compiled state must be read again and match what was compiled before it becomes a generation: for
     * what the watcher just saw; not for explicit reloads, nor for a held state that already stood still (so no
     * folder that reads differently each time can be held forever).
     */
    boolean requiresStableSources() {
        return holdsAny && !settled;
    }

    /** Whether a state that compiled ({@code compiled}) or not must be held back rather than made a generation. */
    boolean holds(boolean compiled) {
        return holdsAny && (writesPending.getAsBoolean() || !compiled && !settled);
    }
}
