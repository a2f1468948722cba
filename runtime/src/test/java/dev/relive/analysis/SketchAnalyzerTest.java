package dev.relive.analysis;

import dev.relive.compile.Diagnostic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analysis answers through real javac on real sketch text, as the editor asks while a person types. */
class SketchAnalyzerTest {

    private static final SketchAnalyzer ANALYZER = new SketchAnalyzer();

    static final String MAIN = """
            import dev.relive.api.Canvas;
            import dev.relive.api.Sketch;
            import dev.relive.api.Visual;

            import java.util.ArrayList;
            import java.util.List;

            public class Main implements Sketch, Visual {
                final List<Ball> balls = new ArrayList<>();
                long frame = 0;

                @Override
                public void step() {
                    frame++;
                    for (Ball ball : balls) {
                        ball.move(1);
                    }
                }

                @Override
                public void draw(Canvas c) {
                    c.background(0);
                    System.out.println(frame);
                }
            }
            """;
    static final String BALL = """
            /** One ball. */
            public class Ball {
                /** Across. */
                double x;

                /** Moves it by {@code dx}. */
                void move(double dx) {
                    x += dx;
                }
            }
            """;

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    private static SketchSnapshot sketch(String main) {
        return SketchSnapshot.of(Map.of("Main.java", main, "Ball.java", BALL));
    }

