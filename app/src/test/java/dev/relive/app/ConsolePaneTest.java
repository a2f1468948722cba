package dev.relive.app;

import dev.relive.app.editor.CodeEditor;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The console pane: stack frames in the sketch are links to their line. */
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

        push(KeyCode.CONTROL, KeyCode.HOME);
        waitUntil("the caret left the line", () -> fx(() -> editor.area().getCurrentParagraph()) != line - 1);
        Hyperlink link = fx(() -> lookup(".source-link").lookup((Hyperlink h) -> h.getText().contains("(Main.java:" + line + ")"))
                .queryAs(Hyperlink.class));
        clickOn(link);

        waitUntil("the editor is at the frame's line", () -> fx(() -> editor.area().getCurrentParagraph()) == line - 1);
        assertEquals(line - 1, fx(() -> editor.area().getCurrentParagraph()));
    }
}
