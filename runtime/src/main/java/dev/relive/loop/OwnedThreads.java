package dev.relive.loop;

import dev.relive.guard.EngineThreads;
import dev.relive.stop.StopRequests;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds and stops the threads a generation started. A thread started by sketch code inherits the context class
 * loader of the thread that created it, and sketch code always runs with its generation's loader as context
 * loader, so that loader marks every thread, timer and executor worker of the generation (as Erlang's purge
 * finds a module's processes). The engine's own threads that lend themselves to sketch code carry that loader
 * only while they do and are never the generation's ({@link EngineThreads}).
 */
final class OwnedThreads {

    private OwnedThreads() {
    }

    /** Asks every live thread owned by {@code loader} to stop (guard, then interrupt) and returns them. */
    static List<Thread> stop(ClassLoader loader) {
        StopRequests.forgetEnded();
        List<Thread> owned = of(loader);
        for (Thread t : owned) {
            StopRequests.stop(t);
            t.interrupt();
        }
        return owned;
    }

    /** The live threads whose context class loader is {@code loader}, except the current one. */
    static List<Thread> of(ClassLoader loader) {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] all = new Thread[root.activeCount() + 16];
        int n = root.enumerate(all, true);
        List<Thread> owned = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = all[i];
            if (t != Thread.currentThread() && t.isAlive() && t.getContextClassLoader() == loader
                    && !EngineThreads.isEngine(t)) {
                owned.add(t);
            }
        }
        return owned;
    }
}
