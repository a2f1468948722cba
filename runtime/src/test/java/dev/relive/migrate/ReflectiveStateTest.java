package dev.relive.migrate;

import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import org.junit.jupiter.api.Test;

import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Class objects and reflection objects held in state point at the new generation's classes and code. */
class ReflectiveStateTest extends LiveSketchTest {

    private static final String STATE = """
            Class<?> type = Cell.class;
            Class<?> arrayType = Cell[].class;
            List<Class<?>> types = new ArrayList<>(List.of(Cell.class, String.class));
            Map<Class<?>, Integer> counts = new HashMap<>(Map.of(Cell.class, 1));
            java.lang.reflect.Method method; java.lang.reflect.Field field; java.lang.reflect.Constructor<?> constructor;
            java.lang.invoke.MethodHandle handle; java.lang.invoke.VarHandle varHandle;
            public void setup() {
                try {
                    method = Cell.class.getDeclaredMethod("label");
                    field = Cell.class.getDeclaredField("v");
                    constructor = Cell.class.getDeclaredConstructor(int.class);
                    var lookup = java.lang.invoke.MethodHandles.lookup();
                    handle = lookup.findVirtual(Cell.class, "label", java.lang.invoke.MethodType.methodType(String.class));
                    varHandle = lookup.findVarHandle(Cell.class, "v", int.class);
                } catch (ReflectiveOperationException e) { throw new IllegalStateException(e); }
            }
            """;

    @Test
    void classesAndReflectionObjectsAreLookedUpAgainInTheNewGeneration() {
        live = LiveSketch.in(dir)
                .write("Cell.java", "class Cell { int v; Cell(int v) { this.v = v; } String label() { return \"old\" + v; } }")
                .write("Main.java", sketch(STATE + "public void step() { }"))
                .start();
        live.step(1);
        live.write("Cell.java", "class Cell { int v; Cell(int v) { this.v = v; } String label() { return \"new\" + v; } }");
        live.save("Main.java", sketch(STATE + """
                public void step() {
                    try {
                        Cell c = new Cell(4);
                        System.out.println(String.join(" ", "" + (type == Cell.class), "" + (arrayType == Cell[].class),
                            "" + (types.get(0) == Cell.class), "" + counts.get(Cell.class),
                            (String) method.invoke(c), "" + field.get(c), "" + (constructor.newInstance(5) instanceof Cell),
                            (String) handle.invoke(c), "" + (int) varHandle.get(c)));
                    } catch (Throwable t) { throw new IllegalStateException(t); }
                }"""));
        live.step(1);
        assertEquals("true true true 1 new4 4 true new4 4", live.lastOutputSinceSave());
        live.assertSwappedCleanly();
    }

