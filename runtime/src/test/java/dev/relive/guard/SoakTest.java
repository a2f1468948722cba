package dev.relive.guard;

import dev.relive.testing.LiveSketch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After 1,000 reloads and a purge, no class loader of a purged generation is alive and memory is back within
 * 10% of the baseline. Each generation's sketch leaves a weak reference to its own loader, and a thread-local
 * and a thread of its own, the usual leak sources, in a JDK-owned list the test can read.
 */
class SoakTest {

    static final int RELOADS = 1000;

    @TempDir
    Path dir;

    private static String version(int i) {
        return sketch("static final ThreadLocal<int[]> LOCAL = ThreadLocal.withInitial(() -> new int[1024]);\n"
                + "List<double[]> junk = new ArrayList<>(List.of(new double[" + (1000 + i % 7) + "]));\n"
                + "int n; int v = " + i + ";\n"
                + "public void afterReload() { ((List<Object>) System.getProperties().get(\"relive.soak\")).add(new java.lang.ref.WeakReference<>(getClass().getClassLoader())); }\n"
                + "public void step() { n++; LOCAL.get()[0]++; }");
    }

    @Test
    void thousandReloadsAndAPurgeLeaveNoPurgedLoaderAliveAndMemoryNearBaseline() throws Exception {
        List<Object> loaders = new CopyOnWriteArrayList<>();
        System.getProperties().put("relive.soak", loaders);
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", version(0)).start()) {
            for (int i = 1; i <= 20; i++) {
                live.save("Main.java", version(i));
                live.step(2);
            }
            live.clearEvents();
            live.engine().purge().join();
            live.step(1);
            usedHeapAfterGc();
            live.step(1);
            long baseline = usedHeapAfterGc();
            for (int i = 21; i <= RELOADS; i++) {
                live.save("Main.java", version(i));
                live.step(2);
                live.clearEvents(); // the test's own event log is not the engine's memory
            }
            live.engine().purge().join();
            live.step(1);
            usedHeapAfterGc();
            live.step(1); // the session runs on: the runtime thread sweeps what the collected generations left
            long after = usedHeapAfterGc();
            long alive = loaders.stream().filter(r -> ((WeakReference<?>) r).get() != null).count();
            System.out.printf("BENCH soak: %d reloads, baseline %.1f MB, after purge %.1f MB (%+.1f%%), loaders alive %d (the live one)%n",
                    RELOADS, baseline / 1e6, after / 1e6, (after - (double) baseline) / baseline * 100, alive);
            assertEquals(RELOADS + 1, live.engine().liveNumber());
            assertEquals(1, alive, "only the live generation's class loader is alive");
            assertTrue(after <= baseline * 1.10, "memory back within 10% of baseline: " + baseline + " -> " + after);
        } finally {
            System.getProperties().remove("relive.soak");
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50); // let reference processing finish between collections
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
