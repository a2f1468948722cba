package dev.relive.engine;

import dev.relive.event.RevertReason;
import dev.relive.event.EngineEvent;
import dev.relive.history.GenerationStatus;
import dev.relive.event.RunStatus;
import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import org.junit.jupiter.api.Test;


import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** New code that faults within a second of going live is reverted automatically, once. */
class ProbationTest extends LiveSketchTest {

    private static final String GOOD = sketch("int n; public void step() { n++; System.out.println(\"good \" + n); }");
    private static final String FAULTY = sketch("int n;\npublic void step() {\n n++;\n if (n > 5) throw new IllegalStateException(\"bad \" + n);\n}");


    @Test
    void faultDuringProbationRevertsToThePreviousGoodGenerationWithStateMigratedBack() {
        live = LiveSketch.in(dir).write("Main.java", GOOD).start();
        live.step(4).advance(5000);
        live.save("Main.java", FAULTY);
        live.step(2); // n: 5, then 6 throws
        EngineEvent.Reverted reverted = live.last(EngineEvent.Reverted.class);
        assertEquals(RevertReason.FAULT, reverted.reason());
        assertEquals(2, reverted.generation());
        assertEquals(1, reverted.to());
        assertEquals(GenerationStatus.FAULTED, live.engine().generation(2).orElseThrow().status());
        live.step(1);
        assertEquals("good 7", live.lastOutput());
        assertEquals(FAULTY, live.read("Main.java"), "the user's files are not touched");
        assertEquals(8, live.last(EngineEvent.Error.class).error().sketchFrame().orElseThrow().line());
    }

    @Test
    void faultAfterProbationIsReportedButNotReverted() {
        live = LiveSketch.in(dir).write("Main.java", GOOD).start();
        live.save("Main.java", sketch("int n; public void step() { n++; if (n > 3) throw new IllegalStateException(); }"));
        live.step(2).advance(1500).step(3);
        assertTrue(live.events(EngineEvent.Reverted.class).isEmpty());
        assertEquals(2, live.engine().liveNumber());
    }

    @Test
    void restoredGenerationThatFaultsTooPausesInsteadOfRevertingAgain() {
        live = LiveSketch.in(dir).write("Main.java", sketch("int n; public void step() { n++; if (n > 8) throw new IllegalStateException(\"old\"); }")).start();
        live.step(2);
        live.save("Main.java", sketch("int n; public void step() { n++; if (n > 4) throw new IllegalStateException(\"new\"); }"));
        live.step(3); // faults at n=5, reverts to generation 1
        assertEquals(1, live.engine().liveNumber());
        live.step(5); // generation 1 faults at n=9 inside its own probation
        assertEquals(RunStatus.PAUSED, live.engine().status());
        assertEquals(1, live.events(EngineEvent.Reverted.class).size());
        assertTrue(live.last(EngineEvent.State.class).reason().contains("faults too"));
    }

    @Test
    void autoRevertCanBeTurnedOff() {
        live = LiveSketch.in(dir).write("Main.java", GOOD).start();
        live.engine().setAutoRevert(false);
        live.save("Main.java", FAULTY);
        live.step(8);
        assertTrue(live.events(EngineEvent.Reverted.class).isEmpty());
        assertEquals(2, live.engine().liveNumber());
    }
}
