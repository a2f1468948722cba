package dev.relive.engine;

import dev.relive.event.EngineEvent;
import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sketch output reaches listeners without {@code System.out}'s or {@code System.err}'s lock held, so a listener
 * that prints or blocks never stalls a sketch thread that writes; and it keeps its place among the other events.
 */
class OutputDeliveryTest extends LiveSketchTest {

    private final List<String> lockedDeliveries = new CopyOnWriteArrayList<>();

    private void watchLocks() {
        live.engine().addListener(event -> {
            if (event instanceof EngineEvent.Output o && (Thread.holdsLock(System.out) || Thread.holdsLock(System.err))) {
                lockedDeliveries.add(o.text());
            }
        });
    }

    @Test
    void stepOutputIsDeliveredWithoutHoldingTheStreamsLocks() {
        live = LiveSketch.in(dir).write("Main.java", sketch("int n; public void step() { System.out.println(\"out \" + ++n); System.err.println(\"err \" + n); }")).start();
        watchLocks();
        live.step(3);
        assertEquals(List.of("out 1", "err 1", "out 2", "err 2", "out 3", "err 3"), live.output());
        assertEquals(List.of(), lockedDeliveries);
    }

    @Test
    void outputOfASketchThreadIsDeliveredWithoutHoldingTheLock() {
        live = LiveSketch.in(dir).write("Main.java", """
                public class Main {
                    public static void main(String[] args) {
                        System.out.println("from main");
                    }
                }
                """).start();
        watchLocks();
        live.save("Main.java", """
                public class Main {
                    public static void main(String[] args) {
                        System.out.println("from main, again");
                    }
                }
                """);
        live.awaitOutput("from main, again");
        assertEquals(List.of(), lockedDeliveries);
    }

    @Test
    void aStepsOutputComesBeforeTheErrorItThenThrew() {
        live = LiveSketch.in(dir).write("Main.java", sketch("public void step() { System.out.println(\"about to fail\"); throw new IllegalStateException(\"failed\"); }")).start();
        live.clearEvents().step(1);
        List<String> names = live.events().stream().map(EngineEvent::name).toList();
        assertEquals(List.of("output", "error"), names);
        assertTrue(live.lastOutput().equals("about to fail"));
        assertFalse(live.last(EngineEvent.Error.class).error().message().isEmpty());
    }
}
