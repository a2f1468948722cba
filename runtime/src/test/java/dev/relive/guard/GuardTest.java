package dev.relive.guard;

import dev.relive.event.RunStatus;
import dev.relive.event.EngineEvent;
import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import org.junit.jupiter.api.Test;


import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing a sketch does can end the session: runaway loops, exit calls, deep recursion, huge allocations, stray threads. */
class GuardTest extends LiveSketchTest {

    private static final String SPIN = sketch("int n;\npublic void step() {\n n++; System.out.println(\"spin \" + n);\n while (true) { n = n * 31 + 1; }\n}");
    private static final String GOOD = sketch("int n; public void step() { n++; if (n % 10 == 0) System.out.println(\"good \" + n); }");


    @Test
    void anInfiniteLoopInAStepIsStoppedByPause() {
        live = LiveSketch.in(dir).write("Main.java", SPIN).startThreaded();
        live.awaitOutput("spin 1");
        live.engine().pause();
        // How fast is a figure for a benchmark; a loaded machine may take longer, so this asserts only that it stops.
        EngineEvent.Error stopped = live.await(EngineEvent.Error.class, e -> e.error().exception().endsWith("Guard$Stopped"));
        live.await(EngineEvent.State.class, s -> s.status() == RunStatus.PAUSED);
        assertEquals(8, stopped.error().sketchFrame().orElseThrow().line(), "the error points at the loop");
    }

    @Test
    void nestedCountedLoopsWithHugeBoundsAreStoppedByPause() {
        live = LiveSketch.in(dir).write("Main.java", sketch("long x;\npublic void step() {\n System.out.println(\"nested\");\n"
                + " for (int i = 0; i < 2000000000; i++) for (int j = 0; j < 2000000000; j++) for (int k = 0; k < 1000; k++) x += k ^ j;\n}"))
                .startThreaded();
        live.awaitOutput("nested");
        live.engine().pause();
        live.await(EngineEvent.Error.class, e -> e.error().exception().endsWith("Guard$Stopped"));
    }

    @Test
    void aLoopThatCatchesThrowableAroundAStoppedCallIsStoppedAnyway() {
        live = LiveSketch.in(dir).write("Main.java", sketch("int n;\npublic void step() {\n System.out.println(\"sleepy\");\n"
                + " for (int i = 0; i < 60000; i++) { try { Thread.sleep(1); } catch (Throwable t) { n++; } }\n}"))
                .startThreaded();
        live.awaitOutput("sleepy");
        live.engine().pause();
        live.await(EngineEvent.Error.class, e -> e.error().exception().endsWith("Guard$Stopped"));
    }

    @Test
    void catchingTheStopItselfDoesNotEscapeIt() {
        live = LiveSketch.in(dir).write("Main.java", sketch("int n;\npublic void step() {\n System.out.println(\"stubborn\");\n"
                + " while (true) { try { spin(); } catch (Throwable t) { n++; } }\n}\nvoid spin() { while (true) { n++; } }"))
                .startThreaded();
        live.awaitOutput("stubborn");
        live.engine().pause();
        live.await(EngineEvent.Error.class, e -> e.error().exception().endsWith("Guard$Stopped"));
        live.engine().resume();
        live.awaitOutput("stubborn"); // the runtime thread is free again: the next step ran
    }

    @Test
    void anInfiniteLoopIsStoppedBySavingANewVersionWithStateKept() {
        live = LiveSketch.in(dir).write("Main.java", SPIN).startThreaded();
        live.awaitOutput("spin 1");
        live.write("Main.java", GOOD);
        live.engine().reload();
        live.awaitOutput("good");
        assertTrue(live.last(EngineEvent.Applied.class).state().kept().contains("Main.n"));
    }

    @Test
    void anInfiniteLoopInMainIsStoppedByANewVersion() {
        live = LiveSketch.in(dir).write("Main.java", "public class Main { public static void main(String[] a) {"
                + " System.out.println(\"looping\"); long x = 0; while (true) { x++; } } }").startThreaded();
        live.awaitOutput("looping");
        live.write("Main.java", "public class Main { public static void main(String[] a) { System.out.println(\"fixed\"); } }");
        live.engine().reload();
        live.awaitOutput("fixed");
        assertTrue(live.events(EngineEvent.Notice.class).stream().noneMatch(n -> n.message().contains("did not stop")));
    }

    @Test
    void systemExitBecomesAnErrorWithItsLineAndTheEngineLivesOn() {
        live = LiveSketch.in(dir).write("Main.java", sketch("int n;\npublic void step() {\n if (++n == 3) System.exit(1);\n}")).start();
        live.step(5);
        EngineEvent.Error error = live.last(EngineEvent.Error.class);
        assertTrue(error.error().message().contains("System.exit(1) called from sketch code"), error.toString());
        assertEquals(7, error.error().sketchFrame().orElseThrow().line());
        live.save("Main.java", GOOD);
        live.step(5);
        assertEquals("good 10", live.lastOutput());
    }

    @Test
    void runtimeHaltAndExitAreCaughtToo() {
        live = LiveSketch.in(dir).write("Main.java", sketch("int n; public void step() { if (++n == 1) Runtime.getRuntime().halt(3); else Runtime.getRuntime().exit(4); }")).start();
        live.step(1).advance(5000).step(1);
        assertTrue(live.events(EngineEvent.Error.class).get(0).error().message().contains("Runtime.halt(3)"));
        assertTrue(live.events(EngineEvent.Error.class).get(1).error().message().contains("Runtime.exit(4)"));
    }

