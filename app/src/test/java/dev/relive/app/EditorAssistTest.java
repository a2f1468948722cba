package dev.relive.app;

import dev.relive.analysis.Completion;
import dev.relive.app.assist.EditorAssist;
import dev.relive.app.editor.CodeEditor;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor understands Java in the real window: completion, errors as you type, hover, navigation and rename. */
class EditorAssistTest extends WindowDriver {

    private EditorAssist assist(CodeEditor editor) {
        return fx(() -> EditorAssist.of(editor).orElseThrow());
    }

    private List<String> shownNames(EditorAssist assist) {
        return fx(() -> assist.shownCompletions().stream().map(Completion::name).toList());
    }

    /** Puts the caret on a new, indented, empty line above the line holding {@code needle}. */
    private void newLineAbove(CodeEditor editor, String needle) {
        clickBefore(editor, needle);
        type(KeyCode.ENTER);
        type(KeyCode.UP);
        type(KeyCode.END);
    }

    @Test
    void dotAfterTheCanvasOffersEllipseAndEnterInsertsItWithTheCaretInside() {
        CodeEditor editor = editor("Main.java");
        EditorAssist assist = assist(editor);
        newLineAbove(editor, "c.background(BACKGROUND);");

        write("c.");
        waitUntil("the popup offers ellipse", () -> shownNames(assist).contains("ellipse"));
        write("ell");
        waitUntil("ellipse is first", () -> !shownNames(assist).isEmpty() && shownNames(assist).get(0).equals("ellipse"));
        type(KeyCode.ENTER);

        String text = fx(editor::getText);
        int at = text.indexOf("c.ellipse()\n");
        assertTrue(at >= 0, "c.ellipse() was inserted on its own line:\n" + text);
        assertEquals(at + "c.ellipse(".length(), (int) fx(() -> editor.area().getCaretPosition()), "the caret sits between the parentheses");
        assertTrue(shownNames(assist).isEmpty(), "the popup closed");
    }

    @Test
    void typingBalInStepOffersTheBallsField() {
        CodeEditor editor = editor("Main.java");
        EditorAssist assist = assist(editor);
        newLineAbove(editor, "frame++;");

        write("bal");
        ctrl(KeyCode.SPACE);

        waitUntil("the popup offers balls", () -> shownNames(assist).contains("balls"));
        type(KeyCode.ESCAPE);
        assertTrue(shownNames(assist).isEmpty(), "Esc closes the popup");
    }

    @Test
    void syntaxErrorIsUnderlinedAsYouTypeAndClearedWhenFixedWithoutSaving() {
        CodeEditor editor = editor("Main.java");
        int line = lineOf(editor, "frame++;");
        int generations = history().size();

        clickBefore(editor, "++;");
        type(KeyCode.RIGHT, 2);
        type(KeyCode.DELETE);
        waitUntil("line " + line + " is underlined before any save", () -> fx(editor::markedLines).equals(List.of(line)));

        write(";");
        waitUntil("the underline is gone once fixed", () -> fx(editor::markedLines).isEmpty());

        assertEquals(1, fx(() -> session().live().liveGenerationProperty().get()), "nothing was swapped");
        assertEquals(generations, history().size(), "no generation was made");
        assertFalse(consoleHas("[2]"), "nothing was compiled by the engine");
    }

