package dev.relive.compile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In-memory compiles: diagnostics, packages, jars and incremental recompilation. */
class SketchCompilerTest {

    final SketchCompiler compiler = new SketchCompiler();

    @AfterEach
    void close() {
        compiler.close();
    }

    private CompileResult compile(Map<String, String> files) {
        return compiler.compile(SourceSet.of(files), SourceSet.EMPTY, CompileResult.NONE);
    }

    @Test
    void diagnosticsCarryTheFileRelativeToTheSketchWithLineColumnAndRange() {
        String text = "package shapes;\n\npublic class Ball {\n    int r = \"x\";\n}\n";
        CompileResult result = compile(Map.of("shapes/Ball.java", text));
        assertFalse(result.ok());
        Diagnostic d = result.errors().get(0);
        assertEquals("shapes/Ball.java", d.file());
        assertEquals(4, d.line());
        assertEquals(13, d.column());
        assertEquals("\"x\"", text.substring((int) d.start(), (int) d.end()));
        assertTrue(d.message().startsWith("incompatible types"), d.message());
    }

    @Test
    void packagesCompileAndEveryClassKnowsItsFile() {
        CompileResult result = compile(Map.of(
                "shapes/Ball.java", "package shapes; public class Ball { public static class Spin {} }",
                "Main.java", "import shapes.Ball; public class Main { Ball b = new Ball(); }"));
        assertTrue(result.ok(), result.diagnostics().toString());
        assertEquals("shapes/Ball.java", result.classFiles().get("shapes.Ball$Spin"));
        assertEquals("Main.java", result.classFiles().get("Main"));
    }

    /**
     * A changed file is parsed once: its scan is moved across the edit and checked against javac's parse. Edits the
     * guess cannot know (a new field, a renamed one, broken syntax) miss and are compiled from a parse of their own;
     * either way the result is the one a fresh compiler gives.
     */
    @Test
    void aChangedFilesScanComesFromTheCompilesOwnParse() {
        String base = "public class Main {\n    double speed = %s;\n    int[] xs = {1, 2};\n%s    void step() { speed += %s; }\n}\n";
        String[][] edits = {
                {"1.5", "", "1"},            // start
                {"2.5", "", "1"},            // an initializer's value: kept
                {"2.5", "", "3"},            // a method body: kept
                {"22.5 + 1", "", "3"},       // an initializer grows: kept
                {"22.5 + 1", "    int added = 7;\n", "3"}, // a new field: missed
                {"22.5 + 1", "    int added = 8;\n", "3"}, // its value: kept
                {"22.5 + 1", "    int renamed = 8;\n", "3"}, // a rename: missed
                {"22.5 +", "    int renamed = 8;\n", "3"},   // broken syntax: missed (and does not compile)
                {"4.5", "    int renamed = 8;\n", "3"},     // after an error: a full compile, no guess
                {"4.5", "    int renamed = 8;\n    static class Extra { int e = \"x\"; }\n", "3"}, // a new class, failing: missed
                {"4.5", "    int renamed = 8;\n    static class Extra { int e = 1; }\n", "3"}, // fixed: kept, nothing stale
        };
        SourceSet before = SourceSet.EMPTY;
        CompileResult last = CompileResult.NONE;
        CompileResult lastGood = CompileResult.NONE;
        SourceSet lastGoodSources = SourceSet.EMPTY;
        for (String[] edit : edits) {
            SourceSet now = SourceSet.of(Map.of("Main.java", base.formatted(edit[0], edit[1], edit[2])));
            last = compiler.compile(now, lastGoodSources, lastGood);
            try (SketchCompiler fresh = new SketchCompiler()) {
                CompileResult full = fresh.compile(now, SourceSet.EMPTY, CompileResult.NONE);
                assertEquals(full.ok(), last.ok(), String.join(" ", edit));
                assertEquals(full.initializers().byClass(), last.initializers().byClass(), String.join(" ", edit));
                assertEquals(full.classes().keySet(), last.classes().keySet());
                for (String name : full.classes().keySet()) {
                    assertTrue(java.util.Arrays.equals(full.classes().get(name), last.classes().get(name)), name + " " + String.join(" ", edit));
                }
            }
            if (last.ok()) {
                lastGood = last;
                lastGoodSources = now;
            }
            before = now;
        }
        assertEquals(5, compiler.guesses()[0], "guesses kept");
        assertEquals(4, compiler.guesses()[1], "guesses missed");
    }

