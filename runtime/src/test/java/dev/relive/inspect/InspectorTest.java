package dev.relive.inspect;

import dev.relive.event.EngineEvent;
import dev.relive.event.NoticeLevel;
import dev.relive.testing.LiveSketch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inspecting and setting the state of a real sketch, compiled and run by the real engine, stepped by the test. */
class InspectorTest {

    @TempDir
    Path dir;

    private static final String BALLS = sketch("""
            static int frame;
            double speed = 2.5;
            String title = "balls";
            Mode mode = Mode.SLOW;
            Ball[] balls = { new Ball(1), new Ball(2), new Ball(3) };
            List<Ball> list = new ArrayList<>(List.of(balls[0]));
            Map<String, Integer> scores = new LinkedHashMap<>(Map.of("bob", 7));
            int[] big = new int[250];
            Node ring = Node.ring();
            public void step() { frame++; for (Ball b : balls) b.y += speed; System.out.println("speed " + speed + " mode " + mode); }
            """) + """
            enum Mode { SLOW, FAST }
            class Ball { double y; Ball(double y) { this.y = y; } }
            class Node { Node next; int id; static Node ring() { Node a = new Node(); Node b = new Node(); a.next = b; b.next = a; b.id = 1; return a; } }
            """;

    private static StateNode run(LiveSketch s, CompletableFuture<StateNode> tree) {
        s.step(0); // the test is the runtime thread: the request runs at this step boundary
        return tree.join();
    }

    @Test
    void nestedObjectsArraysMapsAndStaticsAreRowsWithNameTypeAndValue() {
        try (LiveSketch s = LiveSketch.in(dir).write("Main.java", BALLS).start()) {
            s.step(2);
            StateNode root = run(s, s.engine().inspect("", 3, 0));
            assertEquals(NodeKind.SKETCH, root.kind());
            StateNode speed = root.child("speed").orElseThrow();
            assertEquals("double", speed.type());
            assertEquals("2.5", speed.value());
            assertTrue(speed.editable());
            assertEquals("\"balls\"", root.child("title").orElseThrow().value());
            assertEquals("SLOW", root.child("mode").orElseThrow().value());
            assertEquals(NodeKind.ENUM, root.child("mode").orElseThrow().kind());
            StateNode statics = root.child("Main").orElseThrow();
            assertEquals(NodeKind.CLASS, statics.kind());
            assertEquals("2", statics.child("frame").orElseThrow().value());

            StateNode balls = root.child("balls").orElseThrow();
            assertEquals(NodeKind.ARRAY, balls.kind());
            assertEquals(3, balls.size());
            StateNode y = balls.child("[1]").orElseThrow().child("y").orElseThrow();
            assertEquals("balls[1].y", y.path());
            assertEquals("7.0", y.value()); // 2 + two steps of 2.5

            StateNode scores = root.child("scores").orElseThrow();
            assertEquals(NodeKind.MAP, scores.kind());
            assertEquals("7", scores.child("[bob]").orElseThrow().value());
            assertEquals("7", run(s, s.engine().inspect("scores[bob]", 0, 0)).value());

            // The list's element is the ball already shown as balls[0]: a reference to that row, not a second copy.
            StateNode listed = root.child("list").orElseThrow().child("[0]").orElseThrow();
            assertEquals("balls[0]", listed.ref());
            assertNull(listed.children());
        }
    }

    @Test
    void aCycleIsAReferenceToTheRowAlreadyShownAndContainersArePaged() {
        try (LiveSketch s = LiveSketch.in(dir).write("Main.java", BALLS).start()) {
            StateNode ring = run(s, s.engine().inspect("ring", Inspector.MAX_DEPTH, 0));
            StateNode next = ring.child("next").orElseThrow();
            assertEquals("1", next.child("id").orElseThrow().value());
            StateNode back = next.child("next").orElseThrow();
            assertEquals("ring", back.ref(), "the cycle back to the first node refers to its row");
            assertNull(back.children());

            StateNode first = run(s, s.engine().inspect("big", 1, 0));
            assertEquals(250, first.size());
            assertEquals(Inspector.PAGE, first.children().size());
            StateNode last = run(s, s.engine().inspect("big", 1, 200));
            assertEquals(50, last.children().size());
            assertEquals("[200]", last.children().get(0).name());
        }
    }

