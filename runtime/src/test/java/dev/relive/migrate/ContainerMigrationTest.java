package dev.relive.migrate;

import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import org.junit.jupiter.api.Test;

import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** JDK containers of sketch objects keep their concrete kind, mutability, comparator and order through a swap. */
class ContainerMigrationTest extends LiveSketchTest {

    private static final String CELL = "class Cell { int v; Cell(int v) { this.v = v; } public String toString() { return \"c\" + v; } }";

    private static final String STATE = """
            EnumSet<Mode> modes = EnumSet.of(Mode.B);
            EnumSet<Mode> none = EnumSet.noneOf(Mode.class);
            EnumMap<Mode, Cell> byMode = new EnumMap<>(Mode.class);
            LinkedHashMap<String, Cell> lru = new LinkedHashMap<>(16, 0.75f, true);
            TreeSet<Cell> descending = new TreeSet<>((a, b) -> Integer.compare(b.v, a.v));
            TreeMap<String, Cell> reversed = new TreeMap<>(Comparator.reverseOrder());
            PriorityQueue<Cell> queue = new PriorityQueue<>((a, b) -> a.v - b.v);
            java.util.concurrent.ConcurrentSkipListSet<String> skip = new java.util.concurrent.ConcurrentSkipListSet<>(List.of("b", "a"));
            List<Cell> sync = Collections.synchronizedList(new ArrayList<>());
            List<Cell> checked = Collections.checkedList(new ArrayList<>(), Cell.class);
            Cell[] array = { new Cell(7), new Cell(8) };
            List<Cell> asList = Arrays.asList(array);
            List<Cell> immutable = List.of(new Cell(5));
            List<Cell> withNulls = java.util.stream.Stream.of(new Cell(1), null).toList();
            Set<Mode> immutableSet = Set.of(Mode.A);
            Map<String, Cell> immutableMap = Map.of("k", new Cell(6));
            List<Cell> backing = new ArrayList<>();
            List<Cell> view = Collections.unmodifiableList(backing);
            ArrayDeque<Cell> deque = new ArrayDeque<>();
            BitSet bits = new BitSet();
            IdentityHashMap<Cell, String> ids = new IdentityHashMap<>();
            WeakHashMap<Cell, String> weak = new WeakHashMap<>();
            Cell weakKey = new Cell(11);
            List<Cell> nulls = new ArrayList<>(Arrays.asList(null, new Cell(2)));
            public void setup() {
                byMode.put(Mode.A, new Cell(1));
                for (String k : List.of("a", "b", "c")) lru.put(k, new Cell(k.charAt(0)));
                lru.get("a");
                for (int v : new int[] { 3, 9, 4 }) { descending.add(new Cell(v)); queue.add(new Cell(v)); }
                reversed.put("x", new Cell(1)); reversed.put("y", new Cell(2));
                sync.add(new Cell(1)); checked.add(new Cell(2)); backing.add(new Cell(3));
                deque.push(new Cell(1)); deque.push(new Cell(2));
                bits.set(3); bits.set(64);
                ids.put(array[0], "first"); weak.put(weakKey, "w");
            }
            """;

