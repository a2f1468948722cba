package dev.relive.loop;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Warns before sketch code takes the whole heap. A sketch that fills memory step by step would otherwise end in an
 * {@code OutOfMemoryError} that can strike any thread (the window's, the engine's); this asks the JVM to report
 * when the heap is still {@code fraction} full right after a collection, so the engine can stop sketch code and
 * pause while there is room left.
 */
final class MemoryGuard implements AutoCloseable {

    private final NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
    private final NotificationListener listener;

    /** Calls {@code onLow} (on a JMX thread) whenever a heap pool is above {@code fraction} after a collection. */
    MemoryGuard(double fraction, Runnable onLow) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
                pool.setCollectionUsageThreshold((long) (max * fraction));
            }
        }
        listener = (Notification n, Object handback) -> {
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType())) {
                onLow.run();
            }
        };
        emitter.addNotificationListener(listener, null, null);
    }

    @Override
    public void close() {
        try {
            emitter.removeNotificationListener(listener);
        } catch (ListenerNotFoundException e) {
            // Already gone: nothing left to undo.
        }
    }
}
