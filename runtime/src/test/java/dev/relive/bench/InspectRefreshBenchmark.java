package dev.relive.bench;

import dev.relive.inspect.StateNode;
import dev.relive.testing.LiveSketch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The cost of one State-pane refresh on the runtime thread (target: p95 ≤ 0.5 ms): 67 expanded balls of two
 * fields each, 202 rows with the array's own, read through the real engine. The test is the runtime thread, so
 * the time is the request's whole stay there: dequeued, resolved, read and built.
 */
class InspectRefreshBenchmark {

    @TempDir
    Path dir;

    @Test
    void oneRefreshOf200VisibleRows() {
        try (LiveSketch s = LiveSketch.in(dir).write("Main.java", LiveSketch.sketch("""
                Ball[] balls = new Ball[67];
                { for (int i = 0; i < balls.length; i++) balls[i] = new Ball(); }
                public void step() { for (Ball b : balls) { b.x += 1; b.y += 0.5; } }
                """) + "class Ball { double x, y; }\n").start()) {
            s.step(1);
            assertEquals(202, rows(refresh(s)));
            for (int i = 0; i < 3000; i++) {
                refresh(s);
            }
            long[] ns = new long[5000];
            for (int i = 0; i < ns.length; i++) {
                s.step(1);
                long start = System.nanoTime();
                refresh(s);
                ns[i] = System.nanoTime() - start;
            }
            Arrays.sort(ns);
            System.out.printf("inspect refresh, 202 rows: p50 %.3f ms, p95 %.3f ms, max %.3f ms (target p95 <= 0.5 ms)%n",
                    ns[ns.length / 2] / 1e6, ns[ns.length * 95 / 100] / 1e6, ns[ns.length - 1] / 1e6);
        }
    }

    private static StateNode refresh(LiveSketch s) {
        CompletableFuture<StateNode> tree = s.engine().inspect("balls", 2, 0);
        s.step(0);
        return tree.join();
    }

    private static int rows(StateNode n) {
        int count = 1;
        if (n.children() != null) {
            for (StateNode c : n.children()) {
                count += rows(c);
            }
        }
        return count;
    }
}
