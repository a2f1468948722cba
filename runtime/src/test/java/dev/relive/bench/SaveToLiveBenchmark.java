package dev.relive.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Save → new code live, the way a person meets it: the real runner ({@code java -jar
 * runtime/target/relive-runtime.jar run DIR --events jsonl}) in a fresh JVM, its real watcher, a 15-line loop
 * sketch at 60 Hz, timed from the write of the file to the moment its {@code applied} line is read from the
 * runner's stdout. No warm-up saves: save 1 is the first edit after launch. Between saves it waits 300 ms (a
 * person does not save faster), and 1.5 s after launch before the first save (the time to make a first edit).
 *
 * <p>Needs the runner jar: {@code ./mvnw -q -DskipTests package}, then
 * {@code ./mvnw -B -Pbench -pl runtime verify -Dtest=SaveToLiveBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SaveToLiveBenchmark {

    private static final int SAVES = 60;
    private static final int BIG_SKETCH_SAVES = 30;
    private static final Pattern APPLIED = Pattern.compile("\"event\":\"applied\",\"generation\":(\\d+)");
    private static final Pattern FAILED = Pattern.compile("\"event\":\"compiled\",\"generation\":\\d+,\"ok\":false");
    private static final Pattern COMPILED = Pattern.compile("\"event\":\"compiled\",\"generation\":\\d+,\"ok\":true,\"ms\":([0-9.]+)");
    /** The compile time of every generation the runner made, from its {@code compiled} events (for the breakdown). */
    private static final List<Double> COMPILE_MILLIS = java.util.Collections.synchronizedList(new ArrayList<>());

    @TempDir
    Path dir;

    @Test
    void oneFileSketchFromLaunch() throws Exception {
        Files.writeString(dir.resolve("Main.java"), main(0));
        List<Double> millis = measure(dir, SAVES);
        System.out.printf("BENCH save->live 1-file sketch (runner, cold JVM): save 1 %.1f ms, save 2 %.1f ms%n",
                millis.get(0), millis.get(1));
        report("1-file sketch, saves 2-" + SAVES, millis.subList(1, millis.size()));
        load();
    }

    @Test
    void hundredFileSketchWithOneFileChanged() throws Exception {
        parts(99);
        Files.writeString(dir.resolve("Main.java"), main(0));
        report("100-file sketch, 1 changed", measure(dir, BIG_SKETCH_SAVES).subList(1, BIG_SKETCH_SAVES));
        load();
    }

    @Test
    void thousandFileSketchWithOneFileChanged() throws Exception {
        parts(999);
        Files.writeString(dir.resolve("Main.java"), main(0));
        report("1,000-file sketch, 1 changed", measure(dir, BIG_SKETCH_SAVES).subList(1, BIG_SKETCH_SAVES));
        load();
    }

    @Test
    void oneFileSketchBesideTenThousandUnrelatedFiles() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(data.resolve("sample-" + i + ".csv"), "x,y\n" + i + "," + i + "\n");
        }
        Files.writeString(dir.resolve("Main.java"), main(0));
        report("1 file + 10,000 unrelated", measure(dir, BIG_SKETCH_SAVES).subList(1, BIG_SKETCH_SAVES));
        load();
    }

    private void parts(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Files.writeString(dir.resolve("Part" + i + ".java"), "public class Part" + i + " {\n    int value = " + i
                    + ";\n    int twice() { return value * 2; }\n}\n");
        }
    }

    /** A 15-line loop sketch; version {@code v} differs in one number. */
    private static String main(int v) {
        return """
                import dev.relive.api.*;

                public class Main implements Sketch {
                    int frame;
                    double x, y;
                    double speed = %d.5;

                    public void step() {
                        frame++;
                        x += speed;
                        y = Math.sin(frame / 30.0) * 10;
                        if (frame %% 600 == 0) System.out.println("frame " + frame + " at " + x + ", " + y);
                    }
                }
                """.formatted(v);
    }

    /** Launches the runner on {@code sketch}, saves {@code Main.java} {@code saves} times, and returns each save's time. */
    private static List<Double> measure(Path sketch, int saves) throws Exception {
        Path jar = Path.of(System.getProperty("user.dir")).resolve("target/relive-runtime.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the runner first: ./mvnw -q -DskipTests package (no " + jar + ")");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process runner = new ProcessBuilder(java, "-D" + "relive.phases=true", "-jar", jar.toString(), "run",
                sketch.toString(), "--events", "jsonl").start();
        LinkedBlockingQueue<long[]> applied = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> read(runner, applied), "bench-runner-stdout");
        reader.setDaemon(true);
        reader.start();
        Map<Integer, Map<String, Long>> phases = new ConcurrentHashMap<>();
        Thread errors = new Thread(() -> readPhases(runner, phases), "bench-runner-stderr");
        errors.setDaemon(true);
        errors.start();
        List<Double> millis = new ArrayList<>();
        Map<Integer, long[]> timed = new TreeMap<>();
        COMPILE_MILLIS.clear();
        try {
            long live = awaitApplied(applied, 0, 120)[0];
            Thread.sleep(1500);
            for (int i = 1; i <= saves; i++) {
                long start = System.nanoTime();
                Files.writeString(sketch.resolve("Main.java"), main(i));
                long[] event = awaitApplied(applied, live, 30);
                live = event[0];
                millis.add((event[1] - start) / 1e6);
                if (i >= 2) {
                    timed.put((int) event[0], new long[]{start, event[1]});
                }
                Thread.sleep(300);
            }
        } finally {
            runner.getOutputStream().write("quit\n".getBytes(StandardCharsets.UTF_8));
            runner.getOutputStream().flush();
            if (!runner.waitFor(10, TimeUnit.SECONDS)) {
                runner.destroyForcibly();
            }
            errors.join(TimeUnit.SECONDS.toMillis(5));
        }
        breakdown(timed, phases);
        return millis;
    }

    /**
     * The moments of a save, in order, as the runner marks them with {@code -Drelive.phases=true} (see
     * {@code dev.relive.timing.PhaseLog}); the benchmark adds its own write first and its read of {@code applied} last.
     */
    private static final List<String> PHASES = List.of("write", "event", "worker", "read", "scanned", "javac", "compiled",
            "stored", "submitted", "swap", "loaded", "initialized", "constructed", "migrated", "committed", "announced",
            "seen");

    /** Prints the median time between consecutive moments of the saves counted (from save 2 on). */
    private static void breakdown(Map<Integer, long[]> saves, Map<Integer, Map<String, Long>> phases) {
        StringBuilder line = new StringBuilder("BENCH   phases, p50 ms:");
        for (int p = 1; p < PHASES.size(); p++) {
            List<Double> spans = new ArrayList<>();
            for (Map.Entry<Integer, long[]> save : saves.entrySet()) {
                Map<String, Long> marks = new HashMap<>(phases.getOrDefault(save.getKey(), Map.of()));
                marks.put("write", save.getValue()[0]);
                marks.put("seen", save.getValue()[1]);
                Long from = marks.get(PHASES.get(p - 1));
                Long to = marks.get(PHASES.get(p));
                if (from != null && to != null) {
                    spans.add((to - from) / 1e6);
                }
            }
            Collections.sort(spans);
            if (!spans.isEmpty()) {
                line.append(String.format(" %s>%s %.2f", PHASES.get(p - 1), PHASES.get(p), spans.get(spans.size() / 2)));
            }
        }
        System.out.println(line);
    }

    /** Collects the runner's {@code relive-phases} lines by generation; passes every other line on to stderr. */
    private static void readPhases(Process runner, Map<Integer, Map<String, Long>> phases) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(runner.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("relive-phases ")) {
                    System.err.println(line);
                    continue;
                }
                String[] parts = line.split(" ");
                Map<String, Long> marks = phases.computeIfAbsent(Integer.parseInt(parts[2]), k -> new ConcurrentHashMap<>());
                for (int i = 3; i < parts.length; i++) {
                    String[] mark = parts[i].split("=");
                    marks.put(mark[0], Long.parseLong(mark[1]));
                }
            }
        } catch (IOException e) {
            // The runner ended; a missing phase shows as a gap in the breakdown.
            System.out.println("runner stderr ended: " + e);
        }
    }

    private static void read(Process runner, LinkedBlockingQueue<long[]> applied) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(runner.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                long now = System.nanoTime();
                Matcher m = APPLIED.matcher(line);
                Matcher compiled = COMPILED.matcher(line);
                if (compiled.find()) {
                    COMPILE_MILLIS.add(Double.parseDouble(compiled.group(1)));
                }
                if (m.find()) {
                    applied.add(new long[]{Long.parseLong(m.group(1)), now});
                } else if (FAILED.matcher(line).find()) {
                    applied.add(new long[]{-1, now});
                    System.out.println("benchmark sketch failed to compile: " + line);
                }
            }
        } catch (IOException e) {
            // The runner ended; the waiting side reports the missing event.
            System.out.println("runner output ended: " + e);
        }
    }

    private static long[] awaitApplied(LinkedBlockingQueue<long[]> applied, long after, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            long[] event = applied.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new IllegalStateException("no generation went live within " + seconds + " s");
            }
            if (event[0] < 0) {
                throw new IllegalStateException("the benchmark sketch did not compile");
            }
            if (event[0] > after) {
                return event;
            }
        }
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        List<Double> compiles;
        synchronized (COMPILE_MILLIS) {
            compiles = new ArrayList<>(COMPILE_MILLIS.subList(Math.min(2, COMPILE_MILLIS.size()), COMPILE_MILLIS.size()));
        }
        Collections.sort(compiles);
        System.out.printf("BENCH save->live %-28s p50 %6.1f ms   p95 %6.1f ms   (n=%d; of which compile p50 %.1f ms)%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.size(),
                compiles.isEmpty() ? Double.NaN : compiles.get(compiles.size() / 2));
    }

    private static void load() {
        try {
            System.out.println("BENCH load average: " + Files.readString(Path.of("/proc/loadavg")).strip());
        } catch (IOException e) {
            System.out.println("BENCH load average: unknown (" + e.getMessage() + ")");
        }
    }
}
