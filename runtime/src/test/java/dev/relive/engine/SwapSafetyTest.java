package dev.relive.engine;

import dev.relive.event.EventJson;
import dev.relive.failure.Phase;
import dev.relive.event.EngineEvent;
import dev.relive.history.GenerationStatus;
import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad code in any phase is rejected and the previous generation keeps running untouched. */
class SwapSafetyTest extends LiveSketchTest {

    private static final String GOOD = sketch("int n; public void step() { n++; System.out.println(\"good \" + n); }");


    private void startGood() {
        live = LiveSketch.in(dir).write("Main.java", GOOD).start();
        live.step(3);
    }

    private void assertOldKeepsRunning(int expectedN) {
        live.step(1);
        assertEquals("good " + expectedN, live.lastOutput());
        assertEquals(1, live.engine().liveNumber());
    }

    @Test
    void syntaxErrorKeepsTheOldGenerationRunning() {
        startGood();
        live.save("Main.java", GOOD.replace("n++;", "n++"));
        EngineEvent.Compiled compiled = live.last(EngineEvent.Compiled.class);
        assertFalse(compiled.ok());
        assertEquals("Main.java", compiled.diagnostics().get(0).file());
        assertEquals(5, compiled.diagnostics().get(0).line());
        assertEquals("';' expected", compiled.diagnostics().get(0).message());
        assertOldKeepsRunning(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "construct   | int n; Main() { throw new IllegalStateException(\"boom\"); } public void step() {}",
            "construct   | int n; int[] a = new int[-1]; public void step() {}",
            "static-init | int n; static int z = 1 / (Main.class.hashCode() * 0); public void step() {}",
            "entry       | int n; public void step() {} static class Other implements Sketch { public void step() {} }",
    })
    void exceptionInAnyPhaseBeforeCommitRejectsTheGeneration(String phase, String body) {
        startGood();
        live.save("Main.java", sketch(body));
        EngineEvent.Rejected rejected = live.last(EngineEvent.Rejected.class);
        assertEquals(phase, EventJson.wireName(rejected.phase()), "the phase by its wire name");
        assertEquals(1, rejected.live());
        assertEquals(GenerationStatus.REJECTED, live.engine().generation(2).orElseThrow().status());
        assertOldKeepsRunning(4);
    }

    @Test
    void constructorFailureSaysWhatAndWhere() {
        startGood();
        live.save("Main.java", sketch("int n;\nMain() {\n throw new IllegalStateException(\"boom\");\n}\npublic void step() {}"));
        EngineEvent.Rejected rejected = live.last(EngineEvent.Rejected.class);
        assertEquals("java.lang.IllegalStateException: boom", rejected.reason());
        assertEquals("Main.java", rejected.error().sketchFrame().orElseThrow().file());
        assertEquals(7, rejected.error().sketchFrame().orElseThrow().line());
    }

    @Test
    void twoSketchClassesAreAnErrorThatNamesBoth() {
        live = LiveSketch.in(dir)
                .write("A.java", "public class A implements dev.relive.api.Sketch { public void step() {} }")
                .write("B.java", "public class B implements dev.relive.api.Sketch { public void step() {} }")
                .start();
        EngineEvent.Rejected rejected = live.last(EngineEvent.Rejected.class);
        assertEquals(Phase.ENTRY, rejected.phase());
        assertTrue(rejected.reason().contains("A and B"), rejected.reason());
    }

    @Test
    void classRemovedWhileStillUsedIsACompileErrorNotACrash() {
        live = LiveSketch.in(dir)
                .write("Helper.java", "public class Helper { static int twice(int x) { return 2 * x; } }")
                .write("Main.java", sketch("int n; public void step() { n++; System.out.println(\"good \" + Helper.twice(n)); }"))
                .start();
        live.step(1);
        live.delete("Helper.java").reload();
        EngineEvent.Compiled compiled = live.last(EngineEvent.Compiled.class);
        assertFalse(compiled.ok());
        assertTrue(compiled.diagnostics().get(0).message().contains("cannot find symbol"), compiled.toString());
        live.step(1);
        assertEquals("good 4", live.lastOutput());
    }

    @Test
    void fileThatIsNotUtf8IsADiagnostic() throws Exception {
        startGood();
        java.nio.file.Files.write(dir.resolve("Bad.java"), new byte[]{'c', 'l', 'a', 's', 's', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        live.reload();
        EngineEvent.Compiled compiled = live.last(EngineEvent.Compiled.class);
        assertFalse(compiled.ok());
        assertEquals("Bad.java", compiled.diagnostics().get(0).file());
        assertTrue(compiled.diagnostics().get(0).message().contains("UTF-8"));
        assertOldKeepsRunning(4);
    }

    @Test
    void emptyFolderWaitsForSourcesAndSaysSo() {
        live = LiveSketch.in(dir).start();
        assertTrue(live.last(EngineEvent.Notice.class).message().contains("waiting for sources"));
        live.save("Main.java", GOOD);
        live.step(1);
        assertEquals("good 1", live.lastOutput());
    }

    @Test
    void saveThatChangesNoContentMakesNoGeneration() {
        startGood();
        assertTrue(live.save("Main.java", GOOD).isEmpty());
        assertEquals(1, live.engine().history().size());
    }

    @Test
    void stepErrorsAreReportedWithLineAndCollapsedWhenRepeating() {
        live = LiveSketch.in(dir).write("Main.java", sketch("int n;\npublic void step() {\n n = 1 / 0;\n}")).start();
        live.step(60);
        var errors = live.events(EngineEvent.Error.class);
        assertEquals(1, errors.size());
        assertEquals(Phase.STEP, errors.get(0).error().phase());
        assertEquals("java.lang.ArithmeticException", errors.get(0).error().exception());
        assertEquals(7, errors.get(0).error().sketchFrame().orElseThrow().line());
        live.advance(3000).step(1);
        assertEquals(59, live.last(EngineEvent.Error.class).repeats());
    }

    @Test
    void engineClassesAreInvisibleToSketchCode() {
        live = LiveSketch.in(dir).write("Main.java", sketch("public void setup() { try { Class.forName(\"dev.relive.engine.Engine\"); "
                + "System.out.println(\"visible\"); } catch (ClassNotFoundException e) { System.out.println(\"hidden\"); } } public void step() {}"))
                .start();
        assertEquals("hidden", live.lastOutput());
        live.save("Main.java", sketch("dev.relive.engine.Engine e; public void step() {}"));
        assertFalse(live.last(EngineEvent.Compiled.class).ok());
    }

    @Test
    void everyGenerationGetsAFreshClassLoader() {
        live = LiveSketch.in(dir).write("Main.java", sketch("public void setup() { System.out.println(getClass().getClassLoader().getName()); } public void step() {}")).start();
        live.save("Main.java", sketch("public void afterReload() { System.out.println(getClass().getClassLoader().getName()); } public void step() {}"));
        assertEquals(java.util.List.of("relive-generation-1", "relive-generation-2"), live.output());
    }
}
