package dev.relive.engine;

import dev.relive.event.EngineEvent;
import dev.relive.history.Generation;
import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

import java.util.List;

import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sketches use the language of the JDK that runs them: each test compiles, runs, saves an edit that the new language
 * features carry, and reads only what the new code printed after a clean swap with its state kept. Each feature is
 * tested on the JDKs where it is final: records and sealed types from 17, pattern {@code switch} and record patterns
 * from 21, unnamed variables and patterns ({@code _}) from 22.
 */
class LanguageFeaturesTest extends LiveSketchTest {

    private static final String SHAPES = """
            sealed interface Shape permits Circle, Square, Line {}
            record Circle(double r) implements Shape {}
            record Square(double side) implements Shape {}
            record Line(Point from, Point to) implements Shape {}
            record Point(int x, int y) {}
            """;

    @Test
    void recordsSealedTypesAndInstanceofPatternsSwapCleanly() {
        String describe = """
                static String describe(Shape s) {
                    if (s instanceof Circle c) {
                        return "circle " + (int) c.r();
                    }
                    return s instanceof Square q ? "square " + (int) q.side() : "line";
                }
                """;
        live = LiveSketch.in(dir).write("Shape.java", SHAPES)
                .write("Main.java", sketch(shapesSketch(describe)))
                .start();
        live.step(2);
        assertEquals("2: circle 1, square 2, line", live.lastOutput());

        String edited = describe.replace("\"circle \" + (int) c.r()", "\"round \" + (int) (c.r() * 10)");
        List<String> after = saveCleanlyAndStep(sketch(shapesSketch(edited)), 1);
        assertEquals(List.of("3: round 10, square 2, line"), after);
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void patternSwitchWithRecordPatternsAndGuardsSwapsCleanly() {
        String describe = """
                static String describe(Shape s) {
                    return switch (s) {
                        case Line(Point(var x1, var y1), Point(var x2, var y2)) when x1 == x2 -> "vertical " + (y2 - y1);
                        case Line(Point a, Point b) -> "line " + a.x() + ">" + b.x();
                        case Circle(double r) -> "circle " + (int) r;
                        case Square(double side) -> "square " + (int) side;
                    };
                }
                """;
        live = LiveSketch.in(dir).write("Shape.java", SHAPES)
                .write("Main.java", sketch(shapesSketch(describe)))
                .start();
        live.step(1);
        assertEquals("1: circle 1, square 2, line 0>3", live.lastOutput());

        String edited = describe.replace("when x1 == x2", "when y1 == y2")
                .replace("\"vertical \" + (y2 - y1)", "\"flat \" + (x2 - x1)");
        List<String> after = saveCleanlyAndStep(sketch(shapesSketch(edited)), 1);
        assertEquals(List.of("2: circle 1, square 2, flat 3"), after);
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_22)
    void unnamedVariablesAndPatternsSwapCleanly() {
        String describe = """
                static String describe(Shape s) {
                    return switch (s) {
                        case Circle _ -> "circle";
                        case Square _, Line _ -> "corners";
                    };
                }
                """;
        live = LiveSketch.in(dir).write("Shape.java", SHAPES)
                .write("Main.java", sketch(shapesSketch(describe)))
                .start();
        live.step(1);
        assertEquals("1: circle, corners, corners", live.lastOutput());

        String edited = """
                static String describe(Shape s) {
                    int count = 0;
                    for (var _ : List.of(1, 2)) {
                        count++;
                    }
                    return switch (s) {
                        case Line(Point(var x, _), _) -> "line from x " + x + " of " + count;
                        case Circle _, Square _ -> "solid";
                    };
                }
                """;
        List<String> after = saveCleanlyAndStep(sketch(shapesSketch(edited)), 1);
        assertEquals(List.of("2: solid, solid, line from x 0 of 2"), after);
    }

    /** A sketch whose state (a step count and a list of shapes) must survive swaps; prints each shape described. */
    private static String shapesSketch(String describe) {
        return """
                int n;
                List<Shape> shapes = List.of(new Circle(1), new Square(2), new Line(new Point(0, 0), new Point(3, 0)));
                public void step() {
                    n++;
                    StringJoiner line = new StringJoiner(", ", n + ": ", "");
                    for (Shape s : shapes) {
                        line.add(describe(s));
                    }
                    System.out.println(line);
                }
                """ + describe;
    }

    /**
     * Saves {@code text} as {@code Main.java}, asserts that the new generation went live cleanly (no compile error,
     * rejection, revert, error, or reset of the step count) and returns what it printed in {@code steps} steps.
     */
    private List<String> saveCleanlyAndStep(String text, int steps) {
        live.clearEvents();
        Generation generation = live.save("Main.java", text).orElseThrow(() -> new AssertionError("no new generation"));
        EngineEvent.Compiled compiled = live.last(EngineEvent.Compiled.class);
        assertTrue(compiled.ok(), compiled.diagnostics().toString());
        EngineEvent.Applied applied = live.last(EngineEvent.Applied.class);
        assertEquals(generation.number(), applied.generation());
        assertTrue(applied.state().kept().contains("Main.n"), applied.state().toString());
        assertTrue(applied.state().reset().isEmpty(), applied.state().toString());
        live.clearEvents();
        live.step(steps);
        assertEquals(List.of(), live.events(EngineEvent.Rejected.class));
        assertEquals(List.of(), live.events(EngineEvent.Reverted.class));
        assertEquals(List.of(), live.events(EngineEvent.Error.class));
        assertEquals(generation.number(), live.engine().liveNumber());
        return live.output();
    }
}
