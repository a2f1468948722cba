package dev.relive.loop;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Notices when replaced generations' class loaders have been collected, so the runtime thread can sweep the
 * thread-local values they left behind right after (see {@link ThreadLocalSweeper}). Polled between steps;
 * it starts no thread.
 */
final class UnloadedLoaders {

    private final ReferenceQueue<ClassLoader> queue = new ReferenceQueue<>();
    private final Set<WeakReference<ClassLoader>> watched = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Starts watching a replaced generation's loader. */
    void watch(ClassLoader loader) {
        watched.add(new WeakReference<>(loader, queue));
    }

    /** Whether any watched loader was collected since the last call. */
    boolean anyCollected() {
        boolean any = false;
        for (var ref = queue.poll(); ref != null; ref = queue.poll()) {
            watched.remove(ref);
            any = true;
        }
        return any;
    }
}
