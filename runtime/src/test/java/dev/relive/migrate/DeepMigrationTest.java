package dev.relive.migrate;

import dev.relive.failure.Phase;
import dev.relive.event.EngineEvent;
import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import org.junit.jupiter.api.Test;


import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Objects of sketch classes anywhere in the state survive every edit (issue: deep state migration). */
class DeepMigrationTest extends LiveSketchTest {


    private static String ball(String extra) {
        return "public class Ball {\n double x, y;\n" + extra + "\n Ball(double x, double y) { this.x = x; this.y = y; }\n"
                + " void move() { x += 1; }\n public String toString() { return x + \"/\" + y" + (extra.isEmpty() ? "" : " + \"/\" + color") + "; }\n}\n";
    }

    @Test
    void listOfBallsKeepsPositionsWhenBallGainsAFieldWithAnInitializer() {
        live = LiveSketch.in(dir).write("Ball.java", ball(""))
                .write("Main.java", sketch("List<Ball> balls = new ArrayList<>(List.of(new Ball(0, 1), new Ball(10, 2)));\n"
                        + "public void step() { balls.forEach(Ball::move); System.out.println(balls); }"))
                .start();
        live.step(3);
        assertEquals("[3.0/1.0, 13.0/2.0]", live.lastOutputSinceSave());
        live.save("Ball.java", ball(" String color = \"red\";"));
        live.step(1);
        assertEquals("[4.0/1.0/red, 14.0/2.0/red]", live.lastOutputSinceSave());
        assertTrue(live.assertSwappedCleanly().added().contains("Ball.color"));
    }

    @Test
    void mapOfPlayersAndAliasingSurvive() {
        live = LiveSketch.in(dir)
                .write("Player.java", "class Player { String name; int score; Player(String n) { name = n; } }")
                .write("Main.java", sketch("Map<String, Player> players = new HashMap<>(); Player leader;\n"
                        + "public void setup() { players.put(\"ann\", new Player(\"ann\")); leader = players.get(\"ann\"); }\n"
                        + "public void step() { leader.score++; System.out.println(players.get(\"ann\").score + \" \" + (leader == players.get(\"ann\"))); }"))
                .start();
        live.step(2);
        live.save("Player.java", "class Player { String name; int score; int lives = 3; Player(String n) { name = n; } }");
        live.step(1);
        assertEquals("3 true", live.lastOutputSinceSave());
        live.assertSwappedCleanly();
    }

    @Test
    void twoDimensionalArrayOfCellsSurvives() {
        String cell = "class Cell { boolean alive; Cell(boolean a) { alive = a; } }";
        live = LiveSketch.in(dir).write("Cell.java", cell)
                .write("Main.java", sketch("Cell[][] grid = new Cell[2][2];\n"
                        + "public void setup() { for (Cell[] row : grid) for (int i = 0; i < row.length; i++) row[i] = new Cell(i == 1); grid[1][0].alive = true; }\n"
                        + "public void step() { StringBuilder s = new StringBuilder(); for (Cell[] row : grid) for (Cell c : row) s.append(c.alive ? '#' : '.'); System.out.println(s); }"))
                .start();
        live.step(1);
        live.save("Cell.java", "class Cell { boolean alive; int age = 1; Cell(boolean a) { alive = a; } }");
        live.step(1);
        assertEquals(".###", live.lastOutputSinceSave());
        live.assertSwappedCleanly();
    }

    @Test
    void theReportNamesResetAddedAndDroppedFieldsOfNestedObjects() {
        live = LiveSketch.in(dir).write("Cell.java", "class Cell { boolean alive; int age; long born; }")
                .write("Main.java", sketch("Cell[][] grid = { { new Cell() } };\npublic void step() { grid[0][0].age++; }"))
                .start();
        live.step(2);
        live.write("Cell.java", "class Cell { int alive; int age; String name = \"c\"; }");
        live.save("Main.java", sketch("Cell[][] grid = { { new Cell() } };\n"
                + "public void step() { Cell c = grid[0][0]; System.out.println(c.alive + \" \" + c.age + \" \" + c.name); }"));
        live.step(1);
        assertEquals("0 2 c", live.lastOutputSinceSave());
        MigrationReport state = live.assertSwappedCleanly("Cell.alive");
        assertEquals("reset Cell.alive; added Cell.name; dropped Cell.born", state.details());
        assertTrue(state.notes().contains("Cell.alive: type changed from Boolean to int"), state.toString());
    }

