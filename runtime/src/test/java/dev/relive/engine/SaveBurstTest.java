package dev.relive.engine;

import dev.relive.event.EngineEvent;
import dev.relive.testing.LiveSketch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A save that writes several files is one generation, even on a loaded machine: through the real watcher, five
 * files written one after another with 5 to 30 ms between them, while other threads burn CPU, go live together.
 */
class SaveBurstTest {

    @TempDir
    Path dir;

    private static String part(int i, String method) {
        return i == 0
                ? "class Part0 { static int " + method + "() { return 7; } }\n"
                : "class Part" + i + " { static int twice() { return Part0." + method + "() * " + (i + 1) + "; } }\n";
    }

    private static String main(String word) {
        return LiveSketch.sketch("int n; public void step() { n++; if (n % 10 == 0) System.out.println(\"" + word
                + " \" + (Part1.twice() + Part2.twice() + Part3.twice() + Part4.twice())); }");
    }

    /** How an editor writes a file it saves. */
    private interface EditorWrite {
        void save(Path dir, String file, String text) throws java.io.IOException;
    }

    /** Truncates the file and writes it in place, as most editors do. */
    private static void inPlace(Path dir, String file, String text) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve(file), text);
    }

    /** Writes a temporary file beside it and moves it over the old one, as editors with "safe write" do. */
    private static void replacing(Path dir, String file, String text) throws java.io.IOException {
        Path temporary = dir.resolve(file + "~saving");
        java.nio.file.Files.writeString(temporary, text);
        java.nio.file.Files.move(temporary, dir.resolve(file), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void fiveFilesWrittenWithGapsOnABusyMachineAreOneGeneration() throws Exception {
        fiveFilesAreOneGeneration(SaveBurstTest::inPlace);
    }

    @Test
    void fiveFilesSavedByTemporaryFileAndMoveOnABusyMachineAreOneGeneration() throws Exception {
        fiveFilesAreOneGeneration(SaveBurstTest::replacing);
    }

    private void fiveFilesAreOneGeneration(EditorWrite editor) throws Exception {
        Random gaps = new Random(42);
        try (LiveSketch sketch = LiveSketch.in(dir)) {
            for (int i = 0; i < 5; i++) {
                sketch.write("Part" + i + ".java", part(i, "value"));
            }
            sketch.write("Main.java", main("before"));
            sketch.startThreaded();
            sketch.awaitOutput("before");
            Thread.sleep(300); // let the native watch settle after the first compile, as a person would not save at once
            int first = sketch.engine().liveNumber();
            sketch.clearEvents();

            AtomicBoolean burning = new AtomicBoolean(true);
            List<Thread> burners = List.of(burner(burning), burner(burning));
            burners.forEach(Thread::start);
            try {
                // A rename across files: every half-written state fails to compile.
                for (int i = 0; i < 5; i++) {
                    editor.save(dir, "Part" + i + ".java", part(i, "amount"));
                    Thread.sleep(5 + gaps.nextInt(26));
                }
                EngineEvent.Applied applied = sketch.await(EngineEvent.Applied.class, a -> a.generation() > first, 30);
                // The settle period has passed several times over: any half-applied state would have been reported by now.
                Thread.sleep(TimeUnit.MILLISECONDS.toMillis(SaveBurst.SETTLE_MILLIS * 4));
                List<EngineEvent.Compiled> compiled = sketch.events(EngineEvent.Compiled.class);
                assertEquals(1, compiled.size(), "one generation for the whole save, not " + compiled);
                assertTrue(compiled.get(0).ok(), compiled.toString());
                assertEquals(compiled.get(0).generation(), applied.generation());
            } finally {
                burning.set(false);
                for (Thread t : burners) {
                    t.join();
                }
            }
            sketch.clearEvents();
            sketch.awaitOutput("before " + 7 * (2 + 3 + 4 + 5));
        }
    }

    @Test
    void theRunnerMakesOneGenerationOfFiveFilesAnEditorSavesWithGapsOnABusyMachine() throws Exception {
        Random gaps = new Random(7);
        for (int i = 0; i < 5; i++) {
            inPlace(dir, "Part" + i + ".java", part(i, "value"));
        }
        inPlace(dir, "Main.java", main("before"));
        try (dev.relive.testing.RunnerProcess runner = dev.relive.testing.RunnerProcess.start(dir)) {
            runner.await(l -> l.contains("\"event\":\"applied\""), 60);
            runner.await(l -> l.contains("before"), 60);
            Thread.sleep(300); // let the native watch settle after the first compile, as a person would not save at once
            int seen = runner.lines().size();
            AtomicBoolean burning = new AtomicBoolean(true);
            List<Thread> burners = List.of(burner(burning), burner(burning));
            burners.forEach(Thread::start);
            try {
                for (int i = 0; i < 5; i++) { // a rename across files, saved the way safe-write editors save
                    replacing(dir, "Part" + i + ".java", part(i, "amount"));
                    Thread.sleep(5 + gaps.nextInt(26));
                }
                runner.await(l -> l.contains("\"event\":\"applied\"") && runner.lines().indexOf(l) >= seen, 60);
                Thread.sleep(SaveBurst.SETTLE_MILLIS * 4); // any half-applied state would have been reported by now
            } finally {
                burning.set(false);
                for (Thread t : burners) {
                    t.join();
                }
            }
            List<String> compiled = runner.lines().subList(seen, runner.lines().size()).stream()
                    .filter(l -> l.contains("\"event\":\"compiled\"")).toList();
            assertEquals(1, compiled.size(), "one generation for the whole save, not " + compiled);
            assertTrue(compiled.get(0).contains("\"ok\":true"), compiled.toString());
            runner.await(l -> l.contains("before " + 7 * (2 + 3 + 4 + 5)) && runner.lines().lastIndexOf(l) >= seen, 60);
        }
    }

    @Test
    void aCompiledStateIsHeldWhenTheFolderChangedBeforeTheWatcherSaidSo() throws Exception {
        for (int i = 0; i < 5; i++) {
            inPlace(dir, "Part" + i + ".java", part(i, "value"));
        }
        inPlace(dir, "Main.java", main("before"));
        List<EngineEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        GenerationMaker maker = new GenerationMaker(dir, new dev.relive.history.History(100), events::add);
        SaveBurst quietWatcher = SaveBurst.seen(() -> false); // a watcher that has not yet heard of the second write
        assertTrue(maker.make(new dev.relive.watch.Change(System.nanoTime(), java.util.Set.of(), true), quietWatcher).isPresent());

        String part1 = part(1, "value").replace("* 2", "* 12");
        String part2 = part(2, "value").replace("* 3", "* 13");
        inPlace(dir, "Part1.java", part1);
        inPlace(dir, "Part2.java", part2); // both on disk; the watcher has reported only Part1 so far
        java.util.Optional<dev.relive.history.Generation> half = maker.make(
                new dev.relive.watch.Change(System.nanoTime(), java.util.Set.of(dir.resolve("Part1.java")), false), quietWatcher);
        assertTrue(half.isEmpty(), "Part1 alone compiles, but the folder no longer held it: " + half);
        assertTrue(maker.holding());

        dev.relive.history.Generation whole = maker.make(
                new dev.relive.watch.Change(System.nanoTime(), java.util.Set.of(dir.resolve("Part2.java")), false), quietWatcher)
                .orElseThrow();
        assertTrue(whole.compile().ok(), whole.compile().diagnostics().toString());
        assertEquals(part1, whole.sources().sources().get("Part1.java"));
        assertEquals(part2, whole.sources().sources().get("Part2.java"));
        assertEquals(2, events.stream().filter(EngineEvent.Compiled.class::isInstance).count(), events.toString());
    }

    @Test
    void anAnnouncedSaveIsOneGenerationEvenWhenEveryHalfOfItCompiles() throws Exception {
        try (LiveSketch sketch = LiveSketch.in(dir)) {
            for (int i = 0; i < 5; i++) {
                sketch.write("Part" + i + ".java", part(i, "value"));
            }
            sketch.write("Main.java", main("before"));
            sketch.startThreaded();
            sketch.awaitOutput("before");
            Thread.sleep(300);
            int first = sketch.engine().liveNumber();
            sketch.clearEvents();
            // As the IDE's Save All does: announce, write one file after another, hand the set over.
            sketch.engine().saving();
            List<Path> written = new java.util.ArrayList<>();
            for (int i = 4; i >= 1; i--) {
                sketch.write("Part" + i + ".java", part(i, "value").replace("* " + (i + 1), "* " + (i + 10)));
                written.add(dir.resolve("Part" + i + ".java"));
                Thread.sleep(40);
            }
            sketch.engine().reload(written).join();
            sketch.await(EngineEvent.Applied.class, a -> a.generation() > first, 30);
            Thread.sleep(SaveBurst.SETTLE_MILLIS * 4);
            List<EngineEvent.Compiled> compiled = sketch.events(EngineEvent.Compiled.class);
            assertEquals(1, compiled.size(), "one generation for the whole save, not " + compiled);
            sketch.clearEvents();
            sketch.awaitOutput("before " + 7 * (11 + 12 + 13 + 14));
        }
    }

    @Test
    void aMistakeThatStandsStillIsStillReported() throws Exception {
        try (LiveSketch sketch = LiveSketch.in(dir)) {
            sketch.write("Main.java", main("before"));
            for (int i = 0; i < 5; i++) {
                sketch.write("Part" + i + ".java", part(i, "value"));
            }
            sketch.startThreaded();
            sketch.awaitOutput("before");
            Thread.sleep(300);
            sketch.clearEvents();
            sketch.write("Part0.java", part(0, "amount"));
            EngineEvent.Compiled failed = sketch.await(EngineEvent.Compiled.class, c -> true, 30);
            assertTrue(!failed.ok() && failed.diagnostics().get(0).file().startsWith("Part"), failed.toString());
        }
    }

    private static Thread burner(AtomicBoolean burning) {
        Thread t = new Thread(() -> {
            long x = 0;
            while (burning.get()) {
                x += Long.numberOfTrailingZeros(x * 31 + 7);
            }
            if (x == 42) {
                System.out.print(""); // keeps the loop from being optimised away
            }
        }, "cpu-burner");
        t.setDaemon(true);
        return t;
    }
}
