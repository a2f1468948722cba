package dev.relive.engine;

import dev.relive.event.RevertReason;
import dev.relive.event.EngineEvent;
import dev.relive.history.Generation;
import dev.relive.history.GenerationStatus;
import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.util.List;

import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every generation is kept; revert and purge behave as runtime/README.md (History) says. */
class HistoryTest extends LiveSketchTest {


    @Test
    void everyGenerationIsKeptIncludingFailedOnes() {
        live = LiveSketch.in(dir).write("Main.java", counter("one")).start();
        live.save("Main.java", "broken");
        live.save("Main.java", counter("two"));
        List<Generation> history = live.engine().history();
        assertEquals(List.of(GenerationStatus.OK, GenerationStatus.COMPILE_ERROR, GenerationStatus.OK),
                history.stream().map(Generation::status).toList());
        assertEquals(3, live.last(EngineEvent.History.class).live());
    }

    @Test
    void historyCapDropsTheOldestFirst() {
        live = LiveSketch.in(dir).write("Main.java", counter("v0"))
                .start(EngineOptions.manual(System::nanoTime).withHistoryCap(3));
        for (int i = 1; i <= 4; i++) {
            live.save("Main.java", counter("v" + i));
        }
        assertEquals(List.of(3, 4, 5), live.engine().history().stream().map(Generation::number).toList());
    }

    @Test
    void revertAppliesOldCodeKeepsStateWritesSourcesAndRecordsAGeneration() {
        live = LiveSketch.in(dir).write("Main.java", counter("one")).start();
        live.step(3);
        live.write("Extra.java", "class Extra {}").save("Main.java", counter("two"));
        live.step(2);
        assertEquals("two 5", live.lastOutput());

        live.engine().revert(1).join();
        live.step(1);

        assertEquals("one 6", live.lastOutput(), "generation 1's code with the current state");
        assertEquals(counter("one"), live.read("Main.java"));
        assertFalse(Files.exists(dir.resolve("Extra.java")), "files generation 1 did not have are removed");
        Generation revert = live.engine().generation(3).orElseThrow();
        assertEquals(1, revert.revertOf().getAsInt());
        EngineEvent.Reverted reverted = live.last(EngineEvent.Reverted.class);
        assertEquals(List.of(3, 1, RevertReason.USER), List.of(reverted.generation(), reverted.to(), reverted.reason()));
        assertTrue(live.reload().isEmpty(), "the engine's own write does not start another compile");
        assertTrue(live.engine().generation(2).isPresent(), "nothing is lost: the reverted-from generation stays");
    }

    @Test
    void aSaveRightBeforeARevertBecomesAGenerationFirstLatin1FilesIncluded() throws Exception {
        live = LiveSketch.in(dir).write("Main.java", counter("one")).start();
        live.save("Main.java", counter("two"));
        byte[] latin1 = "class Notes { String s = \"caf\u00e9\"; }".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        live.write("Main.java", counter("three")); // saved, but not yet seen: the watcher's quiet period has not passed
        Files.write(dir.resolve("Notes.java"), latin1);

        live.engine().revert(1).join();
        live.step(1);

        assertEquals("one 1", live.lastOutput());
        assertFalse(Files.exists(dir.resolve("Notes.java")), "generation 1 had no Notes.java");
        Generation kept = live.engine().generation(3).orElseThrow();
        assertEquals(counter("three"), kept.sources().sources().get("Main.java"), "the unseen save is generation 3");
        assertArrayEquals(latin1, kept.raw().get("Notes.java"), "the file the compiler could not read is kept as bytes");
        assertEquals(1, live.engine().generation(4).orElseThrow().revertOf().getAsInt());

        live.close();
        try (LiveSketch again = LiveSketch.in(dir).start()) {
            assertArrayEquals(latin1, again.engine().generation(3).orElseThrow().raw().get("Notes.java"), "and it is on disk");
        }
    }

    @Test
    void aRevertWithNothingUnsavedAddsNoGeneration() {
        live = LiveSketch.in(dir).write("Main.java", counter("one")).start();
        live.save("Main.java", counter("two"));
        live.engine().revert(1).join();
        assertEquals(List.of(1, 2, 3), live.engine().history().stream().map(Generation::number).toList());
    }

