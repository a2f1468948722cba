package dev.relive.migrate;

import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A field renamed by a refactoring keeps its running value when the engine is told the rename before the save, on the
 * entry instance and on every object of a sketch class; without being told, it starts over, as a name match demands.
 */
class FieldRenameTest extends LiveSketchTest {

    private static final String BALL = "class Ball { double y; void fall() { y += 1.5; } }\n";

    private static String main(String frame) {
        return sketch("long " + frame + "; List<Ball> balls = new ArrayList<>(List.of(new Ball(), new Ball()));\n"
                + "public void step() { " + frame + "++; balls.forEach(Ball::fall); "
                + "System.out.println(\"" + frame + "=\" + " + frame + " + \" y=\" + balls.get(1).y); }");
    }

    @Test
    void renamedFieldKeepsItsValueWhenTheEngineIsToldTheRename() {
        live = LiveSketch.in(dir).write("Main.java", main("frame")).write("Ball.java", BALL).start();
        live.step(5);
        assertEquals("frame=5 y=7.5", live.lastOutputSinceSave());
        live.engine().renameFields(FieldRenames.of(Set.of(new FieldRenames.Rename("Main", "frame", "tick"))));
        live.save("Main.java", main("tick"));
        live.step(1);
        assertEquals("tick=6 y=9.0", live.lastOutputSinceSave());
        MigrationReport report = live.assertSwappedCleanly();
        assertTrue(report.kept().contains("Main.tick"), report.toString());
        assertFalse(report.dropped().contains("Main.frame"), report.toString());
    }

    @Test
    void renamedFieldOfASketchClassKeepsItsValueInEveryObject() {
        live = LiveSketch.in(dir).write("Main.java", main("frame")).write("Ball.java", BALL).start();
        live.step(2);
        live.engine().renameFields(FieldRenames.of(Set.of(new FieldRenames.Rename("Ball", "y", "height"))));
        live.write("Ball.java", BALL.replace("y", "height"));
        live.save("Main.java", main("frame").replace(".y", ".height"));
        live.step(1);
        assertEquals("frame=3 y=4.5", live.lastOutputSinceSave());
        live.assertSwappedCleanly();
    }

    @Test
    void aRenameTheEngineWasNotToldStartsTheFieldOver() {
        live = LiveSketch.in(dir).write("Main.java", main("frame")).write("Ball.java", BALL).start();
        live.step(5);
        live.save("Main.java", main("tick"));
        live.step(1);
        assertEquals("tick=1 y=9.0", live.lastOutputSinceSave());
        MigrationReport report = live.assertSwappedCleanly();
        assertTrue(report.dropped().contains("Main.frame") && report.added().contains("Main.tick"), report.toString());
    }

    @Test
    void renamesGoOnlyWithTheNextGeneration() {
        live = LiveSketch.in(dir).write("Main.java", main("frame")).write("Ball.java", BALL).start();
        live.step(3);
        live.engine().renameFields(FieldRenames.of(Set.of(new FieldRenames.Rename("Main", "frame", "tick"))));
        live.save("Main.java", main("tick"));
        live.step(1);
        live.save("Main.java", main("frame"));
        live.step(1);
        assertEquals("frame=1 y=7.5", live.lastOutputSinceSave(), "the rename back was not announced, so frame starts over");
    }
}
