package dev.relive.engine;

import dev.relive.event.RevertReason;
import dev.relive.failure.Phase;
import dev.relive.event.EngineEvent;
import dev.relive.history.GenerationStatus;
import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import org.junit.jupiter.api.Test;

import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rejected swap has no effect on what runs: the old instance's {@code beforeReload} and stopping the old script
 * happen only once nothing can reject the new code any more; {@code afterReload} runs after the old code let go.
 */
class SwapOrderTest extends LiveSketchTest {

    private static final String BALLS = sketch("""
            static class Key { }
            int n; Map<Key, Integer> seen = new HashMap<>();
            public void step() { n++; seen.put(new Key(), n); System.out.println("good " + n); }
            public void beforeReload() { System.out.println("before reload of 1"); }""");

    /** Version 2: the keys' new hashCode throws, and it is first called when migration rebuilds the map. */
    private static final String MIGRATION_THROWS = sketch("""
            static class Key { public int hashCode() { throw new IllegalStateException("no hashing"); } }
            int n; Map<Key, Integer> seen = new HashMap<>();
            public void step() { n++; }""");

    @Test
    void aSwapRejectedInMigrationNeverRanBeforeReloadOnTheLiveInstance() {
        live = LiveSketch.in(dir).write("Main.java", BALLS).start();
        live.step(3);
        live.save("Main.java", MIGRATION_THROWS);
        EngineEvent.Rejected rejected = live.last(EngineEvent.Rejected.class);
        assertEquals(Phase.MIGRATE, rejected.phase(), rejected.toString());
        assertEquals(GenerationStatus.REJECTED, live.engine().generation(2).orElseThrow().status());
        assertFalse(live.output().contains("before reload of 1"), "beforeReload ran for a swap that was rejected");
        live.clearEvents().step(1);
        assertEquals(java.util.List.of("good 4"), live.output(), "the old instance goes on exactly where it was");
    }

    @Test
    void aSwapThatGoesLiveRunsBeforeReloadOnTheOldThenAfterReloadOnTheNew() {
        live = LiveSketch.in(dir).write("Main.java", BALLS).start();
        live.step(1).clearEvents();
        live.save("Main.java", BALLS.replace("before reload of 1", "before reload of 2")
                .replace("public void step()", "public void afterReload() { System.out.println(\"after reload of 2\"); } public void step()"));
        assertEquals(0, live.events(EngineEvent.Rejected.class).size(), live.events().toString());
        assertEquals(java.util.List.of("before reload of 1", "after reload of 2"), live.output());
    }

    @Test
    void afterReloadThatThrowsIsAFaultOfTheNewCodeAndProbationRevertsWithStateKept() {
        live = LiveSketch.in(dir).write("Main.java", BALLS).start();
        live.step(3);
        live.save("Main.java", BALLS.replace("public void step()",
                "public void afterReload() { throw new IllegalStateException(\"after\"); } public void step()"));
        EngineEvent.Error error = live.last(EngineEvent.Error.class);
        assertEquals(Phase.HOOK, error.error().phase());
        assertEquals(2, error.generation());
        EngineEvent.Reverted reverted = live.last(EngineEvent.Reverted.class);
        assertEquals(1, reverted.to());
        assertEquals(RevertReason.FAULT, reverted.reason());
        assertEquals(GenerationStatus.FAULTED, live.engine().generation(2).orElseThrow().status());
        live.clearEvents().step(1);
        assertEquals(java.util.List.of("good 4"), live.output(), "the state survives the revert");
    }

    @Test
    void aRejectedSwapNeverStopsTheRunningScript() {
        live = LiveSketch.in(dir).write("Main.java", """
                public class Main {
                    public static void main(String[] args) {
                        for (int i = 0; ; i++) {
                            System.out.println("tick " + i);
                            try {
                                Thread.sleep(5);
                            } catch (InterruptedException e) {
                                System.out.println("interrupted");
                                return;
                            }
                        }
                    }
                }
                """).start();
        live.await(EngineEvent.Output.class, o -> o.text().equals("tick 1"));
        live.save("Main.java", """
                public class Main {
                    @dev.relive.api.Check static boolean holds() { return false; }
                    public static void main(String[] args) { System.out.println("new main"); }
                }
                """);
        assertEquals(Phase.CHECK, live.last(EngineEvent.Rejected.class).phase());
        int seen = live.output().size();
        live.await(EngineEvent.Output.class, o -> o.text().startsWith("tick ") && live.output().indexOf(o.text()) > seen);
        assertFalse(live.output().contains("interrupted"), "the running main was interrupted by a rejected swap");
        assertTrue(live.output().stream().noneMatch("new main"::equals));
    }
}
