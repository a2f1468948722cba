package dev.relive.loop;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns before sketch code takes the whole heap. A sketch that fills memory step by step would otherwise end in an
 * {@code OutOfMemoryError} that can strike any thread (the window's, the engine's); this asks the JVM to report
 * when the heap is still {@code fraction} full right after a collection, so the engine can stop sketch code and
 * pause while there is room left.
 */
final class MemoryGuard implements AutoCloseable {

    private final NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
    private final NotificationListener listener;
    private final List<MemoryPoolMXBean> watched = new ArrayList<>();
    private long collectionsAboveSeen; // runtime thread only

    /**
     * Calls {@code onLow} (on a JMX thread) whenever a heap pool is above {@code fraction} after a collection; the
     * owner also polls {@link #collectedAboveSinceAsked()}.
     */
    MemoryGuard(double fraction, Runnable onLow) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
                pool.setCollectionUsageThreshold((long) (max * fraction));
                watched.add(pool);
            }
        }
        collectionsAboveSeen = collectionsAbove(); // counts are the JVM's, since it started: only new ones matter
        listener = (Notification n, Object handback) -> {
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType())) {
                onLow.run();
            }
        };
        emitter.addNotificationListener(listener, null, null);
    }

    /** Whether a heap pool was still above the threshold after the most recent collection. */
    boolean low() {
        return watched.stream().anyMatch(MemoryPoolMXBean::isCollectionUsageThresholdExceeded);
    }

    /**
     * Whether a collection since the last call left a heap pool above the threshold. The runtime thread asks this
     * before every step, so the guard acts between two steps even when the JVM's notification comes late or not at
     * all (it is delivered on one JVM thread shared by every listener); runtime thread only.
     */
    boolean collectedAboveSinceAsked() {
        long count = collectionsAbove();
        boolean news = count > collectionsAboveSeen;
        collectionsAboveSeen = count;
        return news;
    }

    private long collectionsAbove() {
        long count = 0;
        for (MemoryPoolMXBean pool : watched) {
            count += pool.getCollectionUsageThresholdCount();
        }
        return count;
    }

    /** Collects garbage and returns the bytes of heap still in use. */
    static long usedAfterCollection() {
        System.gc(); // the figure must leave out garbage; this is rare (memory is nearly full) and off the UI thread
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The most heap the JVM will use, in bytes. */
    static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    /** Bytes as a short figure: "5.9 GB", "730 MB". */
    static String size(long bytes) {
        double gb = bytes / (1024.0 * 1024 * 1024);
        return gb >= 1 ? String.format(java.util.Locale.ROOT, "%.1f GB", gb)
                : String.format(java.util.Locale.ROOT, "%d MB", Math.max(0, bytes) / (1024 * 1024));
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
