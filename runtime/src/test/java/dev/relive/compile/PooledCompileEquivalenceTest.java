package dev.relive.compile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A compile in javac's reused context says exactly what a fresh javac says: the same diagnostics (message, line,
 * column, range), the same initializer texts and the same classes, on the first compile and on later ones that
 * reuse the context.
 */
class PooledCompileEquivalenceTest {

    private final SketchCompiler pooled = new SketchCompiler();
    private final SketchCompiler fresh = SketchCompiler.unpooled();

    @AfterEach
    void close() {
        pooled.close();
        fresh.close();
    }

    private static final List<Map<String, String>> SKETCHES = List.of(
            Map.of("Main.java", "public class Main {\n  int n = \"x\";\n  void f() { undefined(); }\n}\n"),
            Map.of("Main.java", "public class Main {\n  double speed = 2.5;\n  Ball b = new Ball(1, 2);\n}\n",
                    "Ball.java", "class Ball {\n  double x, y;\n  int hits = 3 ;\n  Ball(double x, double y) { this.x = x; }\n}\n"),
            Map.of("Main.java", "public class Main {\n  void f() {\n    int x = 1\n  }\n}\n"),
            Map.of("shapes/Dot.java", "package shapes;\npublic class Dot {\n  public String s = List.of(1).toString();\n}\n",
                    "Main.java", "import shapes.Dot;\nclass Main { Dot d = new Dot(); long n = d.s; }\n"),
            Map.of("Main.java", "public class Main {\n  static final int K = 3;\n  java.util.List<String> l = new java.util.ArrayList<>();\n"
                    + "  void f() { switch (K) { case 3 -> System.out.println(l); default -> { } } }\n}\n"));

    @Test
    void pooledCompilesReportWhatAFreshJavacReports() {
        for (int round = 0; round < 2; round++) {
            for (Map<String, String> sketch : SKETCHES) {
                CompileResult a = pooled.compile(SourceSet.of(sketch), SourceSet.EMPTY, CompileResult.NONE);
                CompileResult b = fresh.compile(SourceSet.of(sketch), SourceSet.EMPTY, CompileResult.NONE);
                String where = "round " + round + ", " + sketch.keySet();
                assertEquals(b.ok(), a.ok(), where);
                assertEquals(b.diagnostics(), a.diagnostics(), where);
                assertEquals(b.initializers(), a.initializers(), where);
                assertEquals(b.classes().keySet(), a.classes().keySet(), where);
            }
        }
        assertTrue(pooled.pooled(), "the test JVM exports javac's pool, so this compiler should use it");
        assertFalse(fresh.pooled());
    }

    @Test
    void aClassThatIsGoneIsNotFoundByTheReusedContext() {
        Map<String, String> two = Map.of("Main.java", "class Main { int f() { return Helper.X + new Helper().y(); } }",
                "Helper.java", "class Helper { static final int X = 1; int y() { return 2; } }");
        SourceSet before = SourceSet.of(two);
        CompileResult first = pooled.compile(before, SourceSet.EMPTY, CompileResult.NONE);
        assertTrue(first.ok(), first.diagnostics().toString());
        SourceSet after = SourceSet.of(Map.of("Main.java", two.get("Main.java") + "\n"));
        CompileResult second = pooled.compile(after, before, first);
        assertFalse(second.ok(), "Helper was deleted, so Main must not compile");
        assertEquals("Main.java", second.errors().get(0).file());
    }
}
