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
