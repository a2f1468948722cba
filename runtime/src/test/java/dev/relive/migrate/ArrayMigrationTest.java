package dev.relive.migrate;

import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import org.junit.jupiter.api.Test;

import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Arrays of sketch classes migrate with identity and aliasing kept; deep and long structures need no deep stack. */
class ArrayMigrationTest extends LiveSketchTest {

    private static final String STATE = """
            Cell[] row = { new Cell(1), new Cell(2) };
            Cell[] same = row;
            Cell[][] grid = { row, { new Cell(3) } };
            Cell[][] jagged = { {}, { new Cell(4), null }, row };
            List<Cell> list = new ArrayList<>(List.of(row[0]));
            Object[] things = { row[1], "text", 5 };
            Object asObject = new Cell[] { new Cell(9) };
            Mode[] modes = { Mode.B, Mode.A };
            Pt[] points = { new Pt(1, 2), null };
            """;

    @Test
    void arraysOfSketchClassesKeepContentsIdentityAndAliasing() {
        live = LiveSketch.in(dir)
                .write("Cell.java", "class Cell { int v; Cell(int v) { this.v = v; } }")
                .write("Mode.java", "enum Mode { A, B }")
                .write("Pt.java", "record Pt(int x, int y) {}")
                .write("Main.java", sketch(STATE + "public void step() { row[0].v++; System.out.println(\"v1\"); }"))
                .start();
        live.step(2);
        live.write("Cell.java", "class Cell { int v; String tag = \"t\"; Cell(int v) { this.v = v; } }");
        live.write("Mode.java", "enum Mode { A, B, C }");
        live.write("Pt.java", "record Pt(int x, int y) { int sum() { return x + y; } }");
        live.save("Main.java", sketch(STATE + """
                public void step() {
                    System.out.println(String.join(" ",
                        "row=" + row[0].v + "," + row[1].v + row[0].tag,
                        "alias=" + (row == same) + (grid[0] == row) + (jagged[2] == row) + (list.get(0) == row[0]) + (things[0] == row[1]),
                        "grid=" + grid[1][0].v + (grid.getClass() == Cell[][].class),
                        "jagged=" + jagged[0].length + jagged[1][0].v + jagged[1][1],
                        "things=" + (things[0] instanceof Cell) + things[1] + things[2],
                        "object=" + (asObject instanceof Cell[] cells ? cells[0].v : -1),
                        "modes=" + Arrays.toString(modes) + (modes[0] == Mode.B),
                        "points=" + points[0].sum() + points[1]));
                }"""));
        live.step(1);
        assertEquals("row=3,2t alias=truetruetruetruetrue grid=3true jagged=04null things=truetext5 object=9 "
                + "modes=[B, A]true points=3null", live.lastOutputSinceSave());
        MigrationReport report = live.assertSwappedCleanly();
        assertEquals(true, report.added().contains("Cell.tag"), report.toString());
    }

    @Test
    void theLifeGridOfCellsKeepsEveryCellWhenCellChanges() {
        live = LiveSketch.in(dir)
                .write("Cell.java", "class Cell { boolean alive; Cell(boolean a) { alive = a; } }")
                .write("Main.java", sketch("""
                        Cell[][] grid = new Cell[3][4];
                        public void setup() { for (int r = 0; r < 3; r++) for (int c = 0; c < 4; c++) grid[r][c] = new Cell((r + c) % 2 == 0); }
                        public void step() { }"""))
                .start();
        live.step(1);
        live.write("Cell.java", "class Cell { boolean alive; int age = 7; Cell(boolean a) { alive = a; } }");
        live.save("Main.java", sketch("""
                Cell[][] grid = new Cell[3][4];
                public void step() { StringBuilder s = new StringBuilder(); for (Cell[] row : grid) { for (Cell c : row) s.append(c.alive ? '#' : '.').append(c.age); s.append('|'); } System.out.println(s); }"""));
        live.step(1);
        assertEquals("#7.7#7.7|.7#7.7#7|#7.7#7.7|", live.lastOutputSinceSave());
        live.assertSwappedCleanly();
    }

    @Test
    void aMillionLinkedNodesAndATenThousandDeepTreeMigrateWithoutOverflowingTheStack() {
        live = LiveSketch.in(dir)
                .write("Node.java", "class Node { Node next; int v; }")
                .write("Tree.java", "class Tree { Tree left; int depth; }")
                .write("Main.java", sketch("""
                        Node head; Tree root;
                        public void setup() {
                            for (int i = 0; i < 1_000_000; i++) { Node n = new Node(); n.v = i; n.next = head; head = n; }
                            for (int d = 0; d < 10_000; d++) { Tree t = new Tree(); t.depth = d; t.left = root; root = t; }
                        }
                        public void step() { }"""))
                .start();
        live.step(1);
        live.write("Node.java", "class Node { Node next; int v; int seen = 1; }");
        live.save("Main.java", sketch("""
                Node head; Tree root;
                public void step() {
                    long sum = 0; int count = 0; for (Node n = head; n != null; n = n.next) { sum += n.v; count += n.seen; }
                    int depth = 0; for (Tree t = root; t != null; t = t.left) depth++;
                    System.out.println(count + " " + sum + " " + depth + " " + root.depth);
                }"""));
        live.step(1);
        assertEquals("1000000 499999500000 10000 9999", live.lastOutputSinceSave());
        live.assertSwappedCleanly();
    }
}