    @Test
    void revertCanBringBackTheStateAsItWasWhenThatGenerationWasReplaced() {
        live = LiveSketch.in(dir).write("Ball.java", "class Ball { int x; }")
                .write("Main.java", sketch("List<Ball> balls = new ArrayList<>();\n"
                        + "public void step() { Ball b = new Ball(); b.x = balls.size(); balls.add(b); System.out.println(\"one \" + balls.size()); }"))
                .start();
        live.step(3);
        live.save("Main.java", sketch("List<Ball> balls = new ArrayList<>();\n"
                + "public void step() { balls.add(new Ball()); balls.add(new Ball()); System.out.println(\"two \" + balls.size()); }"));
        live.step(4);
        assertEquals("two 11", live.lastOutput());
        assertEquals(java.util.Set.of(1), live.engine().checkpointed(), "generation 1 was replaced; 2 is live");

        live.engine().revert(1, true).join();
        live.step(1);

        assertEquals("one 4", live.lastOutput(), "generation 1's code with generation 1's state");
        assertEquals(java.util.Set.of(1, 2), live.engine().checkpointed());
        assertTrue(live.last(EngineEvent.Reverted.class).stateRestored());
        live.engine().revert(2, true).join();
        live.step(1);
        assertEquals("two 13", live.lastOutput(), "the checkpoint of generation 2 was not changed by the first revert");
    }

    @Test
    void revertWithStateOfAGenerationWithoutCheckpointKeepsTheCurrentStateAndSaysSo() {
        live = LiveSketch.in(dir).write("Main.java", counter("one")).start();
        live.step(2);
        assertTrue(live.engine().checkpointed().isEmpty(), "the live generation has no checkpoint of its own");
        live.engine().revert(1, true).join();
        live.step(1);
        assertEquals("one 3", live.lastOutput());
        assertTrue(live.last(EngineEvent.Notice.class).message().contains("no longer kept"));
        assertFalse(live.last(EngineEvent.Reverted.class).stateRestored());
    }

    @Test
    void aRunOfNumberScrubsBecomesASingleHistoryEntry() {
        live = LiveSketch.in(dir).write("Main.java", counter("one")).start();
        live.engine().startScrub();
        for (int size = 10; size <= 15; size++) {
            live.save("Main.java", counter("size" + size));
            live.step(1);
            assertEquals("size" + size + " " + (size - 9), live.lastOutput(), "every scrub goes live at once");
        }
        live.engine().finishScrub();
        live.save("Main.java", counter("after"));
        live.step(1);
        assertEquals(List.of(1, 2, 3), live.engine().history().stream().map(Generation::number).toList(),
                "the run is one entry under one number, and the numbers after it do not jump");
        assertTrue(live.engine().history().get(1).sources().sources().values().stream().anyMatch(s -> s.contains("size15")),
                "the run's entry holds its last value");
    }

    @Test
    void revertToAGenerationThatDidNotCompileSaysWhy() {
        live = LiveSketch.in(dir).write("Main.java", counter("one")).start();
        live.save("Main.java", "broken");
        assertTrue(live.engine().revert(2).join().isEmpty());
        assertTrue(live.last(EngineEvent.Notice.class).message().contains("did not compile"));
        assertTrue(live.engine().revert(42).join().isEmpty());
        assertTrue(live.last(EngineEvent.Notice.class).message().contains("no generation 42"));
    }

    @Test
    void purgeKeepsOnlyTheLiveGenerationAndItsLoadersBecomeCollectable() throws Exception {
        // Each generation leaves a weak reference to its own loader in a JDK-owned map the test can read.
        String register = "public void afterReload() { System.getProperties().put(\"relive.test.loader.\" + getClass()"
                + ".getClassLoader().getName(), new java.lang.ref.WeakReference<>(getClass().getClassLoader())); }";
        live = LiveSketch.in(dir).write("Main.java", sketch(register + " public void step() {}")).start();
        for (int i = 0; i < 5; i++) {
            live.save("Main.java", sketch("int v = " + i + "; " + register + " public void step() {}"));
        }
        assertEquals(List.of(6), live.engine().purge().join());
        live.step(0); // the runtime thread drops the state checkpoints
        assertEquals(List.of(6), live.engine().history().stream().map(Generation::number).toList());
        WeakReference<?> purged = (WeakReference<?>) System.getProperties().get("relive.test.loader.relive-generation-3");
        WeakReference<?> live6 = (WeakReference<?>) System.getProperties().get("relive.test.loader.relive-generation-6");
        for (int i = 0; i < 50 && purged.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(purged.get(), "a purged generation's class loader is collectable");
        assertTrue(live6.get() != null, "the live generation's loader stays");
    }
}
