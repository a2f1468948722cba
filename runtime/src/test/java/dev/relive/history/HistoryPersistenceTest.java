package dev.relive.history;

import dev.relive.event.EngineEvent;
import dev.relive.testing.LiveSketch;
import dev.relive.testing.RunnerCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The history lives in the sketch's .relive/ folder, survives restarts and kill -9, and purge deletes from disk. */
class HistoryPersistenceTest {

    @TempDir
    Path dir;


    @Test
    void reopeningASketchRestoresItsHistoryAndContinuesNumbering() {
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", LiveSketch.counter("one")).start()) {
            live.save("Main.java", "broken");
            live.save("Main.java", LiveSketch.counter("three"));
        }
        try (LiveSketch again = LiveSketch.in(dir).start()) {
            List<Generation> history = again.engine().history();
            assertEquals(List.of(1, 2, 3), history.stream().map(Generation::number).toList(), "same sources: no new generation");
            assertEquals(List.of(GenerationStatus.OK, GenerationStatus.COMPILE_ERROR, GenerationStatus.OK),
                    history.stream().map(Generation::status).toList());
            again.step(1);
            assertEquals("three 1", again.lastOutput());
            again.save("Main.java", LiveSketch.counter("four"));
            assertEquals(4, again.engine().liveNumber());
            again.engine().revert(1).join();
            again.step(1);
            assertEquals("one 2", again.lastOutput(), "a restored generation compiles again for a revert");
        }
    }

    @Test
    void purgeAlsoDeletesWhatItDroppedFromDisk() {
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", LiveSketch.counter("one")).start()) {
            live.save("Main.java", LiveSketch.counter("two"));
            live.engine().purge().join();
        }
        assertFalse(Files.exists(dir.resolve(".relive/history/1")));
        assertTrue(Files.exists(dir.resolve(".relive/history/2/src/Main.java")));
        try (LiveSketch again = LiveSketch.in(dir).start()) {
            assertEquals(List.of(2), again.engine().history().stream().map(Generation::number).toList());
        }
    }

    @Test
    void aWriteInterruptedByACrashIsIgnored() throws Exception {
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", LiveSketch.counter("one")).start()) {
            live.save("Main.java", LiveSketch.counter("two"));
        }
        Path partial = dir.resolve(".relive/history/.tmp-3-123/src");
        Files.createDirectories(partial);
        Files.writeString(partial.resolve("Main.java"), "half a fi");
        try (LiveSketch again = LiveSketch.in(dir).start()) {
            assertEquals(List.of(1, 2), again.engine().history().stream().map(Generation::number).toList());
        }
        assertFalse(Files.exists(partial));
    }

    @Test
    void killMinus9LosesNothingThatWasSaved() throws Exception {
        Files.writeString(dir.resolve("Main.java"), LiveSketch.counter("one"));
        Process runner = new ProcessBuilder(RunnerCommand.of("run", dir.toString(), "--events", "jsonl"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            awaitFile(dir.resolve(".relive/history/1/meta.properties"));
            Files.writeString(dir.resolve("Main.java"), LiveSketch.counter("two"));
            awaitFile(dir.resolve(".relive/history/2/meta.properties"));
            Files.writeString(dir.resolve("Main.java"), "broken");
            awaitFile(dir.resolve(".relive/history/3/meta.properties"));
        } finally {
            runner.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (LiveSketch again = LiveSketch.in(dir).start()) {
            List<Generation> history = again.engine().history();
            assertEquals(List.of(1, 2, 3), history.stream().map(Generation::number).toList());
            assertEquals(LiveSketch.counter("two"), history.get(1).sources().sources().get("Main.java"));
            assertTrue(again.events(EngineEvent.Notice.class).stream().anyMatch(n -> n.message().contains("restored 3")));
        }
    }

    private static void awaitFile(Path file) throws InterruptedException {
        for (int i = 0; i < 1000 && !Files.exists(file); i++) {
            Thread.sleep(10); // a separate process writes it; poll
        }
        assertTrue(Files.exists(file), "expected " + file);
    }
}
