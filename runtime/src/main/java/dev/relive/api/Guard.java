package dev.relive.api;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checks Relive weaves into sketch code; sketches never call this class themselves.
 *
 * <p>Every method entry and backward jump of sketch code calls {@link #check()}, which costs one volatile
 * read while nothing is to be stopped (JShell's {@code stop()} works the same way). When the engine wants a
 * thread out of sketch code (Pause, Stop, a new version, a replaced generation's thread), it marks the thread
 * and the next check throws {@link Stopped}. Calls to {@code System.exit}, {@code Runtime.exit} and
 * {@code Runtime.halt} in sketch code are redirected to {@link #exit(int)}, which throws instead of ending the
 * process.
 */
public final class Guard {

    private static final Set<Thread> TARGETS = ConcurrentHashMap.newKeySet();
    private static volatile boolean armed;

    private Guard() {
    }

    /** Throws {@link Stopped} if the current thread has been asked to leave sketch code. */
    public static void check() {
        if (armed && TARGETS.contains(Thread.currentThread())) {
            throw new Stopped();
        }
    }

    /** Stands in for {@code System.exit(status)}: sketch code may not end the process. */
    public static void exit(int status) {
        throw new ExitAttempt("System.exit(" + status + ") called from sketch code; Relive keeps running");
    }

    /** Stands in for {@code Runtime.getRuntime().exit(status)}. */
    public static void exit(Runtime runtime, int status) {
        throw new ExitAttempt("Runtime.exit(" + status + ") called from sketch code; Relive keeps running");
    }

    /** Stands in for {@code Runtime.getRuntime().halt(status)}. */
    public static void halt(Runtime runtime, int status) {
        throw new ExitAttempt("Runtime.halt(" + status + ") called from sketch code; Relive keeps running");
    }

    /** Engine side: asks {@code thread} to leave sketch code at its next check. */
    public static void stop(Thread thread) {
        TARGETS.add(thread);
        armed = true;
    }

    /** Engine side: {@code thread} may run sketch code again. */
    public static void release(Thread thread) {
        TARGETS.remove(thread);
        armed = !TARGETS.isEmpty();
    }

    /** Engine side: forgets threads that have ended. */
    public static void forgetEnded() {
        TARGETS.removeIf(t -> !t.isAlive());
        armed = !TARGETS.isEmpty();
    }

    /** Thrown at a check in a thread that was asked to stop. Like {@code ThreadDeath}, it is not meant to be caught. */
    public static final class Stopped extends Error {
        Stopped() {
            super("stopped by Relive: it ran too long without returning (an endless loop?)");
        }
    }

    /** Thrown where sketch code tried to end the process. */
    public static final class ExitAttempt extends SecurityException {
        ExitAttempt(String message) {
            super(message);
        }
    }
}
