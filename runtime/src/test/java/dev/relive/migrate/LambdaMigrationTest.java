package dev.relive.migrate;

import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import org.junit.jupiter.api.Test;

import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lambdas and method references held in state are re-created against the new code, or reset and named. */
class LambdaMigrationTest extends LiveSketchTest {

    private static final String CELL = "class Cell { int v; Cell(int v) { this.v = v; } String label() { return \"%s\" + v; } }";

    @Test
    void aMethodReferenceRunsTheNewMethod() {
        String state = "java.util.function.Function<Cell, String> label; Cell cell = new Cell(3);\n"
                + "public void setup() { label = Cell::label; }\n";
        live = LiveSketch.in(dir).write("Cell.java", CELL.formatted("old"))
                .write("Main.java", sketch(state + "public void step() { }"))
                .start();
        live.step(1);
        live.save("Cell.java", CELL.formatted("new"));
        live.step(0);
        live.save("Main.java", sketch(state + "public void step() { System.out.println(label.apply(cell)); }"));
        live.step(1);
        assertEquals("new3", live.lastOutputSinceSave());
        MigrationReport report = live.assertSwappedCleanly();
        assertTrue(report.notes().contains("Cell.label: lambda re-created against the new code"), report.toString());
    }

    @Test
    void aLambdaRunsItsEditedBodyAndKeepsWhatItCaptured() {
        live = LiveSketch.in(dir).write("Cell.java", CELL.formatted("c"))
                .write("Main.java", sketch("""
                        java.util.function.IntSupplier next;
                        public void setup() { Cell counter = new Cell(10); next = () -> ++counter.v; }
                        public void step() { System.out.println("v1 " + next.getAsInt()); }"""))
                .start();
        live.step(2);
        live.save("Main.java", sketch("""
                java.util.function.IntSupplier next;
                public void setup() { Cell counter = new Cell(10); next = () -> counter.v += 100; }
                public void step() { System.out.println("v2 " + next.getAsInt()); }"""));
        live.step(1);
        assertEquals("v2 112", live.lastOutputSinceSave());
        live.assertSwappedCleanly();
    }

    @Test
    void aLambdaWhoseEnclosingMethodGainedALambdaIsResetToItsInitializerAndNamed() {
        live = LiveSketch.in(dir).write("Main.java", sketch("""
                java.util.function.IntUnaryOperator f = x -> x + 1; int n;
                public void step() { n = f.applyAsInt(n); }"""))
                .start();
        live.step(2);
        live.save("Main.java", sketch("""
                java.util.function.IntUnaryOperator g = x -> x * 2;
                java.util.function.IntUnaryOperator f = x -> x + 1; int n;
                public void step() { n = g.applyAsInt(f.applyAsInt(n)); System.out.println(n); }"""));
        live.step(1);
        assertEquals("6", live.lastOutputSinceSave());
        MigrationReport report = live.assertSwappedCleanly("Main.f");
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("Main.f: the lambdas in new() changed in number")),
                report.toString());
    }
}