    @Test
    void aPathThatNamesNothingIsRefusedWithAMessage() {
        try (LiveSketch s = LiveSketch.in(dir).write("Main.java", BALLS).start()) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> {
                CompletableFuture<StateNode> f = s.engine().inspect("balls[7].y", 1, 0);
                s.step(0);
                f.get();
            });
            assertTrue(e.getCause().getMessage().contains("balls has 3 element(s); [7] is out of range"), e.getCause().getMessage());
        }
    }

    @Test
    void aSetIsAppliedAtTheNextStepBoundaryAndRecorded() {
        try (LiveSketch s = LiveSketch.in(dir).write("Main.java", BALLS).start()) {
            s.step(1);
            assertEquals("speed 2.5 mode SLOW", s.lastOutput());
            CompletableFuture<Assignment> set = s.engine().set("speed", "5");
            CompletableFuture<Assignment> mode = s.engine().set("mode", "FAST");
            assertFalse(set.isDone(), "nothing is set before the runtime thread reaches a step boundary");
            s.clearEvents().step(1);
            assertEquals("Main.speed: 2.5 → 5.0", set.join().describe());
            assertEquals("Main.mode: SLOW → FAST", mode.join().describe());
            assertEquals("speed 5.0 mode FAST", s.lastOutput(), "the step after the boundary sees the new values");
            s.await(EngineEvent.Notice.class, n -> n.message().equals("Main.speed: 2.5 → 5.0"));

            s.engine().set("Main.frame", "100");
            s.engine().set("balls[0].y", "-1");
            s.step(0);
            s.await(EngineEvent.Notice.class, n -> n.message().equals("Main.frame: 2 → 100"));
            s.await(EngineEvent.Notice.class, n -> n.message().equals("Main.balls[0].y: 8.5 → -1.0"));
            assertEquals("-1.0", run(s, s.engine().inspect("balls[0].y", 0, 0)).value());
        }
    }

    @Test
    void aBadValueIsRefusedWithAClearMessageAndChangesNothing() {
        try (LiveSketch s = LiveSketch.in(dir).write("Main.java", BALLS).start()) {
            CompletableFuture<Assignment> set = s.engine().set("speed", "fast");
            CompletableFuture<Assignment> mode = s.engine().set("mode", "MEDIUM");
            CompletableFuture<Assignment> object = s.engine().set("balls", "3");
            s.step(1);
            assertTrue(set.isCompletedExceptionally());
            s.await(EngineEvent.Notice.class, n -> n.level() == NoticeLevel.ERROR
                    && n.message().equals("cannot set Main.speed: 'fast' is not a double"));
            s.await(EngineEvent.Notice.class, n -> n.message().equals("cannot set Main.mode: 'MEDIUM' is not one of [SLOW, FAST]"));
            assertTrue(object.isCompletedExceptionally());
            assertEquals("speed 2.5 mode SLOW", s.lastOutput());
        }
    }

    @Test
    void inspectionPathsSurviveASwap() {
        try (LiveSketch s = LiveSketch.in(dir).write("Main.java", BALLS).start()) {
            s.step(2);
            assertEquals("7.0", run(s, s.engine().inspect("balls[1].y", 0, 0)).value());
            s.clearEvents();
            String v2 = BALLS.replace("b.y += speed;", "b.y += speed * 2;").replace("double y;", "double y; double vy;");
            assertTrue(s.save("Main.java", v2).isPresent());
            EngineEvent.Applied applied = s.last(EngineEvent.Applied.class);
            assertEquals(2, applied.generation());
            assertTrue(applied.state().reset().isEmpty(), applied.state().toString()); // arrays of sketch objects migrate too
            assertTrue(s.events(EngineEvent.Error.class).isEmpty(), s.events().toString());
            assertTrue(s.events(EngineEvent.Reverted.class).isEmpty(), s.events().toString());
            s.step(1);
            StateNode ball = run(s, s.engine().inspect("balls[1]", 1, 0));
            assertEquals("12.0", ball.child("y").orElseThrow().value(), "the same path, read on the migrated objects");
            assertEquals("0.0", ball.child("vy").orElseThrow().value(), "the new field is shown");
            assertTrue(ball.value().startsWith("Ball@"));
        }
    }

    @Test
    void stepRunsExactlyOneFrameWhilePaused() {
        try (LiveSketch s = LiveSketch.in(dir).write("Main.java", BALLS).start()) {
            s.step(3);
            s.engine().pause();
            s.step(5);
            long before = s.engine().steps();
            assertEquals("3", run(s, s.engine().inspect("Main.frame", 0, 0)).value());
            CompletableFuture<Boolean> one = s.engine().stepOne();
            s.step(0);
            assertTrue(one.join());
            assertEquals(before + 1, s.engine().steps());
            assertEquals("4", run(s, s.engine().inspect("Main.frame", 0, 0)).value());

            s.engine().resume();
            s.step(0);
            CompletableFuture<Boolean> running = s.engine().stepOne();
            s.step(0);
            assertFalse(running.join(), "step is for a paused sketch");
            s.await(EngineEvent.Notice.class, n -> n.message().contains("while paused"));
        }
    }
}
