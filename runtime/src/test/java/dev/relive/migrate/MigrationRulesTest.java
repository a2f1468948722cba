package dev.relive.migrate;

import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import org.junit.jupiter.api.Test;


import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The field rules of runtime/README.md (Migration), each on a real sketch compiled and run in a temp folder. */
class MigrationRulesTest extends LiveSketchTest {


    private LiveSketch counter(String fields, String print) {
        live = LiveSketch.in(dir).write("Main.java", sketch(fields + "\npublic void step() { n++; System.out.println(" + print + "); }"));
        return live.start();
    }

    @Test
    void unchangedFieldKeepsItsRunningValue() {
        counter("int n = 0;", "\"n=\" + n").step(5);
        assertEquals("n=5", live.lastOutputSinceSave());
        live.save("Main.java", sketch("int n = 0;\npublic void step() { n++; System.out.println(\"now \" + n); }"));
        live.step(1);
        assertEquals("now 6", live.lastOutputSinceSave());
        assertTrue(live.assertSwappedCleanly().kept().contains("Main.n"));
    }

    @Test
    void editedInitializerTakesTheNewValue() {
        counter("int n = 0; double speed = 2.5;", "\"speed=\" + speed").step(3);
        live.save("Main.java", sketch("int n = 0; double speed = 3.0;\npublic void step() { n++; System.out.println(n + \" speed=\" + speed); }"));
        live.step(1);
        assertEquals("4 speed=3.0", live.lastOutputSinceSave());
        MigrationReport state = live.assertSwappedCleanly("Main.speed");
        assertTrue(state.kept().contains("Main.n"), state.toString());
    }

    @Test
    void newFieldTakesItsInitializerValue() {
        counter("int n = 0;", "n").step(2);
        live.save("Main.java", sketch("int n = 0; String tag = \"hello\";\npublic void step() { n++; System.out.println(tag + n); }"));
        live.step(1);
        assertEquals("hello3", live.lastOutputSinceSave());
        assertTrue(live.assertSwappedCleanly().added().contains("Main.tag"));
    }

    @Test
    void removedFieldIsDroppedAndReported() {
        counter("int n = 0; int gone = 7;", "n").step(1);
        live.save("Main.java", sketch("int n = 0;\npublic void step() { n++; System.out.println(\"n\" + n); }"));
        live.step(1);
        assertEquals("n2", live.lastOutputSinceSave());
        assertTrue(live.assertSwappedCleanly().dropped().contains("Main.gone"));
    }

    @Test
    void incompatibleTypeChangeTakesTheNewValueAndIsReported() {
        counter("int n = 0; int label = 0;", "n").step(3);
        live.save("Main.java", sketch("int n = 0; String label = null;\npublic void step() { n++; System.out.println(label + n); }"));
        live.step(1);
        assertEquals("null4", live.lastOutputSinceSave());
        MigrationReport state = live.assertSwappedCleanly("Main.label");
        assertTrue(state.notes().stream().anyMatch(n -> n.startsWith("Main.label: type changed")), state.toString());
    }

    @Test
    void wideningTypeChangeConvertsTheValue() {
        counter("int n = 0;", "n").step(4);
        live.save("Main.java", sketch("long n = 0;\npublic void step() { n += 10; System.out.println(\"long \" + n); }"));
        live.step(1);
        assertEquals("long 14", live.lastOutputSinceSave());
        assertTrue(live.assertSwappedCleanly().kept().contains("Main.n"));
    }

    @Test
    void keepAnnotationKeepsTheValueEvenWhenTheInitializerChanges() {
        counter("@Keep int n = 0;", "n").step(3);
        live.save("Main.java", sketch("@Keep int n = 100;\npublic void step() { n++; System.out.println(\"k\" + n); }"));
        live.step(1);
        assertEquals("k4", live.lastOutputSinceSave());
        live.assertSwappedCleanly();
    }

    @Test
    void resetAnnotationAlwaysTakesTheNewValue() {
        counter("@Reset int n = 0;", "n").step(3);
        live.save("Main.java", sketch("@Reset int n = 0;\npublic void step() { n++; System.out.println(\"r\" + n); }"));
        live.step(1);
        assertEquals("r1", live.lastOutputSinceSave());
        live.assertSwappedCleanly("Main.n");
    }

    @Test
    void staticFieldsOfEverySketchClassMigrate() {
        live = LiveSketch.in(dir)
                .write("Counter.java", "public class Counter { static int total; static void hit() { total++; } }")
                .write("Main.java", sketch("public void step() { Counter.hit(); System.out.println(Counter.total); }"))
                .start();
        live.step(5);
        live.save("Main.java", sketch("public void step() { Counter.hit(); System.out.println(\"total \" + Counter.total); }"));
        live.step(1);
        assertEquals("total 6", live.lastOutputSinceSave());
        assertTrue(live.assertSwappedCleanly().kept().contains("Counter.total"));
    }

    @Test
    void beforeReloadRunsOnTheOldInstanceAndAfterReloadOnTheNew() {
        live = LiveSketch.in(dir).write("Main.java", sketch(
                "int n; public void step() { n++; } public void beforeReload() { System.out.println(\"old saw \" + n); }")).start();
        live.step(3);
        live.save("Main.java", sketch(
                "int n; public void step() { n++; } public void afterReload() { System.out.println(\"new has \" + n); }"));
        assertEquals(java.util.List.of("old saw 3", "new has 3"), live.output());
        assertEquals(java.util.List.of("new has 3"), live.outputSinceSave());
        live.assertSwappedCleanly();
    }

    @Test
    void setupRunsOnceAndNotOnReload() {
        live = LiveSketch.in(dir).write("Main.java", sketch(
                "int n; public void setup() { System.out.println(\"setup\"); } public void step() { n++; }")).start();
        live.step(2);
        live.save("Main.java", sketch("int n; public void setup() { System.out.println(\"setup again\"); } public void step() { n += 2; }"));
        live.step(2);
        assertEquals(java.util.List.of("setup"), live.output());
        live.assertSwappedCleanly();
    }
}
