package dev.relive.export;

import dev.relive.deps.DependencyResolver;
import dev.relive.event.EngineEvent;
import dev.relive.load.LoadedGeneration;
import dev.relive.testing.LiveSketch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exports real sketches with the real compiler and runs each jar with {@code java -jar} as a separate, headless
 * process that has nothing but the jar on its class path.
 */
class SketchExporterTest {

    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void aScriptRunsItsMainWithTheJarsArguments() throws Exception {
        Path sketch = sketch("script", "Main.java", """
                public class Main {
                    public static void main(String[] args) {
                        System.out.println("hello from " + Helper.name() + " " + String.join(",", args));
                    }
                }
                """);
        Files.writeString(sketch.resolve("Helper.java"), "class Helper { static String name() { return \"the script\"; } }");
        SketchExporter.Exported exported = SketchExporter.export(sketch, dir.resolve("script.jar"));
        assertEquals(LoadedGeneration.Mode.SCRIPT, exported.mode());
        Run run = run(exported.jar(), "a", "b");
        assertEquals(0, run.exit, run.err);
        assertEquals(List.of("hello from the script a,b"), run.out);
    }

    @Test
    void exportLeavesAnotherWritersTemporaryHistoryFilesAlone() throws Exception {
        // A sketch that does not compile makes export read the history for the last generation that went live.
        Path sketch = sketch("busy", "Main.java", "public class Main { broken }");
        Path inProgress = Files.createDirectories(sketch.resolve(".relive/generations")).resolve(".relive-1.tmp");
        Files.writeString(inProgress, "a live engine's write");
        assertThrows(ExportException.class, () -> SketchExporter.export(sketch, dir.resolve("busy.jar")));
        assertTrue(Files.exists(inProgress), "export deleted an in-progress history write");
    }

    @Test
    void aLoopSketchRunsSetupThenSteps() throws Exception {
        Path sketch = sketch("loop", "Main.java", """
                import dev.relive.api.Sketch;
                public class Main implements Sketch {
                    int steps;
                    public void setup() { System.out.println("setup"); }
                    public void step() {
                        steps++;
                        System.out.println("step " + steps);
                        if (steps == 3) System.exit(0);
                    }
                }
                """);
        SketchExporter.Exported exported = SketchExporter.export(sketch, dir.resolve("loop.jar"));
        assertEquals(LoadedGeneration.Mode.LOOP, exported.mode());
        Run run = run(exported.jar());
        assertEquals(0, run.exit, run.err);
        assertEquals(List.of("setup", "step 1", "step 2", "step 3"), run.out);
    }

    @Test
    void aSketchThatThrowsEndsWithItsExceptionAndExitCode1() throws Exception {
        Path sketch = sketch("throws", "Main.java", """
                public class Main implements dev.relive.api.Sketch {
                    public void step() { throw new IllegalStateException("boom in step"); }
                }
                """);
        Run run = run(SketchExporter.export(sketch, dir.resolve("throws.jar")).jar());
        assertEquals(1, run.exit);
        assertTrue(run.err.contains("IllegalStateException: boom in step"), run.err);
        assertTrue(run.err.contains("Main.step(Main.java:2)"), run.err);
    }

