package dev.relive.engine;

import dev.relive.event.EventJson;
import dev.relive.event.EngineEvent;
import dev.relive.event.RunStatus;
import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.nio.file.Files;
import java.util.List;

import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loop and script mode, commands, lib jars and per-generation output. */
class RunModesTest extends LiveSketchTest {


    private static String script(String keepInit, String word) {
        return "import dev.relive.api.*;\npublic class Main {\n @Keep static int runs" + keepInit + ";\n static int plain = 0;\n"
                + " public static void main(String[] args) { runs++; plain++; System.out.println(\"" + word + " runs=\" + runs + \" plain=\" + plain); }\n}\n";
    }

    private void awaitOutput(String line) throws InterruptedException {
        for (int i = 0; i < 200 && !live.output().contains(line); i++) {
            Thread.sleep(5); // main runs on its own thread in script mode; poll its output briefly
        }
        assertTrue(live.output().contains(line), "expected output " + line + " in " + live.output());
    }

    @Test
    void scriptModeRerunsMainForEveryGenerationAndKeepsKeepStatics() throws Exception {
        live = LiveSketch.in(dir).write("Main.java", script("", "first")).start();
        awaitOutput("first runs=1 plain=1");
        live.save("Main.java", script(" = 100", "second"));
        awaitOutput("second runs=2 plain=1");
        assertEquals("script", live.last(EngineEvent.Applied.class).mode());
    }

    @Test
    void aMainThatIsStillRunningIsStoppedBeforeTheNextGeneration() throws Exception {
        live = LiveSketch.in(dir).write("Main.java", "public class Main { public static void main(String[] a) throws Exception {"
                + " System.out.println(\"started\"); try { Thread.sleep(60_000); } catch (InterruptedException e) { System.out.println(\"stopped\"); } } }").start();
        awaitOutput("started");
        live.save("Main.java", "public class Main { public static void main(String[] a) { System.out.println(\"next\"); } }");
        awaitOutput("next");
        assertEquals(List.of("started", "stopped", "next"), live.output());
    }

    @Test
    void outputIsCapturedAndTaggedPerGeneration() {
        live = LiveSketch.in(dir).write("Main.java", sketch("public void step() { System.out.println(\"a\"); System.err.println(\"b\"); }")).start();
        live.step(1);
        live.save("Main.java", sketch("public void step() { System.out.print(\"c\\nd\\n\"); }"));
        live.step(1);
        List<EngineEvent.Output> out = live.events(EngineEvent.Output.class);
        assertEquals(List.of("1 out a", "1 err b", "2 out c", "2 out d"),
                out.stream().map(o -> o.generation() + " " + EventJson.wireName(o.stream()) + " " + o.text()).toList());
    }

    @Test
    void pauseStopsSteppingAndResumeContinuesWithTheSameState() {
        live = LiveSketch.in(dir).write("Main.java", sketch("int n; public void step() { System.out.println(++n); }")).start();
        live.step(2);
        live.engine().pause();
        live.step(5);
        assertEquals("2", live.lastOutput());
        assertEquals(RunStatus.PAUSED, live.last(EngineEvent.State.class).status());
        live.engine().resume();
        live.step(1);
        assertEquals("3", live.lastOutput());
    }

    @Test
    void restartRunsSetupAgainOnAFreshInstance() {
        live = LiveSketch.in(dir).write("Main.java", sketch("int n; static int s; public void setup() { System.out.println(\"setup n=\" + n + \" s=\" + s); }"
                + " public void step() { n++; s++; }")).start();
        live.step(3);
        live.engine().restart();
        live.step(0);
        assertEquals(List.of("setup n=0 s=0", "setup n=0 s=0"), live.output());
    }

    @Test
    void stopHaltsStepsAndResumeStartsAfresh() {
        live = LiveSketch.in(dir).write("Main.java", sketch("int n; public void step() { System.out.println(++n); }")).start();
        live.step(2);
        live.engine().stop();
        live.step(3);
        assertEquals(RunStatus.STOPPED, live.engine().status());
        assertEquals("2", live.lastOutput());
        live.engine().resume();
        live.step(1);
        assertEquals("1", live.lastOutput());
    }

    @Test
    void libJarsAreVisibleToSketchCodeAtRunTime() throws Exception {
        Path lib = dir.resolve("lib");
        Files.createDirectories(lib);
        Path work = Files.createTempDirectory("relive-jar");
        Path src = work.resolve("greet/Hello.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package greet; public class Hello { public static String word() { return \"hi from a jar\"; } }");
        javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", work.toString(), src.toString());
        try (var jar = new java.util.jar.JarOutputStream(Files.newOutputStream(lib.resolve("greet.jar")))) {
            jar.putNextEntry(new java.util.jar.JarEntry("greet/Hello.class"));
            jar.write(Files.readAllBytes(work.resolve("greet/Hello.class")));
            jar.closeEntry();
        }
        live = LiveSketch.in(dir).write("Main.java", sketch("public void setup() { System.out.println(greet.Hello.word()); } public void step() {}")).start();
        assertEquals("hi from a jar", live.lastOutput());
    }
}
