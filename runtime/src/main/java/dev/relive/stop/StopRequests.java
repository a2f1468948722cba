package dev.relive.stop;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's side of the stop check woven into sketch code: which threads have been asked to leave sketch
 * code. Only the engine may ask or release, so this lives in a package the runtime module neither exports nor
 * opens; sketch bytecode only reads it, through {@link dev.relive.api.Guard#check()}.
 */
public final class StopRequests {

    private static final Set<Thread> TARGETS = ConcurrentHashMap.newKeySet();
    private static volatile boolean armed;

    private StopRequests() {
    }

    /** Whether {@code thread} has been asked to leave sketch code; one volatile read while nothing is asked. */
    public static boolean pending(Thread thread) {
        return armed && TARGETS.contains(thread);
    }

    /** Asks {@code thread} to leave sketch code at its next check. */
    public static void stop(Thread thread) {
        TARGETS.add(thread);
        armed = true;
    }

    /** Lets {@code thread} run sketch code again. */
    public static void release(Thread thread) {
        TARGETS.remove(thread);
        armed = !TARGETS.isEmpty();
    }

    /** Forgets threads that have ended. */
    public static void forgetEnded() {
        TARGETS.removeIf(t -> !t.isAlive());
        armed = !TARGETS.isEmpty();
    }
}
