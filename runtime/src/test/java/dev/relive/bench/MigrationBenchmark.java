package dev.relive.bench;

import dev.relive.engine.EngineOptions;
import dev.relive.event.EngineEvent;
import dev.relive.testing.LiveSketch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static dev.relive.testing.LiveSketch.sketch;

/**
 * The time to swap in new code while migrating large state, measured through the real engine swap (load, construct,
 * migrate, hooks) as the engine reports it in {@code swapMs}. Each save edits a class of the migrated objects, so
 * every object is rebuilt in the new classes; the first saves warm the JIT and are not counted.
 * Targets: a {@code Cell[300][300]} grid plus a 100,000-object list and map in one swap ≤ 60 ms (p50);
 * 1,000,000 objects ≤ 400 ms (p50), with no StackOverflowError. It also prints the swapping thread's CPU time,
 * which a loaded machine inflates far less than the wall-clock swap time, the same over every save counted from a
 * cold JVM, and the collectors' time during the swap
 * (every twin is a live object the young collection copies; the kept checkpoints grow the heap it scans).
 */
class MigrationBenchmark {

    @TempDir
    Path dir;

    @Test
    void gridListAndMapInOneSwap() {
        String state = "Cell[][] grid = new Cell[300][300]; List<Ball> balls = new ArrayList<>(); Map<Integer, Ball> byId = new HashMap<>();\n"
                + "public void setup() { for (Cell[] row : grid) for (int c = 0; c < row.length; c++) row[c] = new Cell();\n"
                + " for (int i = 0; i < 50_000; i++) { balls.add(new Ball(i, i)); byId.put(i, new Ball(i, -i)); } }\n";
        run("migrate Cell[300][300] + 100,000 objects (list + map)", dir, state, 25, "Ball.hits", "Cell.seen");
    }

    @TempDir
    Path other;

    @Test
    void aMillionObjects() {
        String state = "List<Ball> balls = new ArrayList<>(); Ball chain;\n"
                + "public void setup() { for (int i = 0; i < 500_000; i++) balls.add(new Ball(i, i));\n"
                + " for (int i = 0; i < 500_000; i++) { Ball b = new Ball(i, 0); b.next = chain; chain = b; } }\n";
        run("migrate 1,000,000 objects (list + 500,000-long chain)", other, state, 12, "Ball.hits");
    }

    private static void run(String label, Path dir, String state, int saves, String... resets) {
        List<Double> millis = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> gc = new ArrayList<>();
        List<Double> coldMillis = new ArrayList<>();
        List<Double> coldCpu = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        try (LiveSketch live = LiveSketch.in(dir)) {
            live.write("Cell.java", "class Cell { boolean alive; int age; int seen = 0; }")
                    .write("Ball.java", ball(0))
                    .write("Main.java", sketch(state + "public void step() {}")).start(EngineOptions.manual(System::nanoTime));
            for (int i = 1; i <= saves; i++) {
                live.write("Cell.java", "class Cell { boolean alive; int age; int seen = " + i + "; }");
                live.write("Ball.java", ball(i));
                live.compile(); // on the engine's worker; the swap runs in the step below, on this thread
                long cpuBefore = threads.getCurrentThreadCpuTime();
                long gcBefore = gcMillis();
                live.step(0);
                long cpuNanos = threads.getCurrentThreadCpuTime() - cpuBefore;
                long gcDuring = gcMillis() - gcBefore;
                live.assertSwappedCleanly(resets);
                coldMillis.add(live.last(EngineEvent.Applied.class).swapMs());
                coldCpu.add(cpuNanos / 1e6);
                if (i > 5) {
                    millis.add(live.last(EngineEvent.Applied.class).swapMs());
                    cpu.add(cpuNanos / 1e6);
                    gc.add((double) gcDuring);
                }
            }
        }
        System.out.printf("BENCH %-55s every save from a cold JVM, first ones counted: swap p50 %6.1f ms   p95 %6.1f ms"
                        + "   CPU p50 %6.1f ms   p95 %6.1f ms   (n=%d)%n", label, percentile(coldMillis, 0.5),
                percentile(coldMillis, 0.95), percentile(coldCpu, 0.5), percentile(coldCpu, 0.95), coldMillis.size());
        Collections.sort(millis);
        Collections.sort(cpu);
        Collections.sort(gc);
        System.out.printf("BENCH %-55s swap p50 %6.1f ms   p95 %6.1f ms   CPU p50 %6.1f ms   p95 %6.1f ms   GC pauses p50 %6.1f ms"
                        + "   (n=%d, load average %.1f)%n", label,
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1), cpu.get(cpu.size() / 2),
                cpu.get((int) Math.ceil(cpu.size() * 0.95) - 1), gc.get(gc.size() / 2), millis.size(), java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p) - 1));
    }

    /** Time the collectors have spent so far: the part of a swap's wall time spent on the heap, not the walk. */
    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    private static String ball(int hits) {
        return "class Ball { double x, y, vx = 1, vy = 2; Ball next; int hits = " + hits + "; Ball(double x, double y) { this.x = x; this.y = y; } }";
    }
}