    @Test
    void aReflectedMethodThatIsGoneIsResetAndNamed() {
        String main = """
                java.lang.reflect.Method method;
                public void setup() { try { method = Cell.class.getDeclaredMethod("label"); } catch (NoSuchMethodException e) { throw new IllegalStateException(e); } }
                public void step() { System.out.println("method " + method); }""";
        live = LiveSketch.in(dir)
                .write("Cell.java", "class Cell { String label() { return \"x\"; } }")
                .write("Main.java", sketch(main))
                .start();
        live.step(1);
        live.save("Cell.java", "class Cell { String name() { return \"x\"; } }");
        live.step(1);
        assertEquals("method null", live.lastOutputSinceSave());
        MigrationReport report = live.assertSwappedCleanly("Main.method");
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("Main.method: the reflected") && n.contains("label")),
                report.toString());
    }

    @Test
    void aClassObjectOfADeletedClassIsResetAndNamed() {
        live = LiveSketch.in(dir)
                .write("Gone.java", "class Gone {}")
                .write("Main.java", sketch("Class<?> type = Object.class; public void setup() { type = Gone.class; } public void step() { }"))
                .start();
        live.step(1);
        live.delete("Gone.java");
        live.save("Main.java", sketch("Class<?> type = Object.class; public void step() { System.out.println(type.getSimpleName()); }"));
        live.step(1);
        assertEquals("Object", live.lastOutputSinceSave());
        MigrationReport report = live.assertSwappedCleanly("Main.type");
        assertTrue(report.notes().contains("Main.type: class Gone was deleted"), report.toString());
    }

    @Test
    void aStaticFinalListKeepsItsContentsUntilItsInitializerIsEdited() {
        String log = "static final List<String> LOG = new ArrayList<>(); static final Map<String, Integer> SEEN = new HashMap<>();\n";
        live = LiveSketch.in(dir)
                .write("Main.java", sketch(log + "public void step() { LOG.add(\"s\" + LOG.size()); SEEN.merge(\"k\", 1, Integer::sum); }"))
                .start();
        live.step(3);
        live.save("Main.java", sketch(log + "public void step() { LOG.add(\"t\"); System.out.println(LOG + \" \" + SEEN); }"));
        live.step(1);
        assertEquals("[s0, s1, s2, t] {k=3}", live.lastOutputSinceSave());
        MigrationReport kept = live.assertSwappedCleanly();
        assertTrue(kept.kept().containsAll(java.util.List.of("Main.LOG", "Main.SEEN")), kept.toString());
        live.save("Main.java", sketch("static final List<String> LOG = new ArrayList<>(List.of(\"fresh\"));"
                + " static final Map<String, Integer> SEEN = new HashMap<>();\n"
                + "public void step() { System.out.println(LOG + \" \" + SEEN); }"));
        live.step(1);
        assertEquals("[fresh] {k=3}", live.lastOutputSinceSave());
        MigrationReport reset = live.assertSwappedCleanly("Main.LOG");
        assertTrue(reset.notes().contains("Main.LOG: static final with an edited initializer"), reset.toString());
    }

    @Test
    void boundAndAdaptedMethodHandlesOverSketchCodeAreResetAndNamedNeverKeptRunningOldCode() {
        String state = """
                java.lang.invoke.MethodHandle bound, generic, inserted, filtered, jdkOnly;
                public void setup() {
                    try {
                        var lookup = java.lang.invoke.MethodHandles.lookup();
                        var label = lookup.findVirtual(Cell.class, "label", java.lang.invoke.MethodType.methodType(String.class));
                        bound = label.bindTo(new Cell(1));
                        generic = label.asType(java.lang.invoke.MethodType.methodType(Object.class, Object.class));
                        inserted = java.lang.invoke.MethodHandles.insertArguments(label, 0, new Cell(2));
                        filtered = java.lang.invoke.MethodHandles.filterReturnValue(
                            lookup.findStatic(Cell.class, "count", java.lang.invoke.MethodType.methodType(int.class)),
                            lookup.findStatic(Integer.class, "toString", java.lang.invoke.MethodType.methodType(String.class, int.class)));
                        jdkOnly = java.lang.invoke.MethodHandles.insertArguments(
                            lookup.findStatic(Integer.class, "toString", java.lang.invoke.MethodType.methodType(String.class, int.class)), 0, 7);
                    } catch (ReflectiveOperationException e) { throw new IllegalStateException(e); }
                }
                """;
        String cell = "class Cell { int v; Cell(int v) { this.v = v; } String label() { return \"%s\" + v; } static int count() { return %d; } }";
        live = LiveSketch.in(dir)
                .write("Cell.java", cell.formatted("old", 1))
                .write("Main.java", sketch(state + "public void step() { }"))
                .start();
        live.step(1);
        live.write("Cell.java", cell.formatted("new", 2));
        live.save("Main.java", sketch(state + """
                public void step() {
                    try {
                        System.out.println(String.join(" ", "" + bound, "" + generic, "" + inserted, "" + filtered,
                            (String) jdkOnly.invokeExact()));
                    } catch (Throwable t) { throw new IllegalStateException(t); }
                }"""));
        live.step(1);
        assertEquals("null null null null 7", live.lastOutputSinceSave());
        MigrationReport report = live.assertSwappedCleanly("Main.bound", "Main.generic", "Main.inserted", "Main.filtered");
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("Main.bound: a bound or adapted method handle")),
                report.toString());
        assertTrue(report.kept().contains("Main.jdkOnly"), report.toString());
    }
}
