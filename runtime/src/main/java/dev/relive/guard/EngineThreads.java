package dev.relive.guard;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The engine's record of its own threads that run sketch code on its behalf (the runtime loop, a caller that steps
 * the sketch itself). While such a thread runs a sketch call its context class loader is the generation's, so that
 * loader alone cannot tell it from a thread the sketch started; this record can. Each thread adds only itself, when
 * it first lends itself to sketch code, and entries go with their threads.
 */
public final class EngineThreads {

    private static final Set<Thread> ENGINE = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private EngineThreads() {
    }

    /** Records the current thread as the engine's: sketch code may never interrupt, stop or change it from elsewhere. */
    public static void claimCurrent() {
        ENGINE.add(Thread.currentThread());
    }

    /** Whether {@code thread} is one of the engine's own threads that run sketch code. */
    public static boolean isEngine(Thread thread) {
        return ENGINE.contains(thread);
    }
}
