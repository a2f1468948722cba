package dev.relive.app;

import dev.relive.app.editor.CodeEditor;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void ctrlGGoesToTheLineTypedAndRefusesOneTheFileDoesNotHave() {
        CodeEditor editor = editor("Main.java");
        int lines = fx(() -> editor.area().getParagraphs().size());
        clickBefore(editor, "frame++;");

        ctrl(KeyCode.G);
        waitUntil("the go-to-line dialog opens", () -> lookup("#go-to-line-dialog").tryQuery().isPresent());
        clickOn("#go-to-line-number").eraseText(12).write(String.valueOf(lines + 5));
        assertTrue(textOf("#go-to-line-problem").contains("1 to " + lines), "a line past the end is refused, saying why");
        assertTrue(fx(() -> lookup("#go-to-line-dialog .button").queryAll().stream()
                .anyMatch(b -> ((javafx.scene.control.Button) b).isDefaultButton() && b.isDisabled())), "OK waits for a line that exists");
        eraseText(12).write("3");
        type(KeyCode.ENTER);

        waitUntil("the caret is on line 3", () -> fx(() -> editor.area().getCurrentParagraph()) == 2);
        assertEquals(0, fx(() -> editor.area().getCaretColumn()), "at its start");
    }

    @Test
    void theEditMenuHasEveryEditingCommand() {
        clickOn("Edit");
        for (String item : java.util.List.of("Undo", "Redo", "Cut", "Copy", "Paste", "Find…", "Replace…", "Go to Line…", "Toggle Comment")) {
            assertTrue(lookup(item).tryQuery().isPresent(), "Edit has " + item);
        }
        type(KeyCode.ESCAPE);
    }
}