    @Test
    void fieldInitializerTextsAreRecordedPerClass() {
        CompileResult result = compile(Map.of("Main.java",
                "public class Main { double speed = 2.5 ; int n; static class In { String s = \"a\" + 1; } }"));
        assertEquals("2.5", result.initializers().of("Main", "speed").orElseThrow());
        assertEquals("", result.initializers().of("Main", "n").orElseThrow());
        assertEquals("\"a\" + 1", result.initializers().of("Main$In", "s").orElseThrow());
    }

    @Test
    void onlyTheChangedFileAndItsDependentsAreRecompiled() {
        Map<String, String> files = new HashMap<>();
        files.put("Main.java", "public class Main { Helper h = new Helper(); }");
        files.put("Helper.java", "public class Helper { int x = 1; }");
        for (int i = 0; i < 20; i++) {
            files.put("Other" + i + ".java", "public class Other" + i + " { int y = " + i + "; }");
        }
        SourceSet first = SourceSet.of(files);
        CompileResult one = compiler.compile(first, SourceSet.EMPTY, CompileResult.NONE);
        assertEquals(22, one.compiledFiles().size());

        files.put("Helper.java", "public class Helper { int x = 2; }");
        SourceSet second = SourceSet.of(files);
        CompileResult two = compiler.compile(second, first, one);
        assertTrue(two.ok(), two.diagnostics().toString());
        assertEquals(Set.of("Helper.java", "Main.java"), two.compiledFiles());
        assertEquals(24 - 2, two.classes().size());
        assertEquals("1", one.initializers().of("Helper", "x").orElseThrow());
        assertEquals("2", two.initializers().of("Helper", "x").orElseThrow());
        assertEquals("y = 3".substring(4), two.initializers().of("Other3", "y").orElseThrow());
    }

    @Test
    void jarsInLibAreOnTheClassPath(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("lib/greeting.jar");
        Files.createDirectories(jar.getParent());
        writeJar(dir, jar);
        SourceSet sources = new SourceSet(Map.of("Main.java", "public class Main { String s = greet.Hello.WORD; }"),
                Map.of(), Map.of(jar, 1L));
        CompileResult result = compiler.compile(sources, SourceSet.EMPTY, CompileResult.NONE);
        assertTrue(result.ok(), result.diagnostics().toString());
    }

    @Test
    void theSourceReaderSkipsHiddenFoldersAndNonSources(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Main.java"), "class Main {}");
        Files.writeString(dir.resolve("notes.txt"), "hello");
        Files.createDirectories(dir.resolve(".relive"));
        Files.writeString(dir.resolve(".relive/Old.java"), "class Old {}");
        assertEquals(Set.of("Main.java"), SourceReader.read(dir).files());
    }

    /** Compiles {@code greet.Hello} with the real javac into a jar, as a user's library would be. */
    private static void writeJar(Path dir, Path jar) throws Exception {
        Path src = dir.resolve("src/greet/Hello.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package greet; public class Hello { public static final String WORD = \"hi\"; }");
        Path out = dir.resolve("classes");
        Files.createDirectories(out);
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(), src.toString()));
        try (JarOutputStream jarOut = new JarOutputStream(Files.newOutputStream(jar))) {
            jarOut.putNextEntry(new JarEntry("greet/Hello.class"));
            try (OutputStream ignored = OutputStream.nullOutputStream()) {
                jarOut.write(Files.readAllBytes(out.resolve("greet/Hello.class")));
            }
            jarOut.closeEntry();
        }
    }
}