    @Test
    void restingTheMouseOnEllipseShowsItsJavadoc() {
        CodeEditor editor = editor("Main.java");
        EditorAssist assist = assist(editor);
        int at = fx(() -> editor.getText().indexOf("ellipse(b.x, b.y"));
        interact(() -> {
            editor.area().moveTo(at);
            editor.area().requestFollowCaret();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds chars = fx(() -> editor.area().getCharacterBoundsOnScreen(at + 2, at + 3).orElseThrow());

        moveTo(new Point2D(chars.getCenterX(), chars.getCenterY()));

        waitUntil("the hover shows the javadoc", () -> fx(assist::shownHover).contains("An ellipse centred on (cx, cy)."));
        assertTrue(fx(assist::shownHover).contains("void Canvas.ellipse(double cx, double cy, double w, double h)"),
                fx(assist::shownHover));
    }

    @Test
    void ctrlClickOnBallOpensBallJavaAtItsDeclaration() {
        CodeEditor editor = editor("Main.java");
        int at = fx(() -> editor.getText().indexOf("Ball b = balls"));
        interact(() -> {
            editor.area().moveTo(at);
            editor.area().requestFollowCaret();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds chars = fx(() -> editor.area().getCharacterBoundsOnScreen(at + 1, at + 2).orElseThrow());

        press(KeyCode.CONTROL);
        clickOn(new Point2D(chars.getCenterX(), chars.getCenterY()));
        release(KeyCode.CONTROL);

        waitUntil("Ball.java is open and selected",
                () -> fx(() -> session().documents().selected().map(d -> d.path().equals("Ball.java")).orElse(false)));
        CodeEditor ball = editor("Ball.java");
        int declared = fx(() -> ball.getText().indexOf("class Ball") + "class ".length());
        waitUntil("the caret is on the declaration", () -> fx(() -> ball.area().getCaretPosition()) == declared);
    }

    @Test
    void renamingTheFrameFieldChangesEveryUseInOneGenerationAndKeepsItsValue() {
        CodeEditor editor = editor("Main.java");
        int generations = history().size();
        clickBefore(editor, "frame = 0;");

        push(KeyCode.SHIFT, KeyCode.F6);
        waitUntil("the rename dialog asks for the new name", () -> lookup("#rename-field").tryQuery().isPresent());
        clickOn("#rename-field");
        push(KeyCode.CONTROL, KeyCode.A);
        write("tick");
        type(KeyCode.ENTER);

        waitUntil("the renamed code is live", () -> fx(() -> session().live().liveGenerationProperty().get()) == 2);
        String text = fx(editor::getText);
        assertTrue(text.contains("long tick = 0;") && text.contains("tick++;") && text.contains("tick % 180")
                && text.contains("\"frame %d:\", tick)"), text);
        assertFalse(text.contains("frame++") || text.contains("long frame") || text.contains(", frame)"), text);
        assertEquals(generations + 1, history().size(), "one generation was made");
        assertFalse(fx(() -> session().documents().find("Main.java").orElseThrow().isDirty()), "the rename was saved");
        waitUntil("the swap's migration is in the console", () -> consoleHas("[2] live in"));
        String swap = console().stream().filter(l -> l.startsWith("[2] live in")).findFirst().orElseThrow();
        assertTrue(swap.contains("reset 0, added 0, dropped 0"), "frame's value moved to tick rather than starting over: " + swap);
        assertTrue(consoleHas("The field keeps its running value under its new name"), console().toString());
    }

    @Test
    void typingACallShowsItsOverloadsWithTheCurrentArgument() {
        CodeEditor editor = editor("Main.java");
        EditorAssist assist = assist(editor);
        newLineAbove(editor, "c.background(BACKGROUND);");

        write("c.ellipse(1, ");

        waitUntil("signature help names the second argument",
                () -> fx(assist::shownSignatures).contains("ellipse(double cx, double cy, double w, double h)"));
    }

    @Test
    void findUsagesListsEveryUseOfTheFieldInTheConsole() {
        CodeEditor editor = editor("Main.java");
        clickBefore(editor, "frame = 0;");

        push(KeyCode.ALT, KeyCode.F7);

        waitUntil("the console lists the usages", () -> consoleHas("usages of frame"));
        int uses = (int) console().stream().filter(l -> l.contains("Main.java:") && l.contains("frame")).count();
        assertEquals(4, uses, console().toString());
    }

    @Test
    void altEnterOnATypeThatNeedsAnImportAddsItAndTheErrorClears() {
        CodeEditor editor = editor("Main.java");
        newLineAbove(editor, "frame++;");
        write("LocalTime started = null;");
        int line = lineOf(editor, "LocalTime started");
        waitUntil("LocalTime is underlined as unknown", () -> fx(editor::markedLines).contains(line));

        clickBefore(editor, "Time started");
        push(KeyCode.ALT, KeyCode.ENTER);

        waitUntil("the import was added", () -> fx(editor::getText).contains("import java.time.LocalTime;\n"));
        waitUntil("the underline is gone once imported", () -> fx(editor::markedLines).isEmpty());
        String text = fx(editor::getText);
        assertEquals(1, text.split("import java.time.LocalTime;", -1).length - 1, "imported once:\n" + text);
        assertTrue(text.contains("        LocalTime started = null;"), "the line typed is untouched:\n" + text);
    }

    /** Rests the mouse on the middle of the first {@code needle} in {@code editor}, after {@code skip} characters. */
    private void restOn(CodeEditor editor, String needle, int skip) {
        int at = fx(() -> editor.getText().indexOf(needle)) + skip;
        interact(() -> {
            editor.area().moveTo(at);
            editor.area().requestFollowCaret();
        });
        waitUntil("the spot is scrolled into view", () -> fx(() -> {
            editor.area().requestFollowCaret();
            return editor.area().getCharacterBoundsOnScreen(at + 1, at + 2).isPresent();
        }));
        Bounds chars = fx(() -> editor.area().getCharacterBoundsOnScreen(at + 1, at + 2).orElseThrow());
        moveTo(new Point2D(chars.getCenterX(), chars.getCenterY()));
    }

    @Test
    void restingTheMouseOnAFieldShowsItsLiveValue() {
        CodeEditor editor = editor("Main.java");
        EditorAssist assist = assist(editor);
        waitUntil("the sketch has run some frames", () -> frameNumber() > 3);

        restOn(editor, "frame++;", 0);

        waitUntil("the hover shows the frame counter's live value",
                () -> fx(assist::shownHover).matches("(?s).*\\blive: \\d+\\b.*"));
        String shown = fx(assist::shownHover);
        long frame = Long.parseLong(shown.replaceAll("(?s).*\\blive: (\\d+).*", "$1"));
        assertTrue(frame > 0, "the counter has counted: " + shown);
        assertTrue(shown.contains("long Main.frame"), "the declaration still shows: " + shown);
    }

    @Test
    void restingTheMouseOnAListFieldShowsItsSizeAndFirstElements() {
        CodeEditor editor = editor("Main.java");
        EditorAssist assist = assist(editor);
        restOn(editor, "balls = new", 1);

        waitUntil("the hover shows the list's size and first balls",
                () -> fx(assist::shownHover).matches("(?s).*live: ArrayList, size \\d+: \\[Ball@.*"));
    }
}
