package dev.relive.guard;

import dev.relive.event.RunStatus;
import dev.relive.event.EngineEvent;
import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sketch that keeps filling the heap is stopped and paused before memory runs out; checkpoints are released
 * first, and a version that holds less runs again after resume.
 */
class MemoryGuardTest extends LiveSketchTest {

    /**
     * Holds 1/100 more of the heap each step, in arrays of 256 KB: small enough for any collector to place, so the
     * heap fills up evenly instead of failing early for want of one contiguous block.
     */
    private static final String HOARDER = "List<long[]> hoard = new ArrayList<>();\npublic void step() {"
            + " for (long i = 0; i < Runtime.getRuntime().maxMemory() / 100 / (32768 * 8); i++) hoard.add(new long[32768]);"
            + " System.gc(); }";

    @Test
    void aSketchThatFillsTheHeapIsStoppedAndPausedWithRoomToSpare() {
        live = LiveSketch.in(dir).write("Main.java", LiveSketch.sketch(HOARDER)).startThreaded();
        EngineEvent.State paused = live.await(EngineEvent.State.class, s -> s.status() == RunStatus.PAUSED, 60);
        assertTrue(paused.reason().contains("memory is nearly full"), paused.reason());
        assertEquals(0, live.events(EngineEvent.Error.class).stream()
                .filter(e -> e.error().exception().equals("java.lang.OutOfMemoryError")).count(), "it never ran out");
    }

    @Test
    void afterTheGuardPausesSavingCodeThatHoldsLessAndResumingRuns() {
        live = LiveSketch.in(dir).write("Main.java", LiveSketch.sketch(HOARDER)).startThreaded();
        live.await(EngineEvent.State.class, s -> s.status() == RunStatus.PAUSED, 60);
        live.clearEvents();
        live.write("Main.java", LiveSketch.sketch("int n;\npublic void step() { n++; long[] scratch = new long[32768];"
                + " scratch[0] = n; System.gc(); System.out.println(\"light \" + n); }"));
        live.engine().reload().join();
        live.await(EngineEvent.Applied.class, a -> a.generation() == 2, 60); // after any memory task queued before it
        live.engine().resume();
        // 30 steps of a full collection each: generous on a loaded machine, where each one can take a second.
        live.await(EngineEvent.Output.class, o -> o.text().contains("light 30"), 180);
        EngineEvent.Notice released = live.await(EngineEvent.Notice.class, n -> n.message().contains("checkpoint"));
        assertTrue(released.message().matches(".*generation 1's checkpoint held [0-9.]+ [MG]B.*"), released.message());
        assertEquals(RunStatus.RUNNING, live.last(EngineEvent.State.class).status(), "the guard did not pause it again");
        assertEquals(0, live.events(EngineEvent.Error.class).stream()
                .filter(e -> e.error().exception().equals("java.lang.OutOfMemoryError")).count(), "it never ran out");
    }
}
