package dev.relive.history;

import dev.relive.testing.RunnerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.relive.testing.LiveSketch.counter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} at any moment loses no generation that a {@code compiled} event reported: a real runner process on
 * a 400-file sketch is killed at a random moment of a burst of saves, and after each kill every reported generation
 * is read back whole, {@value #ROUNDS} times. Each kill costs a runner start that compiles the 400 files (about
 * 1.5 s of CPU), so this takes about a minute on two cores; {@code KillDurabilityBenchmark} (-Pbench) prints the
 * same count.
 */
public class KillDurabilityTest {

    static final int ROUNDS = 20;
    private static final int FILES = 400;
    private static final Pattern COMPILED = Pattern.compile("\"event\":\"compiled\",\"generation\":(\\d+),");

    @TempDir
    Path dir;

    @Test
    void everyReportedGenerationIsReadableAfterAKillAtAnyMoment() throws Exception {
        killAndCount(dir, ROUNDS);
    }

    /** Kills a runner {@code rounds} times during bursts of saves in {@code dir}, checks and prints what survived. */
    public static void killAndCount(Path dir, int rounds) throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < FILES; i++) {
            Files.writeString(dir.resolve("F" + i + ".java"), "class F" + i + " { int v = 0; }");
        }
        Files.writeString(dir.resolve("Main.java"), counter("burst"));
        Set<Integer> reported = new TreeSet<>();
        Set<Integer> recoverable = new TreeSet<>();
        int notDurable = 0;
        int save = 0;
        for (int round = 0; round < rounds; round++) {
            List<String> lines;
            try (RunnerProcess runner = RunnerProcess.start(dir)) {
                runner.await(l -> l.contains("\"event\":\"compiled\"") || l.contains("\"event\":\"applied\""), 120);
                long killAt = System.nanoTime() + (100 + random.nextInt(800)) * 1_000_000L;
                int first = save;
                while (System.nanoTime() < killAt) {
                    save++;
                    int file = random.nextInt(FILES);
                    Files.writeString(dir.resolve("F" + file + ".java"), "class F" + file + " { int v = " + save + "; }");
                    Thread.sleep(random.nextInt(30)); // saves faster and slower than the watcher's quiet period
                }
                runner.kill();
                lines = runner.lines();
                assertTrue(save >= first, "saves were made");
            }
            for (String line : lines) {
                Matcher m = COMPILED.matcher(line);
                if (m.find()) {
                    if (line.contains("\"durable\":false")) {
                        notDurable++; // the event itself said it was not on disk yet: no promise to keep
                    } else {
                        reported.add(Integer.parseInt(m.group(1)));
                    }
                }
            }
            List<String> problems = new ArrayList<>();
            StoredHistory stored = new HistoryStore(dir, HistoryNotices.to(problems::add)).load();
            recoverable.clear();
            stored.generations().stream().filter(g -> g.sources().sources().size() == FILES + 1)
                    .forEach(g -> recoverable.add(g.number()));
            assertEquals(List.of(), problems, "nothing on disk is damaged after a kill (round " + round + ", seed " + seed + ")");
            Set<Integer> lost = new TreeSet<>(reported);
            lost.removeAll(recoverable);
            assertEquals(Set.of(), lost, "reported generations that cannot be read back (round " + round + ", seed " + seed + ")");
        }
        recoverable.retainAll(reported);
        System.out.println("kill -9 durability (" + FILES + " files, " + rounds + " kills): generations reported vs recoverable: "
                + reported.size() + " vs " + recoverable.size() + " (" + notDurable + " more reported as not yet durable)");
        assertEquals(reported.size(), recoverable.size());
        assertTrue(reported.size() > 1, "the bursts made generations: " + reported);
        try (Stream<Path> all = Files.walk(dir.resolve(".relive"))) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
                    "leftover temporary files are cleaned up on start");
        }
    }
}
