package dev.relive.loop;

/**
 * The probation of newly live code (runtime/README.md, Probation): for a while after a swap, a fault reverts to the
 * generation that was live before; a generation restored that way that faults too pauses instead, so reverts
 * never cascade. Immutable; the session replaces it at every commit.
 *
 * @param until     the clock time (ns) until which the live generation is on probation
 * @param fallback  the generation to go back to on a fault, or 0 for none
 * @param restored  whether the live generation was itself restored by a probation revert
 */
record Probation(long until, int fallback, boolean restored) {

    /** No probation: faults are reported and nothing else happens. */
    static final Probation NONE = new Probation(Long.MIN_VALUE, 0, false);

    /** What a fault during probation leads to. */
    enum Verdict { REPORT_ONLY, REVERT, PAUSE }

    /** The probation that starts when a generation goes live through {@code transition}, replacing {@code previous}. */
    static Probation after(Transition transition, int previous, long now, long lengthNanos) {
        return switch (transition) {
            case SAVE, USER_REVERT -> previous == 0 ? NONE : new Probation(now + lengthNanos, previous, false);
            case FAULT_REVERT -> new Probation(now + lengthNanos, 0, true);
            case RESTART -> NONE;
        };
    }

    /** Whether the live generation is on probation at clock time {@code now}. */
    boolean active(long now) {
        return now <= until;
    }

    /** What a fault of code that was on probation leads to. */
    Verdict verdict() {
        if (restored) {
            return Verdict.PAUSE;
        }
        return fallback == 0 ? Verdict.REPORT_ONLY : Verdict.REVERT;
    }
}
