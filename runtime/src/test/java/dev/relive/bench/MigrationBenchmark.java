package dev.relive.bench;

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
 * The time to swap in new code while migrating 100,000 objects of sketch classes held in a list and a map
 * (target: ≤ 50 ms). Prints the whole swap (load, construct, migrate, hooks) as the engine reports it.
 */
class MigrationBenchmark {

    @TempDir
    Path dir;

    @Test
    void hundredThousandObjectsInListsAndMaps() {
        String state = "List<Ball> balls = new ArrayList<>(); Map<Integer, Ball> byId = new HashMap<>();\n"
                + "public void setup() { for (int i = 0; i < 50_000; i++) { balls.add(new Ball(i, i)); byId.put(i, new Ball(i, -i)); } }\n";
        List<Double> millis = new ArrayList<>();
        try (LiveSketch live = LiveSketch.in(dir)) {
            live.write("Ball.java", "class Ball { double x, y, vx = 1, vy = 2; Ball(double x, double y) { this.x = x; this.y = y; } }")
                    .write("Main.java", sketch(state + "public void step() {}")).start(dev.relive.engine.EngineOptions.manual(System::nanoTime));
            for (int i = 1; i <= 25; i++) {
                live.save("Ball.java", "class Ball { double x, y, vx = 1, vy = 2; int hits = " + i + "; Ball(double x, double y) { this.x = x; this.y = y; } }");
                if (i > 5) {
                    millis.add(live.last(EngineEvent.Applied.class).swapMs());
                }
            }
        }
        Collections.sort(millis);
        System.out.printf("BENCH migrate 100,000 objects (list + map)   p50 %6.1f ms   p95 %6.1f ms   (n=%d)%n",
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.size());
    }
}