    private static int after(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle + " is in the text");
        return at + needle.length();
    }

    @Test
    void cleanSketchHasNoErrors() {
        assertEquals(List.of(), ANALYZER.diagnostics(sketch(MAIN)).stream().filter(Diagnostic::isError).toList());
    }

    @Test
    void warmingUpOnABrokenSketchChangesNoAnswer() {
        SketchAnalyzer fresh = new SketchAnalyzer();
        try (fresh) {
            String broken = MAIN.replace("frame++;", "frame++");
            fresh.warmUp(sketch(broken)); // a sketch mid-edit: warming must neither throw nor leave anything behind
            fresh.warmUp(SketchSnapshot.of(Map.of()));
            assertEquals(ANALYZER.diagnostics(sketch(broken)).toString(), fresh.diagnostics(sketch(broken)).toString());
            assertEquals(List.of(), fresh.diagnostics(sketch(MAIN)).stream().filter(Diagnostic::isError).toList());
        }
    }

    @Test
    void syntaxErrorIsReportedOnItsLineWithoutSaving() {
        String broken = MAIN.replace("frame++;", "frame++");
        List<Diagnostic> errors = ANALYZER.diagnostics(sketch(broken)).stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("Main.java", errors.get(0).file());
        assertEquals(14, errors.get(0).line());
    }

    @Test
    void typeErrorInAnotherFileIsReportedThere() {
        SketchSnapshot s = sketch(MAIN).with("Ball.java", BALL.replace("x += dx;", "x += \"no\";"));
        List<Diagnostic> errors = ANALYZER.diagnostics(s).stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of("Ball.java"), errors.stream().map(Diagnostic::file).toList(), errors.toString());
    }

    @Test
    void dotAfterCanvasOffersItsMethodsWithTheCaretInsideTheParentheses() {
        String typed = MAIN.replace("c.background(0);", "c.background(0);\n        c.");
        Completions completions = ANALYZER.complete(sketch(typed), "Main.java", after(typed, "(0);\n        c."));
        Completion ellipse = completions.items().stream().filter(c -> c.name().equals("ellipse")).findFirst().orElseThrow();
        assertEquals("ellipse()", ellipse.insert());
        assertEquals("ellipse(".length(), ellipse.caret());
        assertEquals("void", ellipse.detail());
        assertTrue(ellipse.label().startsWith("ellipse(double "), ellipse.label());
        assertEquals("ellipse", completions.filter("ell").get(0).name());
    }

    @Test
    void membersOfAGenericListAreTypedForItsElements() {
        String typed = MAIN.replace("frame++;", "frame++;\n        balls.");
        Completions completions = ANALYZER.complete(sketch(typed), "Main.java", after(typed, "balls.\n") - 1);
        List<String> labels = completions.items().stream().map(Completion::label).toList();
        assertTrue(labels.contains("add(Ball)") && labels.contains("get(int)"), labels.toString());
        assertEquals("Ball", completions.items().stream().filter(c -> c.label().equals("get(int)")).findFirst().orElseThrow().detail());
        String call = MAIN.replace("frame++;", "frame++;\n        balls.add(");
        SignatureHelp help = ANALYZER.signatures(sketch(call), "Main.java", after(call, "balls.add(")).orElseThrow();
        assertTrue(help.signatures().stream().anyMatch(s -> s.parameters().equals(List.of("Ball"))), help.toString());
    }

    @Test
    void typedPrefixAfterDotBeforeMoreCodeStillFindsMembers() {
        String typed = MAIN.replace("c.background(0);", "c.ell\n        c.background(0);");
        Completions completions = ANALYZER.complete(sketch(typed), "Main.java", after(typed, "c.ell"));
        assertEquals("ellipse", completions.items().get(0).name());
    }

    @Test
    void camelHumpsFindAMember() {
        String typed = MAIN.replace("c.background(0);", "double x = c.input().mX");
        Completions completions = ANALYZER.complete(sketch(typed), "Main.java", after(typed, "c.input().mX"));
        assertEquals("mouseX", completions.items().get(0).name(), completions.items().toString());
        assertTrue(NameMatch.matches("gMX", "getMouseX"));
        assertFalse(NameMatch.matches("gMY", "getMouseX"));
    }

    @Test
    void bareNameOffersFieldsLocalsAndSketchTypes() {
        String typed = MAIN.replace("frame++;", "frame++;\n        bal");
        Completions completions = ANALYZER.complete(sketch(typed), "Main.java", after(typed, "        bal"));
        assertEquals("balls", completions.items().get(0).name(), completions.items().toString());
        String inLoop = MAIN.replace("ball.move(1);", "ball.move(1);\n            ba");
        List<String> names = ANALYZER.complete(sketch(inLoop), "Main.java", after(inLoop, "            ba")).items().stream()
                .map(Completion::name).toList();
        assertTrue(names.containsAll(List.of("ball", "balls")), names.toString());
    }

    @Test
    void typeNotImportedComesWithItsImport() {
        String typed = MAIN.replace("frame++;", "frame++;\n        HashM");
        Completions completions = ANALYZER.complete(sketch(typed), "Main.java", after(typed, "HashM"));
        Completion map = completions.items().stream().filter(c -> c.name().equals("HashMap")).findFirst().orElseThrow();
        assertEquals("java.util.HashMap", map.importName());
        TextEdit edit = SketchAnalyzer.importEdit("Main.java", typed, map.importName()).orElseThrow();
        assertTrue(edit.applyTo(typed).contains("import java.util.List;\nimport java.util.HashMap;\n"), edit.applyTo(typed));
    }

    @Test
    void signatureHelpShowsTheOverloadAndTheArgument() {
        String typed = MAIN.replace("c.background(0);", "c.ellipse(1, ");
        SignatureHelp help = ANALYZER.signatures(sketch(typed), "Main.java", after(typed, "c.ellipse(1, ")).orElseThrow();
        assertEquals(1, help.argument());
        assertEquals("ellipse", help.signatures().get(0).name());
        assertEquals(4, help.signatures().get(0).parameters().size());
    }

    @Test
    void hoverShowsTheApiJavadocAndDeclaration() {
        Hover hover = ANALYZER.hover(sketch(MAIN), "Main.java", after(MAIN, "c.backg")).orElseThrow();
        assertEquals("void Canvas.background(int color)", hover.declaration());
        assertTrue(hover.javadoc().contains("Fills the whole surface with color"), hover.javadoc());
        Hover field = ANALYZER.hover(sketch(MAIN), "Main.java", after(MAIN, "println(fr")).orElseThrow();
        assertEquals("long Main.frame", field.declaration());
        assertEquals("frame", field.statePath(), "a field of the running sketch has a live value to show");
        assertEquals("", hover.statePath(), "a method has none");
    }

    @Test
    void hoverOnAJdkMethodShowsItsJavadocFromTheJdkSources() {
        Hover hover = ANALYZER.hover(sketch(MAIN), "Main.java", after(MAIN, "System.out.print")).orElseThrow();
        assertEquals("void PrintStream.println(long)", hover.declaration());
        boolean jdkHasSources = java.nio.file.Files.isRegularFile(
                java.nio.file.Path.of(System.getProperty("java.home"), "lib", "src.zip"));
        assertEquals(jdkHasSources, hover.javadoc().contains("Prints a long and then terminate"), hover.javadoc()); // "terminates" on newer JDKs
    }

    @Test
    void ctrlSpaceInAClassOffersTheSketchSnippetsIndentedWhereTheyGo() {
        String typed = MAIN.replace("    long frame = 0;\n", "    long frame = 0;\n    befo\n");
        Completions completions = ANALYZER.complete(sketch(typed), "Main.java", after(typed, "    befo"));
        Completion snippet = completions.items().stream().filter(c -> c.kind() == Completion.Kind.SNIPPET).findFirst().orElseThrow();
        assertEquals("beforeReload", snippet.name());
        assertEquals("@Override\n    public void beforeReload() {\n        \n    }", snippet.insert());
        assertEquals(snippet.insert().indexOf("{\n") + 10, snippet.caret());
    }

    @Test
    void definitionOfBallIsInBallJava() {
        Location l = ANALYZER.definition(sketch(MAIN), "Main.java", after(MAIN, "List<Ba")).orElseThrow();
        assertEquals("Ball.java", l.file());
        assertEquals(2, l.line());
        assertEquals("Ball", BALL.substring(l.start(), l.end()));
    }

    @Test
    void usagesOfAFieldSpanFilesAndRenameEditsThemAll() {
        List<Location> uses = ANALYZER.usages(sketch(MAIN), "Main.java", after(MAIN, "long fr"));
        assertEquals(3, uses.size(), uses.toString());
        Rename rename = ANALYZER.rename(sketch(MAIN), "Main.java", after(MAIN, "long fr"), "tick");
        assertTrue(rename.ok(), rename.problem());
        assertEquals(java.util.Set.of(new dev.relive.migrate.FieldRenames.Rename("Main", "frame", "tick")), rename.fields().renames());
        String renamed = MAIN;
        List<TextEdit> edits = rename.edits().stream().sorted((a, b) -> b.start() - a.start()).toList();
        for (TextEdit e : edits) {
            renamed = e.applyTo(renamed);
        }
        assertFalse(renamed.contains("frame"), renamed);
        assertEquals(List.of(), ANALYZER.diagnostics(sketch(renamed)).stream().filter(Diagnostic::isError).toList());
        List<Location> moves = ANALYZER.usages(sketch(MAIN), "Main.java", after(MAIN, "ball.mo"));
        assertEquals(List.of("Ball.java", "Main.java"), moves.stream().map(Location::file).toList());
    }

    @Test
    void renamingAnOverriddenApiMethodIsRefusedWithAReason() {
        Rename rename = ANALYZER.rename(sketch(MAIN), "Main.java", after(MAIN, "void st"), "go");
        assertFalse(rename.ok());
        assertTrue(rename.problem().contains("overrides"), rename.problem());
    }

    @Test
    void missingImportIsFoundByItsSimpleName() {
        String typed = MAIN.replace("frame++;", "frame++;\n        Map<String, String> m = null;");
        assertTrue(ANALYZER.importsFor(sketch(typed), "Main.java", after(typed, "        Ma")).contains("java.util.Map"));
    }

    @Test
    void questionsInTheReusedContextSeeTheSketchAsItIsNow() {
        Hover first = ANALYZER.hover(sketch(MAIN), "Main.java", after(MAIN, "c.backg")).orElseThrow();
        Hover again = ANALYZER.hover(sketch(MAIN), "Main.java", after(MAIN, "c.backg")).orElseThrow();
        assertEquals(first, again, "the API's javadoc shows on every question, not only in a fresh context");
        assertEquals(List.of(), ANALYZER.diagnostics(sketch(MAIN)).stream().filter(Diagnostic::isError).toList());
        List<Diagnostic> gone = ANALYZER.diagnostics(SketchSnapshot.of(Map.of("Main.java", MAIN)))
                .stream().filter(Diagnostic::isError).toList();
        assertFalse(gone.isEmpty(), "Ball.java was deleted, so Ball must not be found from the last question");
        assertTrue(gone.stream().allMatch(d -> d.message().contains("Ball")), gone.toString());
        SketchSnapshot renamed = SketchSnapshot.of(Map.of("Main.java", MAIN, "Ball.java", BALL.replace("double x;", "double across;")));
        List<Diagnostic> stale = ANALYZER.diagnostics(renamed).stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of("Ball.java"), stale.stream().map(Diagnostic::file).toList(), stale.toString());
    }

    @Test
    void hoverTellsWhereAFieldsLiveValueIsOnlyWhenItHasOne() {
        String ball = BALL.replace("double x;", "double x;\n    static int made;");
        String main = MAIN.replace("ball.move(1);", "ball.move(1); Ball.made++; double across = ball.x;");
        SketchSnapshot s = SketchSnapshot.of(Map.of("Main.java", main, "Ball.java", ball));
        assertEquals("Ball.made", ANALYZER.hover(s, "Main.java", after(main, "Ball.ma")).orElseThrow().statePath());
        assertEquals("", ANALYZER.hover(s, "Main.java", after(main, "ball.x")).orElseThrow().statePath(),
                "each ball has its own x, so there is no one value");
        assertEquals("balls", ANALYZER.hover(s, "Main.java", after(main, "(Ball ball : bal")).orElseThrow().statePath());
    }
}
