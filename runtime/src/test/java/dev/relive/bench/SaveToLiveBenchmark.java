package dev.relive.bench;

import dev.relive.engine.Engine;
import dev.relive.engine.EngineOptions;
import dev.relive.event.EngineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Save → new code live, through the real watcher and threads: the time from the write of a file to the
 * {@code applied} event of its generation. Prints p50 and p95 for a 1-file sketch and for a 100-file sketch
 * with one file changed. Run with {@code ./mvnw -B -Pbench -pl runtime verify -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SaveToLiveBenchmark {

    private static final int WARMUP = 15;
    private static final int RUNS = 60;

    @TempDir
    Path dir;

    @Test
    void oneFileSketch() throws Exception {
        Files.writeString(dir.resolve("Main.java"), main(0));
        report("1-file sketch", measure(dir, "Main.java", SaveToLiveBenchmark::main));
    }

    @Test
    void hundredFileSketchWithOneFileChanged() throws Exception {
        for (int i = 0; i < 99; i++) {
            Files.writeString(dir.resolve("Part" + i + ".java"),
                    "public class Part" + i + " { int value = " + i + "; int twice() { return value * 2; } }");
        }
        Files.writeString(dir.resolve("Main.java"), main(0));
        report("100-file sketch, 1 changed", measure(dir, "Main.java", SaveToLiveBenchmark::main));
    }

    @Test
    void oneFileSketchBesideTenThousandUnrelatedFiles() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(data.resolve("sample-" + i + ".csv"), "x,y\n" + i + "," + i + "\n");
        }
        Files.writeString(dir.resolve("Main.java"), main(0));
        report("1 file + 10,000 unrelated", measure(dir, "Main.java", SaveToLiveBenchmark::main));
    }

    private static String main(int version) {
        return "public class Main implements dev.relive.api.Sketch {\n int n;\n double speed = " + version + ".5;\n"
                + " public void step() { n++; }\n}\n";
    }

    private static List<Double> measure(Path dir, String file, java.util.function.IntFunction<String> version) throws Exception {
        LinkedBlockingQueue<long[]> applied = new LinkedBlockingQueue<>();
        List<Double> millis = new ArrayList<>();
        try (Engine engine = Engine.open(dir, EngineOptions.DEFAULTS)) {
            engine.addListener(e -> {
                if (e instanceof EngineEvent.Applied a) {
                    applied.add(new long[]{a.generation(), System.nanoTime()});
                } else if (e instanceof EngineEvent.Compiled c && !c.ok()) {
                    throw new IllegalStateException("benchmark sketch failed to compile: " + c.diagnostics());
                }
            });
            engine.start();
            awaitApplied(applied);
            for (int i = 1; i <= WARMUP + RUNS; i++) {
                long start = System.nanoTime();
                Files.writeString(dir.resolve(file), version.apply(i));
                long end = awaitApplied(applied);
                if (i > WARMUP) {
                    millis.add((end - start) / 1e6);
                }
                Thread.sleep(30); // a person doesn't save twice within a few ms; keep bursts apart
            }
        }
        return millis;
    }

    private static long awaitApplied(LinkedBlockingQueue<long[]> applied) throws InterruptedException {
        long[] event = applied.poll(30, TimeUnit.SECONDS);
        if (event == null) {
            throw new IllegalStateException("no generation went live within 30 s");
        }
        return event[1];
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("BENCH save->live %-28s p50 %6.1f ms   p95 %6.1f ms   (n=%d)%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.size());
    }
}
