package dev.relive.guard;

import dev.relive.event.RevertReason;
import dev.relive.event.EngineEvent;
import dev.relive.testing.LiveSketch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.relive.testing.LiveSketch.sketch;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * More than sixty broken or hostile sketches driven through one engine, one after another, as a person having a
 * very bad day (or an attacker) would: each gets a clear error, the last good version keeps (or goes back to)
 * running, and the session ends healthy with its state intact. The hostile ones reach for the engine's classes,
 * end the process in every form, or change what belongs to the whole process.
 */
class BadInputCorpusTest {

    /** What a broken save must produce. */
    enum Expect { COMPILE_ERROR, REJECTED, FAULT_REVERTED, REFUSED }

    record Case(String name, Expect expect, String source) {
    }

    private static final String GOOD = sketch("int n; public void step() { n++; System.out.println(\"good \" + n); }");

    private static Case compile(String name, String body) {
        return new Case(name, Expect.COMPILE_ERROR, sketch(body));
    }

    private static Case rejected(String name, String body) {
        return new Case(name, Expect.REJECTED, sketch(body));
    }

    private static Case fault(String name, String stepBody) {
        return new Case(name, Expect.FAULT_REVERTED, sketch("int n; public void step() { n++; " + stepBody + " }"));
    }

    /** Sketch code that reaches for the engine or the process: it must end in an error of the step, nothing more. */
    private static Case attack(String name, String code) {
        return fault(name, "try { " + code + " } catch (Throwable t) { throw new IllegalStateException(\"blocked: \" + t, t); }");
    }

    /** Like {@link #attack}, but the guard itself must refuse it, on the line of the call, saying so. */
    private static Case refused(String name, String code) {
        return new Case(name, Expect.REFUSED, attack(name, code).source());
    }

    private static String engineClass(String name) {
        return "Sketch.class.getClassLoader().loadClass(\"" + name + "\")";
    }