    @Test
    void exitThroughReflectionOrAMethodReferenceIsAnErrorWithItsLine() {
        live = LiveSketch.in(dir).write("Main.java", sketch("int n;\npublic void step() {\n n++;\n"
                + " if (n == 1) { try { System.class.getMethod(\"exit\", int.class).invoke(null, 0); } catch (ReflectiveOperationException e) { } }\n"
                + " if (n == 2) { java.util.function.IntConsumer exit = System::exit; exit.accept(0); }\n}")).start();
        live.step(1).advance(5000).step(1);
        java.util.List<EngineEvent.Error> errors = live.events(EngineEvent.Error.class);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).error().message().contains("System.exit would end Relive itself"), errors.get(0).toString());
        assertEquals(8, errors.get(0).error().sketchFrame().orElseThrow().line());
        assertEquals(9, errors.get(1).error().sketchFrame().orElseThrow().line());
    }

    @Test
    void stackOverflowIsReportedAndTheNextSaveRuns() {
        live = LiveSketch.in(dir).write("Main.java", sketch("int n; int deep(int d) { return deep(d + 1) + 1; } public void step() { n++; deep(0); }")).start();
        live.step(2);
        assertEquals("java.lang.StackOverflowError", live.last(EngineEvent.Error.class).error().exception());
        live.save("Main.java", GOOD);
        live.step(8);
        assertEquals("good 10", live.lastOutput());
    }

    @Test
    void outOfMemoryIsReportedAndTheNextSaveRuns() {
        live = LiveSketch.in(dir).write("Main.java", sketch("int n; public void step() { n++; long[] all = new long[Integer.MAX_VALUE - 16]; all[0] = n; }")).start();
        live.step(1);
        assertEquals("java.lang.OutOfMemoryError", live.last(EngineEvent.Error.class).error().exception());
        live.save("Main.java", GOOD);
        live.step(9);
        assertEquals("good 10", live.lastOutput());
    }

    @Test
    void threadsStartedByAGenerationAreStoppedWhenItIsReplacedAndTheConsoleSaysSo() {
        String worker = sketch("public void setup() { Thread t = new Thread(() -> { while (true) { } }, \"spinner\"); t.setDaemon(true); t.start();"
                + " java.util.concurrent.Executors.newSingleThreadScheduledExecutor().scheduleAtFixedRate(() -> {}, 0, 1, java.util.concurrent.TimeUnit.MILLISECONDS); }"
                + " public void step() {}");
        live = LiveSketch.in(dir).write("Main.java", worker).startThreaded();
        live.await(EngineEvent.Applied.class, a -> a.generation() == 1);
        live.write("Main.java", GOOD);
        live.engine().reload();
        EngineEvent.Notice notice = live.await(EngineEvent.Notice.class, n -> n.message().startsWith("stopped 2 thread(s) started by generation 1"));
        assertTrue(notice.message().contains("spinner"), notice.message());
        long deadline = System.currentTimeMillis() + 10_000; // generous: a loaded machine schedules the spinner late
        while (System.currentTimeMillis() < deadline && Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("spinner"))) {
            Thread.onSpinWait();
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("spinner")), "the spinner ended");
    }

    private static java.util.Set<Thread> threadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).collect(java.util.stream.Collectors.toSet());
    }

    private static boolean alive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name));
    }

    private static void awaitEnded(String name) {
        long deadline = System.nanoTime() + 10_000_000_000L; // a generous timeout, not a bound on how fast
        while (System.nanoTime() < deadline && alive(name)) {
            Thread.onSpinWait();
        }
        assertTrue(!alive(name), name + " ended");
    }

    @Test
    void threadsStartedInSetupEndWithARestart() {
        live = LiveSketch.in(dir).write("Main.java", sketch("public void setup() { Thread t = new Thread(() -> { while (true) { } },"
                + " \"setup-spinner\"); t.setDaemon(true); t.start(); } public void step() {}")).startThreaded();
        live.await(EngineEvent.Applied.class, a -> a.generation() == 1);
        java.util.Set<Thread> before = threadsNamed("setup-spinner");
        assertEquals(1, before.size());
        live.engine().restart();
        live.await(EngineEvent.Notice.class, n -> n.message().contains("setup-spinner"));
        long deadline = System.nanoTime() + 10_000_000_000L; // a generous timeout, not a bound on how fast
        while (System.nanoTime() < deadline && before.iterator().next().isAlive()) {
            Thread.onSpinWait();
        }
        assertFalse(before.iterator().next().isAlive(), "the spinner of the instance before the restart ended");
    }

    @Test
    void aThreadThatCatchesThrowableAroundItsSleepEndsWithItsGeneration() {
        live = LiveSketch.in(dir).write("Main.java", sketch("public void setup() { Thread t = new Thread(() -> {"
                + " for (int i = 0; i < 1000; i++) { try { Thread.sleep(100); } catch (Throwable e) { } } }, \"stubborn-sleeper\");"
                + " t.setDaemon(true); t.start(); } public void step() {}")).startThreaded();
        live.await(EngineEvent.Applied.class, a -> a.generation() == 1);
        live.write("Main.java", GOOD);
        live.engine().reload();
        live.await(EngineEvent.Notice.class, n -> n.message().contains("stubborn-sleeper"));
        awaitEnded("stubborn-sleeper");
    }

    @Test
    void aThreadMayNotHideByClearingItsContextClassLoader() {
        live = LiveSketch.in(dir).write("Main.java", sketch("public void setup() { Thread t = new Thread(() -> {"
                + " Thread.currentThread().setContextClassLoader(null); while (true) { } }, \"hider\"); t.setDaemon(true); t.start(); }"
                + " public void step() {}")).startThreaded();
        EngineEvent.Error refused = live.await(EngineEvent.Error.class, e -> e.error().message().contains("setContextClassLoader"));
        assertTrue(refused.error().message().contains("hider"), refused.toString());
        awaitEnded("hider");
    }
}
