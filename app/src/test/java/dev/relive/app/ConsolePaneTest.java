package dev.relive.app;

import dev.relive.app.editor.CodeEditor;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import dev.relive.app.console.ConsoleModel;
import dev.relive.event.RunStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console pane: stack frames in the sketch are links to their line, and a flood of output is survivable. */
class ConsolePaneTest extends WindowDriver {

    @Test
    void clickingAStackFrameOpensTheFileAtThatLine() {
        CodeEditor editor = editor("Main.java");
        clickBefore(editor, "for (Ball ball : balls)");
        write("if (frame > 2) throw new IllegalStateException(\"boom\");");
        type(KeyCode.ENTER);
        int line = lineOf(editor, "throw new IllegalStateException");
        ctrl(KeyCode.S);
        waitUntil("the error and its trace are in the console", () -> consoleHas("(Main.java:" + line + ")"));

        clickOn("#console-autoscroll"); // as a person would: stop the console following, so the link holds still
        push(KeyCode.CONTROL, KeyCode.HOME);
        waitUntil("the caret left the line", () -> fx(() -> editor.area().getCurrentParagraph()) != line - 1);
        Hyperlink link = fx(() -> lookup(".source-link").lookup((Hyperlink h) -> h.getText().contains("(Main.java:" + line + ")"))
                .queryAs(Hyperlink.class));
        clickOn(link);

        waitUntil("the editor is at the frame's line", () -> fx(() -> editor.area().getCurrentParagraph()) == line - 1);
        assertEquals(line - 1, fx(() -> editor.area().getCurrentParagraph()));
    }

    @Test
    void aSketchPrintingAFloodLeavesTheWindowResponsiveAndTheConsoleCapped() {
        CodeEditor editor = editor("Main.java");
        clickBefore(editor, "for (Ball ball : balls)");
        write("for (int i = 0; i < 2000; i++) System.out.println(\"flood \" + i);");
        type(KeyCode.ENTER);
        ctrl(KeyCode.S);
        clickOn("#rate-box");
        clickOn("max");
        waitUntil("the flood reaches the console", () -> consoleHas("[2] flood 1999"));

        clickOn("#run-pause-button");

        waitUntil("the pause button took effect", () -> fx(() -> session().live().statusProperty().get()) == RunStatus.PAUSED);
        assertTrue(fx(() -> session().console().size()) <= ConsoleModel.DEFAULT_CAPACITY, "the console keeps only its capacity");
        clickOn("#console-filter").write("flood 1999");
        waitUntil("the filter narrows the console", () -> console().stream().allMatch(l -> l.contains("flood 1999")));
    }

    @Test
    void clearingOnEachNewGenerationStartsTheConsoleAtTheNewCompile() {
        waitUntil("the example prints", () -> consoleHas("[1] frame "));
        clickOn("#console-clear-on-generation");
        select(editor("Main.java"), "frame %d");
        write("tick %d");

        ctrl(KeyCode.S);

        waitUntil("the new code prints", () -> !counts(2, "tick").isEmpty());
        assertTrue(console().get(0).startsWith("[2] compiled in "), "the console starts at the new compile: " + console());
    }
}