    @Test
    void aVisualSketchDrawsHeadlessAndUsesItsLibJar() throws Exception {
        Path sketch = sketch("visual", "Main.java", """
                import dev.relive.api.Canvas;
                import dev.relive.api.Sketch;
                import dev.relive.api.Visual;
                import lib.Greeting;
                public class Main implements Sketch, Visual {
                    int draws;
                    public void step() {}
                    public void draw(Canvas c) {
                        c.background(0xff000000);
                        c.ellipse(c.width() / 2, c.height() / 2, 20, 20);
                        if (++draws == 2) {
                            System.out.println(Greeting.TEXT + " " + c.width() + "x" + c.height());
                            System.exit(0);
                        }
                    }
                }
                """);
        writeLib(sketch.resolve("lib/greeting.jar"));
        SketchExporter.Exported exported = SketchExporter.export(sketch, dir.resolve("visual.jar"));
        Run run = run(exported.jar());
        assertEquals(0, run.exit, run.err);
        assertEquals(List.of("hi from a lib 640.0x400.0"), run.out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bouncing-balls", "led-strip", "life", "particles", "word-table"})
    void everyBundledExampleExportsWithOnlyTheLauncherApiAndDrawingOfRelive(String example) throws Exception {
        Path folder = Path.of(System.getProperty("relive.assets"), "examples", example);
        Path jar = SketchExporter.export(folder, dir.resolve(example + ".jar")).jar();
        try (JarFile file = new JarFile(jar.toFile())) {
            assertEquals("dev.relive.export.launch.Launcher", file.getManifest().getMainAttributes().getValue("Main-Class"));
            List<String> relive = file.stream().map(JarEntry::getName).filter(n -> n.startsWith("dev/relive/")).toList();
            assertTrue(relive.contains("dev/relive/draw/PngRenderer.class"), relive.toString());
            assertTrue(relive.contains("dev/relive/api/Sketch.class"), relive.toString());
            List<String> engine = relive.stream()
                    .filter(n -> SketchExporter.CARRIED_PACKAGES.stream().noneMatch(p -> n.startsWith(p) && n.indexOf('/', p.length()) < 0))
                    .toList();
            assertEquals(List.of(), engine);
        }
    }

    @Test
    void theWordTableExampleRunsFromItsJar() throws Exception {
        Path folder = Path.of(System.getProperty("relive.assets"), "examples", "word-table");
        Run run = run(SketchExporter.export(folder, dir.resolve("word-table.jar")).jar());
        assertEquals(0, run.exit, run.err);
        assertTrue(run.out.contains("run 1"), run.out.toString());
        assertTrue(run.out.stream().anyMatch(l -> l.matches("live\\s+3")), run.out.toString());
    }

    @Test
    void aLoopingVisualExampleKeepsRunningHeadlessWithoutErrors() throws Exception {
        Path folder = Path.of(System.getProperty("relive.assets"), "examples", "bouncing-balls");
        Path jar = SketchExporter.export(folder, dir.resolve("balls.jar")).jar();
        Path out = dir.resolve("balls-out.txt");
        Path err = dir.resolve("balls-err.txt");
        Process process = start(jar, out, err);
        try {
            boolean ended = process.waitFor(5, TimeUnit.SECONDS); // a few hundred steps and draws, unless it fails
            assertFalse(ended, "it ended with exit code " + (ended ? process.exitValue() : 0) + ": " + Files.readString(err));
            assertEquals("", Files.readString(err));
        } finally {
            process.destroyForcibly().waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Test
    void aBrokenSaveExportsTheLiveGenerationWithItsDependenciesAndTheJarRuns(@TempDir Path repository) throws Exception {
        System.setProperty(DependencyResolver.LOCAL_REPOSITORY, repository.toString());
        try {
            Path folder = Files.createDirectories(dir.resolve("live"));
            String good = "//DEPS org.apache.commons:commons-text:1.12.0\n"
                    + "public class Main {\n    public static void main(String[] args) {\n"
                    + "        System.out.println(org.apache.commons.text.WordUtils.capitalize(\"the live generation\"));\n    }\n}\n";
            try (LiveSketch live = LiveSketch.in(folder).write("Main.java", good).start()) {
                assertTrue(live.last(EngineEvent.Resolved.class).ok());
                live.save("Main.java", good.replace("capitalize(", "capitalize(;"));
                assertFalse(live.last(EngineEvent.Compiled.class).ok(), "the saved source is broken");
                assertEquals(1, live.engine().liveNumber(), "generation 1 keeps running");
            }

            SketchExporter.Exported exported = SketchExporter.export(folder, dir.resolve("live.jar"));
            assertEquals(1, exported.generation());
            assertTrue(exported.note().contains("do not compile (Main.java:4:") && exported.note().contains("live generation 1"),
                    exported.note());
            try (JarFile jar = new JarFile(exported.jar().toFile())) {
                assertTrue(jar.getEntry("org/apache/commons/text/WordUtils.class") != null, "the //DEPS jar is inside");
                assertTrue(jar.getEntry("org/apache/commons/lang3/StringUtils.class") != null, "and what it needs");
            }
            Run run = run(exported.jar());
            assertEquals(0, run.exit, run.err);
            assertEquals(List.of("The Live Generation"), run.out);
        } finally {
            System.clearProperty(DependencyResolver.LOCAL_REPOSITORY);
        }
    }

    @Test
    void aSketchThatDoesNotCompileNamesFileAndLineAndWritesNothing() throws Exception {
        Path sketch = sketch("broken", "Main.java", "public class Main {\n    public static void main(String[] a) { int x = ; }\n}\n");
        Path jar = dir.resolve("broken.jar");
        ExportException e = assertThrows(ExportException.class, () -> SketchExporter.export(sketch, jar));
        assertTrue(e.getMessage().contains("Main.java:2:"), e.getMessage());
        assertFalse(Files.exists(jar));
    }

    @Test
    void aMissingFolderOrNoEntryPointIsAClearError() throws Exception {
        ExportException missing = assertThrows(ExportException.class,
                () -> SketchExporter.export(dir.resolve("nope"), dir.resolve("nope.jar")));
        assertTrue(missing.getMessage().contains("no such sketch folder"), missing.getMessage());
        Path sketch = sketch("no-entry", "Thing.java", "class Thing {}");
        ExportException noEntry = assertThrows(ExportException.class, () -> SketchExporter.export(sketch, dir.resolve("x.jar")));
        assertTrue(noEntry.getMessage().contains("no entry point"), noEntry.getMessage());
    }

    private Path sketch(String name, String file, String source) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve(file), source);
        return folder;
    }

    /** A lib/ jar holding one class, compiled here from source. */
    private void writeLib(Path jar) throws Exception {
        Path src = Files.createDirectories(dir.resolve("libsrc/lib"));
        Files.writeString(src.resolve("Greeting.java"), "package lib; public class Greeting { public static final String TEXT = \"hi from a lib\"; "
                + "static { } }");
        Path out = Files.createDirectories(dir.resolve("libout"));
        int code = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(), src.resolve("Greeting.java").toString());
        assertEquals(0, code);
        Files.createDirectories(jar.getParent());
        try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(jar))) {
            j.putNextEntry(new JarEntry("lib/Greeting.class"));
            j.write(Files.readAllBytes(out.resolve("lib/Greeting.class")));
            j.closeEntry();
        }
    }

    private record Run(int exit, List<String> out, String err) {
    }

    private Run run(Path jar, String... args) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = start(jar, out, err, args);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the exported jar did not end in " + TIMEOUT_SECONDS + " s; output: " + Files.readString(out));
        }
        String text = Files.readString(out);
        return new Run(process.exitValue(), text.isEmpty() ? List.of() : List.of(text.split("\\R")), Files.readString(err));
    }

    /** Starts {@code java -jar} headless; its output goes to files, so a chatty sketch never blocks on a full pipe. */
    private static Process start(Path jar, Path out, Path err, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }
}
