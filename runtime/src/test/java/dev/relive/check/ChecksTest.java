package dev.relive.check;

import dev.relive.failure.Phase;
import dev.relive.event.EngineEvent;
import dev.relive.testing.LiveSketch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** @Check methods run on every reload, in a throwaway instance, and can hold the swap. */
class ChecksTest {

    @TempDir
    Path dir;

    private static String withCheck(String speed) {
        return sketch("int n; double speed = " + speed + ";\npublic void step() { n++; System.out.println(\"speed \" + speed + \" n \" + n); }\n"
                + "@Check boolean speedIsPositive() { return speed > 0; }\n"
                + "@Check void stepCounts() {\n step();\n if (n != 1) throw new AssertionError(\"n was \" + n);\n}");
    }

    @Test
    void checksRunAfterEveryCompileInAThrowawayInstance() {
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", withCheck("2")).start()) {
            live.step(3);
            assertEquals("speed 2.0 n 3", live.lastOutput(), "the checks' own step() did not touch the live state");
            List<EngineEvent.Check> checks = live.events(EngineEvent.Check.class);
            assertEquals(List.of("Main.speedIsPositive", "Main.stepCounts"), checks.stream().map(EngineEvent.Check::check).toList());
            assertTrue(checks.stream().allMatch(EngineEvent.Check::passed));
        }
    }

    @Test
    void aFailingCheckHoldsTheSwapAndSaysWhereAndWhy() {
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", withCheck("2")).start()) {
            live.step(2);
            live.clearEvents();
            live.save("Main.java", withCheck("-1").replace("if (n != 1)", "if (n != 2)"));
            EngineEvent.Rejected rejected = live.last(EngineEvent.Rejected.class);
            assertEquals(Phase.CHECK, rejected.phase());
            assertTrue(rejected.reason().startsWith("2 check(s) failed"), rejected.reason());
            EngineEvent.Check failing = live.events(EngineEvent.Check.class).get(1);
            assertFalse(failing.passed());
            assertEquals("java.lang.AssertionError: n was 1", failing.message());
            assertEquals(List.of("Main.java", 10), List.of(failing.file(), failing.line()));
            live.step(1);
            assertEquals("speed 2.0 n 3", live.lastOutput(), "the old code keeps running");
        }
    }

    @Test
    void withHoldingOffAFailingCheckIsReportedButTheCodeGoesLive() {
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", withCheck("2")).start()) {
            live.engine().setHoldOnFailingChecks(false);
            live.save("Main.java", withCheck("-1"));
            live.step(1);
            assertEquals("speed -1.0 n 1", live.lastOutput());
            assertFalse(live.last(EngineEvent.Check.class).check().isEmpty());
        }
    }
}