    @Test
    void anObjectOfAClassExtendingAJdkCollectionIsResetAndNamed() {
        live = LiveSketch.in(dir).write("Bag.java", "class Bag extends java.util.ArrayList<String> { int tag; }")
                .write("Main.java", sketch("Bag bag = new Bag(); public void setup() { bag.add(\"x\"); } public void step() { }"))
                .start();
        live.step(1);
        live.save("Main.java", sketch("Bag bag = new Bag(); public void step() { bag.add(\"y\"); System.out.println(bag); }"));
        live.step(1);
        assertEquals("[y]", live.lastOutputSinceSave());
        MigrationReport state = live.assertSwappedCleanly("Main.bag");
        assertTrue(state.notes().stream().anyMatch(n -> n.startsWith("Main.bag: Bag extends java.util.ArrayList")), state.toString());
    }

    @Test
    void aCycleIsMigratedWithIdentityKept() {
        live = LiveSketch.in(dir).write("Node.java", "class Node { Node next; int v; }")
                .write("Main.java", sketch("Node a = new Node(), b = new Node();\n"
                        + "public void setup() { a.next = b; b.next = a; a.v = 1; b.v = 2; }\n"
                        + "public void step() { System.out.println(a.next.next == a ? \"cycle \" + a.next.v : \"broken\"); }"))
                .start();
        live.save("Node.java", "class Node { Node next; int v; String label = \"n\"; }");
        live.step(1);
        assertEquals("cycle 2", live.lastOutputSinceSave());
        live.assertSwappedCleanly();
    }

    @Test
    void enumsAreMappedByConstantNameAndARemovedConstantTakesTheInitializer() {
        live = LiveSketch.in(dir).write("Mode.java", "enum Mode { CALM, WILD }")
                .write("Main.java", sketch("Mode mode = Mode.CALM; Mode other = Mode.CALM;\n"
                        + "public void setup() { mode = Mode.valueOf(\"WILD\"); other = mode; }\n"
                        + "public void step() { System.out.println(mode + \" \" + other); }"))
                .start();
        live.save("Mode.java", "enum Mode { CALM, WILD, FAST }");
        live.step(1);
        assertEquals("WILD WILD", live.lastOutputSinceSave());
        live.assertSwappedCleanly();
        live.save("Mode.java", "enum Mode { CALM, FAST }");
        live.step(1);
        assertEquals("CALM CALM", live.lastOutputSinceSave());
        MigrationReport state = live.assertSwappedCleanly("Main.mode", "Main.other");
        assertTrue(state.notes().stream().anyMatch(n -> n.startsWith("Main.mode: enum constant Mode.WILD was removed")), state.toString());
    }

    @Test
    void recordsAreRebuiltThroughTheirCanonicalConstructor() {
        live = LiveSketch.in(dir).write("Point.java", "record Point(int x, int y) {}")
                .write("Main.java", sketch("List<Point> path = new ArrayList<>();\n"
                        + "public void step() { path.add(new Point(path.size(), 7)); System.out.println(path); }"))
                .start();
        live.step(2);
        live.write("Point.java", "record Point(int x, int y, String tag) { Point { tag = tag == null ? \"?\" : tag; } }");
        live.save("Main.java", sketch("List<Point> path = new ArrayList<>();\n"
                + "public void step() { path.add(new Point(path.size(), 7, \"new\")); System.out.println(path); }"));
        live.step(1);
        assertEquals("[Point[x=0, y=7, tag=?], Point[x=1, y=7, tag=?], Point[x=2, y=7, tag=new]]", live.lastOutputSinceSave());
        assertTrue(live.assertSwappedCleanly().added().contains("Point.tag"));
    }

    @Test
    void aLambdaWithAnUneditedInitializerIsRecreatedAgainstTheNewCode() {
        live = LiveSketch.in(dir).write("Main.java", sketch(
                "java.util.function.IntUnaryOperator f = x -> x + 1; int n;\npublic void step() { n = f.applyAsInt(n); System.out.println(n); }"))
                .start();
        live.step(2);
        live.save("Main.java", sketch(
                "java.util.function.IntUnaryOperator f = x -> x + 1; int n;\npublic void step() { n = f.applyAsInt(n) * 10; System.out.println(n); }"));
        live.step(1);
        assertEquals("30", live.lastOutputSinceSave());
        MigrationReport state = live.assertSwappedCleanly();
        assertTrue(state.kept().contains("Main.f"), state.toString());
        assertTrue(state.notes().stream().anyMatch(n -> n.contains("lambda re-created")), state.toString());
    }