    @Test
    void everyKnownContainerKeepsItsKindOrderComparatorAndMutability() {
        live = LiveSketch.in(dir).write("Cell.java", CELL).write("Mode.java", "enum Mode { A, B }")
                .write("Main.java", sketch(STATE + "public void step() { }"))
                .start();
        live.step(1);
        live.write("Mode.java", "enum Mode { A, B, C }");
        live.save("Main.java", sketch(STATE + """
                static String frozen(Runnable change) { try { change.run(); return "mutable"; } catch (UnsupportedOperationException e) { return "immutable"; } }
                static String kind(Object o) { return o.getClass().getSimpleName(); }
                public void step() {
                    descending.add(new Cell(5)); queue.add(new Cell(0));
                    array[0] = new Cell(70); backing.add(new Cell(4));
                    none.add(Mode.C);
                    System.out.println(String.join(" | ",
                        kind(modes) + modes + modes.contains(Mode.B) + none,
                        kind(byMode) + byMode,
                        kind(lru) + lru.keySet(),
                        kind(descending) + descending,
                        kind(reversed) + reversed.keySet(),
                        kind(queue) + queue.poll() + queue.poll(),
                        kind(skip) + skip,
                        kind(sync) + sync + frozen(() -> sync.add(new Cell(0))),
                        kind(checked) + checked,
                        kind(asList) + asList + (asList.get(0) == array[0]),
                        frozen(() -> immutable.add(null)) + immutable + withNulls + frozen(() -> withNulls.add(null)),
                        frozen(() -> immutableSet.add(Mode.C)) + immutableSet + frozen(() -> immutableMap.clear()) + immutableMap,
                        kind(view) + view + frozen(() -> view.add(null)),
                        kind(deque) + deque,
                        kind(bits) + bits,
                        kind(ids) + ids.get(ids.keySet().iterator().next()) + ids.size(),
                        kind(weak) + weak.get(weakKey),
                        kind(nulls) + nulls));
                }"""));
        live.step(1);
        assertEquals(String.join(" | ",
                "RegularEnumSet[B]true[C]",
                "EnumMap{A=c1}",
                "LinkedHashMap[b, c, a]",
                "TreeSet[c9, c5, c4, c3]",
                "TreeMap[y, x]",
                "PriorityQueuec0c3",
                "ConcurrentSkipListSet[a, b]",
                "SynchronizedRandomAccessList[c1]mutable",
                "CheckedRandomAccessList[c2]",
                "ArrayList[c70, c8]true",
                "immutable[c5][c1, null]immutable",
                "immutable[A]immutable{k=c6}",
                "UnmodifiableRandomAccessList[c3, c4]immutable",
                "ArrayDeque[c2, c1]",
                "BitSet{3, 64}",
                "IdentityHashMapfirst1",
                "WeakHashMapw",
                "ArrayList[null, c2]"), live.lastOutputSinceSave());
        live.assertSwappedCleanly();
        live.save("Cell.java", CELL.replace("\"c\"", "\"cell\""));
        live.step(1);
        live.assertSwappedCleanly();
    }

    @Test
    void aTreeSetWithAComparatorLambdaOverSketchObjectsNeverBlocksLaterSaves() {
        String state = "TreeSet<Cell> cells = new TreeSet<>((a, b) -> a.v - b.v);\n"
                + "public void setup() { cells.add(new Cell(2)); cells.add(new Cell(1)); }\n";
        live = LiveSketch.in(dir).write("Cell.java", CELL)
                .write("Main.java", sketch(state + "public void step() { }"))
                .start();
        for (int save = 1; save <= 3; save++) {
            live.save("Main.java", sketch(state + "public void step() { cells.add(new Cell(cells.size() + 1)); System.out.println(\""
                    + save + " \" + cells); }"));
            live.step(1);
            live.assertSwappedCleanly();
        }
        assertEquals("3 [c1, c2, c3, c4, c5]", live.lastOutputSinceSave());
    }

    @Test
    void aJdkComparatorOverSketchCodeIsResetAndNamedAndTheSwapStaysClean() {
        String state = "Comparator<Cell> order = Comparator.comparingInt(c -> c.v); TreeSet<Cell> sorted = new TreeSet<>(order);\n"
                + "public void setup() { sorted.add(new Cell(2)); }\n";
        live = LiveSketch.in(dir).write("Cell.java", CELL)
                .write("Main.java", sketch(state + "public void step() { }"))
                .start();
        live.step(1);
        live.save("Main.java", sketch(state + "public void step() { System.out.println(sorted + \" \" + (order != null)); }"));
        live.step(1);
        assertEquals("[] true", live.lastOutputSinceSave());
        MigrationReport report = live.assertSwappedCleanly("Main.order", "Main.sorted");
        assertEquals(true, report.notes().stream().anyMatch(n -> n.startsWith("Main.order: a function object made by the JDK")),
                report.toString());
    }
}