    static final List<Case> CORPUS = List.of(
            compile("missing semicolon", "int n; public void step() { n++ }"),
            compile("unbalanced brace", "int n; public void step() { n++; "),
            compile("type mismatch", "int n = \"text\"; public void step() {}"),
            compile("unknown symbol", "int n; public void step() { m++; }"),
            compile("missing return", "int n; int f() { } public void step() {}"),
            compile("undefined method", "int n; public void step() { n.frob(); }"),
            compile("wrong generic type", "List<String> xs = new ArrayList<Integer>(); int n; public void step() {}"),
            compile("unreachable code", "int n; public void step() { return; n++; }"),
            compile("duplicate variable", "int n; int n; public void step() {}"),
            compile("abstract instantiation", "int n; public void step() { new AbstractList<String>(); }"),
            compile("step not implemented", "int n;"),
            new Case("public class in the wrong file", Expect.COMPILE_ERROR,
                    "public class Other implements dev.relive.api.Sketch { public void step() {} }"),
            rejected("constructor throws", "int n; Main() { throw new IllegalStateException(\"ctor\"); } public void step() {}"),
            rejected("field initializer throws", "int n; String s = null; int len = s.length(); public void step() {}"),
            rejected("static initializer throws", "int n; static int z = Integer.parseInt(\"zz\"); public void step() {}"),
            new Case("afterReload throws", Expect.FAULT_REVERTED,
                    sketch("int n; public void step() {} public void afterReload() { throw new RuntimeException(\"after\"); }")),
            rejected("two sketch classes", "int n; public void step() {} static class Twin implements Sketch { public void step() {} }"),
            rejected("no no-argument constructor", "int n; Main(int x) {} public void step() {}"),
            rejected("endless constructor", "int n; Main() { while (true) { n++; } } public void step() {}"),
            rejected("endless static initializer", "int n; static long z; static { while (z > -1) { z = z * 1; } } public void step() {}"),
            rejected("stack overflow in constructor", "int n; Main() { this.n = deep(0); } static int deep(int d) { return deep(d + 1); } public void step() {}"),
            new Case("exit in afterReload", Expect.FAULT_REVERTED,
                    sketch("int n; public void step() {} public void afterReload() { System.exit(3); }")),
            fault("null pointer in step", "String s = null; s.length();"),
            fault("division by zero", "int z = n / (n - n);"),
            fault("index out of bounds", "int[] a = new int[2]; a[n + 5] = 1;"),
            fault("assertion error", "throw new AssertionError(\"nope\");"),
            fault("endless loop in step", "while (true) { n++; }"),
            fault("System.exit in step", "System.exit(0);"),
            fault("deep recursion", "deep(0); } int deep(int d) { return deep(d + 1) + 1;"),
            fault("huge allocation", "long[] all = new long[Integer.MAX_VALUE - 16]; all[0] = n;"),
            fault("class cast", "Object o = \"s\"; Integer i = (Integer) o;"),
            fault("stray thread then throw", "Thread t = new Thread(() -> { while (true) { } }); t.setDaemon(true); t.start(); throw new IllegalStateException(\"after thread\");"),
            // Sketch code cannot reach the engine: it sees dev.relive.api and the JDK, and the engine's classes it can
            // still name through the engine's own loader are sealed in the runtime module.
            compile("releases itself from the stop check", "int n; public void step() { Guard.release(Thread.currentThread()); }"),
            attack("releases itself by reflection", "Guard.class.getMethod(\"release\", Thread.class).invoke(null, Thread.currentThread());"),
            attack("loads an engine class by name", "Class.forName(\"dev.relive.engine.Engine\");"),
            attack("asks its parent loader for the engine", "getClass().getClassLoader().getParent().loadClass(\"dev.relive.engine.Engine\");"),
            attack("clears its output tag to print fake events", engineClass("dev.relive.capture.GenerationTag") + ".getMethod(\"clear\").invoke(null);"),
            attack("takes the real standard output", engineClass("dev.relive.capture.OutputCapture") + ".getMethod(\"originalOut\").invoke(null);"),
            // In this JVM surefire opens every package that holds tests (engine, history, ...) to unnamed modules, so the
            // module-system attacks below aim at a package no test lives in (capture), and the stack walk takes the first
            // frame of a package neither opened nor exported; seal.SealedRunnerTest aims at every package in a runner JVM.
            attack("opens the engine's private fields", engineClass("dev.relive.capture.OutputCapture") + ".getDeclaredField(\"ORIGINAL_OUT\").setAccessible(true);"),
            attack("takes a private lookup into the engine", "java.lang.invoke.MethodHandles.privateLookupIn(" + engineClass("dev.relive.capture.OutputCapture")
                    + ", java.lang.invoke.MethodHandles.lookup());"),
            attack("opens an engine method through the system loader", "java.lang.reflect.Method m = ClassLoader.getSystemClassLoader()"
                    + ".loadClass(\"dev.relive.capture.OutputCapture\").getDeclaredMethods()[0]; m.setAccessible(true);"),
            attack("walks the stack to the engine", "Class<?> c = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)"
                    + ".walk(s -> s.map(StackWalker.StackFrame::getDeclaringClass).filter(k -> k.getName().startsWith(\"dev.relive.\") && !k.getModule().isOpen(k.getPackageName()) && !k.getModule().isExported(k.getPackageName()))"
                    + ".findFirst()).get(); c.getDeclaredFields()[0].setAccessible(true);"),
            // System.exit in every form, and everything else that belongs to the whole process.
            attack("System.exit by reflection", "System.class.getMethod(\"exit\", int.class).invoke(null, 0);"),
            attack("System.exit through Method.invoke reflected", "java.lang.reflect.Method invoke = java.lang.reflect.Method.class"
                    + ".getMethod(\"invoke\", Object.class, Object[].class); invoke.invoke(System.class.getMethod(\"exit\", int.class), null, new Object[]{0});"),
            attack("System::exit method reference", "java.util.function.IntConsumer exit = System::exit; exit.accept(0);"),
            attack("Runtime.halt bound method reference", "java.util.function.IntConsumer halt = Runtime.getRuntime()::halt; halt.accept(0);"),
            attack("System.exit method handle", "java.lang.invoke.MethodHandles.lookup().findStatic(System.class, \"exit\","
                    + " java.lang.invoke.MethodType.methodType(void.class, int.class)).invoke(0);"),
            attack("Runtime.exit method handle", "java.lang.invoke.MethodHandles.publicLookup().findVirtual(Runtime.class, \"exit\","
                    + " java.lang.invoke.MethodType.methodType(void.class, int.class)).invoke(Runtime.getRuntime(), 0);"),
            attack("Runtime.halt in a shutdown hook", "Runtime.getRuntime().addShutdownHook(new Thread(() -> Runtime.getRuntime().halt(0)));"),
            attack("System.setErr(null)", "System.setErr(null);"),
            attack("System.setOut", "System.setOut(new java.io.PrintStream(new java.io.ByteArrayOutputStream()));"),
            attack("System.setIn", "System.setIn(new java.io.ByteArrayInputStream(new byte[0]));"),
            attack("reads the runner's commands", "System.in.available();"),
            attack("System.setSecurityManager", "System.setSecurityManager(null);"),
            attack("default locale", "Locale.setDefault(Locale.GERMANY);"),
            attack("default time zone", "TimeZone.setDefault(TimeZone.getTimeZone(\"Asia/Tokyo\"));"),
            attack("default uncaught exception handler", "Thread.setDefaultUncaughtExceptionHandler((t, e) -> { });"),
            attack("writes fake events around the output routing", "new java.io.FileOutputStream(java.io.FileDescriptor.out)"
                    + ".write(\"{\\\"event\\\":\\\"purged\\\",\\\"kept\\\":[]}\\n\".getBytes());"),
            fault("closes the standard streams", "System.out.close(); System.err.close(); throw new IllegalStateException(\"closed\");"),
            attack("hides a thread by clearing its context class loader", "Thread.currentThread().setContextClassLoader(null);"),
            attack("setErr by reflection", "System.class.getMethod(\"setErr\", java.io.PrintStream.class).invoke(null, (Object) null);"),
            // Other programs, native code, Unsafe, class loaders of its own, the process's streams as files.
            refused("starts a child process", "new ProcessBuilder(\"true\").start();"),
            refused("Runtime.exec", "Runtime.getRuntime().exec(new String[]{\"true\"});"),
            refused("destroys a process", "ProcessHandle.current().destroyForcibly();"),
            refused("ProcessBuilder.start by reflection", "ProcessBuilder.class.getMethod(\"start\").invoke(new ProcessBuilder(\"true\"));"),
            refused("System.loadLibrary", "System.loadLibrary(\"c\");"),
            refused("System.load", "System.load(\"/lib/x86_64-linux-gnu/libc.so.6\");"),
            refused("takes Unsafe's instance", "java.lang.reflect.Field f = Class.forName(\"sun.misc.Unsafe\").getDeclaredField(\"theUnsafe\");"
                    + " f.setAccessible(true);"),
            refused("takes Unsafe with trySetAccessible", "Class.forName(\"sun.misc.Unsafe\").getDeclaredField(\"theUnsafe\").trySetAccessible();"),
            refused("opens Unsafe with a private lookup", "java.lang.invoke.MethodHandles.privateLookupIn(Class.forName(\"sun.misc.Unsafe\"),"
                    + " java.lang.invoke.MethodHandles.lookup());"),
            refused("opens JDK members in bulk", "java.lang.reflect.AccessibleObject.setAccessible(String.class.getDeclaredFields(), true);"),
            refused("opens a class on the class path", "java.lang.invoke.MethodHandles.privateLookupIn(Class.forName("
                    + "\"org.junit.jupiter.api.Assertions\", false, ClassLoader.getSystemClassLoader()), java.lang.invoke.MethodHandles.lookup());"),
            refused("makes a URLClassLoader", "new java.net.URLClassLoader(new java.net.URL[0]).loadClass(\"Main\");"),
            refused("URLClassLoader.newInstance", "java.net.URLClassLoader.newInstance(new java.net.URL[0]);"),
            refused("makes a class loader by reflection", "java.net.URLClassLoader.class.getConstructor(java.net.URL[].class)"
                    + ".newInstance((Object) new java.net.URL[0]);"),
            refused("makes a class loader through a method handle", "java.lang.invoke.MethodHandles.publicLookup().findConstructor("
                    + "java.net.URLClassLoader.class, java.lang.invoke.MethodType.methodType(void.class, java.net.URL[].class));"),
            refused("makes a class loader with a constructor reference", "java.util.function.Function<java.net.URL[], ClassLoader> f ="
                    + " java.net.URLClassLoader::new; f.apply(new java.net.URL[0]);"),
            refused("defines a module layer", "ModuleLayer.boot().defineModulesWithOneLoader(ModuleLayer.boot().configuration(),"
                    + " ClassLoader.getSystemClassLoader());"),
            new Case("subclasses ClassLoader", Expect.REFUSED, sketch("int n; static class L extends ClassLoader { L() { super(null); } }"
                    + " public void step() { n++; new L(); }")),
            refused("writes to /dev/stdout", "new java.io.FileOutputStream(\"/dev/stdout\").write('x');"),
            refused("writes to /proc/self/fd/1", "java.nio.file.Files.write(java.nio.file.Path.of(\"/proc/self/fd/1\"), new byte[]{'x'});"),
            refused("reads commands from /dev/fd/0", "new java.io.RandomAccessFile(new java.io.File(\"/dev/fd/0\"), \"r\");"),
            refused("writes to stdout through a link of its own", "java.nio.file.Path link = java.nio.file.Files.createTempDirectory(\"relive\")"
                    + ".resolve(\"out\"); java.nio.file.Files.createSymbolicLink(link, java.nio.file.Path.of(\"/proc/self/fd\"));"
                    + " new java.io.PrintStream(link.resolve(\"1\").toFile()).print('x');"),
            refused("calls the engine's libraries by reflection", "java.lang.reflect.Method m = Class.forName(\"com.sun.jna.Native\", false,"
                    + " Guard.class.getClassLoader()).getDeclaredMethods()[0]; m.invoke(null);"),
            refused("reads a field of the engine's libraries", "Class.forName(\"com.sun.jna.Native\", false, Guard.class.getClassLoader())"
                    + ".getField(\"POINTER_SIZE\").getInt(null);"),
            refused("reads a field of the engine's libraries through a method handle", "java.lang.invoke.MethodHandles.publicLookup()"
                    + ".findStaticGetter(Class.forName(\"com.sun.jna.Native\", false, Guard.class.getClassLoader()), \"POINTER_SIZE\", int.class);"),
            refused("interrupts the engine's threads", "for (Thread t : Thread.getAllStackTraces().keySet()) { if (t != Thread.currentThread()) { t.interrupt(); } }"),
            refused("lowers the priority of the engine's threads", "for (Thread t : Thread.getAllStackTraces().keySet()) { if (t != Thread.currentThread()) { t.setPriority(1); } }"),
            refused("interrupts every thread of its group", "Thread.currentThread().getThreadGroup().interrupt();"),
            refused("interrupts a thread by reflection", "Thread.class.getMethod(\"interrupt\").invoke(Thread.currentThread());"),
            // Method references and handles skip the checks woven before direct calls; so do reflective file openers.
            refused("opens stdout with a constructor reference", "interface Opener { java.io.OutputStream open(String file)"
                    + " throws java.io.IOException; } Opener open = java.io.FileOutputStream::new; open.open(\"/proc/self/fd/1\").write('x');"),
            refused("opens Unsafe with a setAccessible reference", "java.util.function.BiConsumer<java.lang.reflect.AccessibleObject, Boolean>"
                    + " open = java.lang.reflect.AccessibleObject::setAccessible;"
                    + " open.accept(Class.forName(\"sun.misc.Unsafe\").getDeclaredField(\"theUnsafe\"), true);"),
            refused("reads Unsafe with a Field::get reference", "java.lang.reflect.Field f = Class.forName(\"sun.misc.Unsafe\")"
                    + ".getDeclaredField(\"theUnsafe\"); interface Getter { Object get(java.lang.reflect.Field f, Object o) throws Exception; }"
                    + " Getter g = java.lang.reflect.Field::get; g.get(f, null);"),
            refused("finds System.exit with a Lookup::findStatic reference", "interface Finder { java.lang.invoke.MethodHandle find(Class<?> c,"
                    + " String name, java.lang.invoke.MethodType t) throws ReflectiveOperationException; }"
                    + " Finder find = java.lang.invoke.MethodHandles.lookup()::findStatic; find.find(System.class, \"exit\","
                    + " java.lang.invoke.MethodType.methodType(void.class, int.class)).invoke(0);"),
            refused("interrupts a thread with a method reference", "Runnable r = Thread.currentThread()::interrupt; r.run();"),
            refused("opens /dev/stdout with a reflective constructor", "java.io.FileOutputStream.class.getConstructor(String.class)"
                    + ".newInstance(\"/dev/stdout\").write('x');"),
            refused("opens /dev/stdout with a constructor handle", "((java.io.OutputStream) java.lang.invoke.MethodHandles.publicLookup()"
                    + ".findConstructor(java.io.FileOutputStream.class, java.lang.invoke.MethodType.methodType(void.class, String.class))"
                    + ".invoke(\"/dev/stdout\")).write('x');"),
            refused("opens /dev/stdout with Method.invoke of Files", "((java.io.OutputStream) java.nio.file.Files.class.getMethod("
                    + "\"newOutputStream\", java.nio.file.Path.class, java.nio.file.OpenOption[].class).invoke(null,"
                    + " java.nio.file.Path.of(\"/dev/stdout\"), new java.nio.file.OpenOption[0])).write('x');"),
            refused("makes a symbolic link", "java.nio.file.Files.createSymbolicLink(java.nio.file.Files.createTempDirectory(\"relive\")"
                    + ".resolve(\"l\"), java.nio.file.Path.of(\"/tmp\"));"),
            refused("changes the engine's thread saved in step() from a thread of its own", "Thread engine = Thread.currentThread();"
                    + " Throwable[] caught = new Throwable[1]; Thread own = new Thread(() -> { try { engine.setName(\"hijacked\"); }"
                    + " catch (Throwable x) { caught[0] = x; } }); own.start(); own.join();"
                    + " if (caught[0] != null) { throw new IllegalStateException(caught[0]); }"),
            refused("calls the engine by reflection", "java.lang.reflect.Method m = Class.forName(\"dev.relive.engine.Engine\", false,"
                    + " Guard.class.getClassLoader()).getMethod(\"stop\"); m.invoke(null);"),
            refused("opens the history's fields", "Class.forName(\"dev.relive.history.History\", false, Guard.class.getClassLoader())"
                    + ".getDeclaredFields()[0].setAccessible(true);"),
            refused("opens the loop by a private lookup", "java.lang.invoke.MethodHandles.privateLookupIn(Class.forName(\"dev.relive.loop.SketchCalls\","
                    + " false, Guard.class.getClassLoader()), java.lang.invoke.MethodHandles.lookup());"),
            refused("makes an engine object by reflection", "Class.forName(\"dev.relive.capture.GenerationTag\", false,"
                    + " Guard.class.getClassLoader()).getDeclaredConstructors()[0].newInstance();"));