    @Test
    void aDeletedClassStillReferencedInStateIsResetAndNamed() {
        live = LiveSketch.in(dir).write("Old.java", "class Old {}")
                .write("Main.java", sketch("Object thing = new Old(); int n;\npublic void step() { n++; System.out.println(thing.getClass().getSimpleName() + n); }"))
                .start();
        live.step(1);
        live.delete("Old.java");
        live.save("Main.java", sketch("Object thing = \"fresh\"; int n;\npublic void step() { n++; System.out.println(thing + \" \" + n); }"));
        live.step(1);
        assertEquals("fresh 2", live.lastOutputSinceSave());
        live.assertSwappedCleanly("Main.thing");
    }

    @Test
    void aFailedAfterReloadRevertsToTheOldStateExactlyAsItWas() {
        live = LiveSketch.in(dir).write("Ball.java", ball(""))
                .write("Main.java", sketch("List<Ball> balls = new ArrayList<>(List.of(new Ball(0, 0)));\n"
                        + "public void step() { balls.forEach(Ball::move); System.out.println(balls); }"))
                .start();
        live.step(2);
        live.write("Ball.java", ball(" String color = \"red\";"));
        live.save("Main.java", sketch("List<Ball> balls = new ArrayList<>(List.of(new Ball(0, 0)));\n"
                + "public void step() {} public void afterReload() { balls.clear(); balls = null; throw new IllegalStateException(\"no\"); }"));
        assertEquals(Phase.HOOK, live.last(EngineEvent.Error.class).error().phase());
        assertTrue(live.last(EngineEvent.Reverted.class).stateRestored(), "the state comes from the replaced instance");
        live.step(1);
        assertEquals("[3.0/0.0]", live.lastOutputSinceSave());
    }

    @Test
    void nonStaticInnerClassesAndClassesInPackagesMigrate() {
        live = LiveSketch.in(dir)
                .write("shapes/Square.java", "package shapes; public class Square { public int side = 2; }")
                .write("Main.java", sketch("class Counter { int c; void inc() { c++; total++; } } int total; Counter counter = new Counter();\n"
                        + "shapes.Square sq = new shapes.Square();\n"
                        + "public void step() { counter.inc(); sq.side++; System.out.println(counter.c + \" \" + total + \" \" + sq.side); }"))
                .start();
        live.step(2);
        live.save("shapes/Square.java", "package shapes; public class Square { public int side = 2; public int corners = 4; }");
        live.step(1);
        assertEquals("3 3 5", live.lastOutputSinceSave());
        live.assertSwappedCleanly();
    }

    @Test
    void editedInitializerOfANestedObjectFieldTakesTheNewValue() {
        live = LiveSketch.in(dir).write("Ball.java", "class Ball { double x; double r = 5; Ball(double x) { this.x = x; } }")
                .write("Main.java", sketch("Ball b = new Ball(1);\npublic void step() { b.x++; System.out.println(b.x + \" \" + b.r); }"))
                .start();
        live.step(1);
        live.save("Ball.java", "class Ball { double x; double r = 8; Ball(double x) { this.x = x; } }");
        live.step(1);
        assertEquals("3.0 8.0", live.lastOutputSinceSave());
        live.assertSwappedCleanly("Ball.r");
    }

    @Test
    void diagnosticsAreUnaffectedByGeneratedInitializerMethods() {
        live = LiveSketch.in(dir).write("Main.java", sketch("static class In { int a = 1; }\n  int n = \"x\"; public void step() {}")).start();
        String text = live.read("Main.java");
        var d = live.last(EngineEvent.Compiled.class).diagnostics().get(0);
        assertEquals(text.indexOf("\"x\""), (int) d.start());
        assertEquals(text.indexOf("\"x\"") + 3, (int) d.end());
        assertEquals(6, d.line());
        assertEquals(11, d.column());
    }
}
