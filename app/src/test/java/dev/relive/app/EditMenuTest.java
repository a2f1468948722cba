package dev.relive.app;

import dev.relive.app.editor.CodeEditor;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The Edit menu works on the file being edited, and its shortcuts act once. */
class EditMenuTest extends WindowDriver {

    @Test
    void undoFromTheMenuAndCtrlZEachTakeBackOneEdit() {
        CodeEditor editor = editor("Main.java");
        String original = fx(editor::getText);
        clickBefore(editor, "frame++;");
        write("a");
        type(KeyCode.ENTER);
        write("b");
        String typed = fx(editor::getText);

        clickOn("Edit");
        clickOn("Undo");
        waitUntil("one edit is taken back", () -> !fx(editor::getText).equals(typed));
        ctrl(KeyCode.Z);

        waitUntil("the text is as it was", () -> fx(editor::getText).equals(original));
        clickOn("Edit");
        clickOn("Redo");
        waitUntil("redo brings an edit back", () -> !fx(editor::getText).equals(original));
    }
}