    @TempDir
    Path dir;

    /**
     * Saves and returns the generation made of exactly what is now on disk. The watcher or the explicit reload,
     * whichever runs first on the compiler worker, makes it; the reload runs after any change already queued, so
     * once it returns the newest generation is the one for this save.
     */
    private static int saveAndAwaitGeneration(LiveSketch live, Runnable save) {
        save.run();
        live.engine().reload().join();
        return live.engine().generations().get(live.engine().generations().size() - 1).number();
    }

    private static EngineEvent.Compiled compiledOf(LiveSketch live, int generation) {
        return live.await(EngineEvent.Compiled.class, e -> e.generation() == generation);
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A jar in lib/ runs unchecked, so sketch code writing one there (or into the history) is refused, and nothing is written. */
    @Test
    void sketchCodeCannotWriteIntoItsOwnLibOrHistoryFolder() throws Exception {
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", GOOD).startThreaded()) {
            live.awaitOutput("good 3");
            for (String target : List.of("lib/evil.jar", ".relive/evil")) {
                Path file = dir.resolve(target);
                String literal = file.toString().replace("\\", "\\\\");
                live.clearEvents();
                int generation = saveAndAwaitGeneration(live, () -> live.write("Main.java", attack("writes " + target,
                        "java.nio.file.Path f = java.nio.file.Path.of(\"" + literal + "\"); java.nio.file.Files.createDirectories(f.getParent());"
                                + " java.nio.file.Files.write(f, new byte[]{'P', 'K'});").source()));
                EngineEvent.Error error = live.await(EngineEvent.Error.class, e -> e.generation() == generation);
                assertTrue(error.error().message().contains("(refused by Relive)"), target + ": " + error);
                assertTrue(error.error().trace().stream().anyMatch(f -> "Main.java".equals(f.file()) && f.line() > 0), error.toString());
                live.await(EngineEvent.Reverted.class, e -> e.generation() == generation && e.reason() == RevertReason.FAULT);
                assertFalse(Files.exists(file), target + " was not written");
                assertTrue(live.awaitOutput("good ").text().startsWith("good "), "the last good version keeps running");
            }
        }
    }

