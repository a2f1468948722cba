package dev.relive.history;

import dev.relive.engine.EngineOptions;
import dev.relive.event.EngineEvent;
import dev.relive.testing.LiveSketch;
import dev.relive.testing.RunnerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.relive.testing.LiveSketch.counter;
import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The history lives in the sketch's .relive/ folder, survives restarts and kill -9, and purge deletes from disk. */
class HistoryPersistenceTest {

    @TempDir
    Path dir;

    @Test
    void reopeningASketchRestoresItsHistoryAndContinuesNumbering() {
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", counter("one")).start()) {
            live.save("Main.java", "broken");
            live.save("Main.java", counter("three"));
        }
        try (LiveSketch again = LiveSketch.in(dir).start()) {
            List<Generation> history = again.engine().history();
            assertEquals(List.of(1, 2, 3), history.stream().map(Generation::number).toList(), "same sources: no new generation");
            assertEquals(List.of(GenerationStatus.OK, GenerationStatus.COMPILE_ERROR, GenerationStatus.OK),
                    history.stream().map(Generation::status).toList());
            again.step(1);
            assertEquals("three 1", again.lastOutput());
            again.save("Main.java", counter("four"));
            assertEquals(4, again.engine().liveNumber());
            again.engine().revert(1).join();
            again.step(1);
            assertEquals("one 2", again.lastOutput(), "a restored generation compiles again for a revert");
        }
    }

    @Test
    void aGenerationThatFaultedStaysFaultedAfterReopening() throws Exception {
        String faulty = sketch("int n; public void step() { n++; if (n > 1) throw new IllegalStateException(\"late \" + n); "
                + "System.out.println(\"faulty \" + n); }");
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", counter("good")).start()) {
            live.step(2);
            live.save("Main.java", faulty);
            live.step(3);
            assertEquals(1, live.last(EngineEvent.Reverted.class).to(), "probation reverted the faulting code");
            assertEquals(GenerationStatus.FAULTED, live.engine().generation(2).orElseThrow().status());
        }
        String stored = Files.readString(dir.resolve(".relive/generations/2.properties"));
        assertTrue(stored.contains("status=FAULTED"), "the stored metadata says what happened: " + stored);
        try (LiveSketch again = LiveSketch.in(dir).start()) {
            List<Generation> history = again.engine().history();
            assertEquals(GenerationStatus.FAULTED, again.engine().generation(2).orElseThrow().status(),
                    "reopening runs the folder's code again, but as a new generation: the fault stays in the past");
            assertEquals(List.of(1, 2, 3), history.stream().map(Generation::number).toList());
            assertEquals(3, again.engine().liveNumber(), "the new run is live, not the one that faulted");
        }
        assertTrue(Files.readString(dir.resolve(".relive/generations/2.properties")).contains("status=FAULTED"));
    }

    @Test
    void aRejectedGenerationStaysRejectedAfterReopening() {
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", counter("good")).start()) {
            live.save("Main.java", sketch("int n = Integer.parseInt(\"x\"); public void step() { }"));
            assertEquals(GenerationStatus.REJECTED, live.engine().generation(2).orElseThrow().status());
        }
        try (LiveSketch again = LiveSketch.in(dir).start()) {
            assertEquals(GenerationStatus.REJECTED, again.engine().generation(2).orElseThrow().status());
            assertEquals(GenerationStatus.REJECTED, again.engine().generation(3).orElseThrow().status());
        }
    }

    @Test
    void purgeAlsoDeletesWhatItDroppedFromDiskAndTheContentOnlyItUsed() throws Exception {
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", counter("one")).start()) {
            live.save("Main.java", counter("two"));
            live.engine().purge().join();
        }
        assertFalse(Files.exists(dir.resolve(".relive/generations/1.properties")));
        assertTrue(Files.exists(dir.resolve(".relive/generations/2.properties")));
        assertEquals(1, objects().size(), "the content only generation 1 had is gone too");
        try (LiveSketch again = LiveSketch.in(dir).start()) {
            assertEquals(List.of(2), again.engine().history().stream().map(Generation::number).toList());
        }
    }

    @Test
    void eachDistinctFileContentIsStoredOnce() throws Exception {
        LiveSketch live = LiveSketch.in(dir);
        for (int i = 0; i < 200; i++) {
            live.write("p/F" + i + ".java", "package p; class F" + i + " { int v = 0; }");
        }
        try (LiveSketch running = live.write("Main.java", counter("zero")).start()) {
            for (int save = 1; save <= 30; save++) {
                running.save("p/F" + (save * 7 % 200) + ".java", "package p; class F" + (save * 7 % 200) + " { int v = " + save + "; }");
            }
            assertEquals(31, running.engine().generations().size());
        }
        assertEquals(201 + 30, objects().size(), "201 files at first, then one changed file per save");
        try (Stream<Path> metas = Files.list(dir.resolve(".relive/generations"))) {
            assertEquals(31, metas.count());
        }
        try (LiveSketch again = LiveSketch.in(dir).start()) {
            Generation fifth = again.engine().generation(5).orElseThrow();
            assertEquals(201, fifth.sources().sources().size());
            assertEquals("package p; class F28 { int v = 4; }", fifth.sources().sources().get("p/F28.java"));
        }
    }

    @Test
    void theHistoryCapIsASettingAndTrimmingSaysWhatItDropped() {
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", counter("v0"))
                .start(EngineOptions.manual(System::nanoTime).withHistoryCap(3))) {
            for (int i = 1; i <= 4; i++) {
                live.save("Main.java", counter("v" + i));
            }
            assertEquals(List.of(3, 4, 5), live.engine().history().stream().map(Generation::number).toList());
            List<String> notices = live.events(EngineEvent.Notice.class).stream().map(EngineEvent.Notice::message).toList();
            assertTrue(notices.stream().anyMatch(n -> n.contains("at most 3 generations") && n.contains("dropped generation(s) 1")), notices.toString());
            assertTrue(notices.stream().anyMatch(n -> n.contains("dropped generation(s) 2")), notices.toString());
        }
        assertFalse(Files.exists(dir.resolve(".relive/generations/1.properties")));
    }

    @Test
    void theOlderFolderPerGenerationFormatIsStillRead() throws Exception {
        legacyGeneration(1, counter("one"));
        legacyGeneration(2, counter("two"));
        Files.writeString(dir.resolve(".relive/history/live"), "2");
        Files.writeString(dir.resolve("Main.java"), counter("two"));
        try (LiveSketch again = LiveSketch.in(dir).start()) {
            assertEquals(List.of(1, 2), again.engine().history().stream().map(Generation::number).toList());
            again.save("Main.java", counter("three"));
            again.engine().revert(1).join();
            again.step(1);
            assertEquals("one 1", again.lastOutput());
        }
        assertTrue(Files.exists(dir.resolve(".relive/generations/3.properties")), "new generations use the new format");
    }

    @Test
    void killMinus9LosesNothingThatWasReported() throws Exception {
        Files.writeString(dir.resolve("Main.java"), counter("one"));
        try (RunnerProcess runner = RunnerProcess.start(dir)) {
            runner.await(l -> l.contains("\"event\":\"compiled\",\"generation\":1,"), 60);
            Files.writeString(dir.resolve("Main.java"), counter("two"));
            runner.await(l -> l.contains("\"event\":\"compiled\",\"generation\":2,"), 60);
            Files.writeString(dir.resolve("Main.java"), "broken");
            runner.await(l -> l.contains("\"event\":\"compiled\",\"generation\":3,"), 60);
            runner.kill(); // at once, as soon as the event is out: the generation must already be on disk
            assertFalse(runner.lines().stream().anyMatch(l -> l.contains("\"durable\":false")), runner.lines().toString());
        }
        try (LiveSketch again = LiveSketch.in(dir).start()) {
            List<Generation> history = again.engine().history();
            assertEquals(List.of(1, 2, 3), history.stream().map(Generation::number).toList());
            assertEquals(counter("two"), history.get(1).sources().sources().get("Main.java"));
            assertTrue(again.events(EngineEvent.Notice.class).stream().anyMatch(n -> n.message().contains("restored 3")));
        }
    }

    private void legacyGeneration(int number, String main) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(".relive/history/" + number + "/src"));
        Files.writeString(folder.resolve("Main.java"), main);
        Files.writeString(folder.getParent().resolve("meta.properties"), "number=" + number + "\ntime=2026-01-01T10:00:0"
                + number + "Z\nstatus=OK\nchanged=Main.java\nliveMillis=3.0\n");
    }

    private List<Path> objects() throws Exception {
        try (Stream<Path> all = Files.walk(dir.resolve(".relive/objects"))) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