    /** Nor may it write a jar elsewhere and move it into lib/ with java.io.File's own rename. */
    @Test
    void sketchCodeCannotMoveAFileIntoItsOwnLibFolder() throws Exception {
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", GOOD).startThreaded()) {
            live.awaitOutput("good 3");
            Path outside = dir.resolve("evil.bin");
            Path target = dir.resolve("lib/evil.jar");
            String from = outside.toString().replace("\\", "\\\\");
            String to = target.toString().replace("\\", "\\\\");
            live.clearEvents();
            int generation = saveAndAwaitGeneration(live, () -> live.write("Main.java", attack("moves a file into lib/",
                    "java.nio.file.Files.write(java.nio.file.Path.of(\"" + from + "\"), new byte[]{'P', 'K'});"
                            + " new java.io.File(\"" + to + "\").getParentFile().mkdirs();"
                            + " new java.io.File(\"" + from + "\").renameTo(new java.io.File(\"" + to + "\"));").source()));
            EngineEvent.Error error = live.await(EngineEvent.Error.class, e -> e.generation() == generation);
            assertTrue(error.error().message().contains("(refused by Relive)"), error.toString());
            assertTrue(error.error().trace().stream().anyMatch(f -> "Main.java".equals(f.file()) && f.line() > 0), error.toString());
            live.await(EngineEvent.Reverted.class, e -> e.generation() == generation && e.reason() == RevertReason.FAULT);
            assertFalse(Files.exists(target), "nothing was moved into lib/");
            assertTrue(live.awaitOutput("good ").text().startsWith("good "), "the last good version keeps running");
        }
    }

    @Test
    void everyBrokenSketchGetsAClearErrorAndTheLastGoodVersionKeepsRunning() throws Exception {
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", GOOD).startThreaded()) {
            live.awaitOutput("good 3");
            for (Case c : CORPUS) {
                live.clearEvents();
                int generation = saveAndAwaitGeneration(live, () -> live.write("Main.java", c.source()));
                switch (c.expect()) {
                    case COMPILE_ERROR -> {
                        EngineEvent.Compiled compiled = compiledOf(live, generation);
                        assertFalse(compiled.ok(), c.name() + " " + live.events());
                        assertTrue(compiled.diagnostics().stream().anyMatch(d -> d.isError() && d.line() > 0 && !d.message().isBlank()),
                                c.name() + ": " + compiled.diagnostics());
                    }
                    case REJECTED -> {
                        EngineEvent.Rejected rejected = live.await(EngineEvent.Rejected.class, e -> e.generation() == generation);
                        assertFalse(rejected.reason().isBlank(), c.name());
                    }
                    case FAULT_REVERTED -> {
                        live.await(EngineEvent.Error.class, e -> e.generation() == generation);
                        live.await(EngineEvent.Reverted.class, e -> e.generation() == generation && e.reason() == RevertReason.FAULT);
                    }
                    case REFUSED -> {
                        EngineEvent.Error error = live.await(EngineEvent.Error.class, e -> e.generation() == generation);
                        assertTrue(error.error().message().contains("(refused by Relive)"), c.name() + ": " + error);
                        assertTrue(error.error().trace().stream().anyMatch(f -> "Main.java".equals(f.file()) && f.line() > 0),
                                c.name() + ": the error names the sketch's file and line: " + error);
                        live.await(EngineEvent.Reverted.class, e -> e.generation() == generation && e.reason() == RevertReason.FAULT);
                    }
                }
                String seen = live.awaitOutput("good ").text();
                assertTrue(seen.startsWith("good "), c.name() + ": the last good version keeps running");
            }
            assertTrue(CORPUS.size() >= 60);
            for (String junk : List.of("binary", "latin1")) {
                live.clearEvents();
                byte[] bytes = junk.equals("binary") ? new byte[]{0, 1, 2, (byte) 0xff, 0, 'x'}
                        : "class Caf\u00e9 {}".getBytes(StandardCharsets.ISO_8859_1);
                int generation = saveAndAwaitGeneration(live, () -> write(dir.resolve(junk + ".java"), bytes));
                EngineEvent.Compiled compiled = compiledOf(live, generation);
                assertFalse(compiled.ok());
                assertTrue(compiled.diagnostics().get(0).file().equals(junk + ".java"), compiled.toString());
                saveAndAwaitGeneration(live, () -> delete(dir.resolve(junk + ".java")));
            }
            live.clearEvents();
            live.write("Main.java", GOOD.replace("good", "healthy"));
            live.engine().reload().join();
            String healthy = live.awaitOutput("healthy").text();
            // n keeps whatever the broken versions did to it (the endless loop counted it up for a second), but it was never reset.
            assertTrue(!healthy.equals("healthy 1") && live.last(EngineEvent.Applied.class).state().kept().contains("Main.n"),
                    "the state survived it all: " + healthy);
        }
    }
}
