package dev.relive.app;

import dev.relive.app.documents.UnsavedEditsDialog;
import dev.relive.app.editor.CodeEditor;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ButtonType;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Closing the window, or a tab, with unsaved edits asks first. */
class ClosingTest extends WindowDriver {

    @Test
    void closingWithUnsavedEditsAsksAndCancelKeepsTheWindowAndTheEdits() {
        typeAnEdit();

        requestClose();
        DialogPane dialog = awaitUnsavedDialog();
        assertTrue(fx(dialog::getHeaderText).contains("unsaved edits"), fx(dialog::getHeaderText));
        clickOn(fx(() -> (Button) dialog.lookupButton(ButtonType.CANCEL)));

        waitUntil("the dialog is gone", () -> lookup("#unsaved-edits-dialog").tryQuery().isEmpty());
        assertTrue(fx(stage::isShowing), "the window stays open");
        assertTrue(fx(() -> session().documents().find("Main.java").orElseThrow().isDirty()), "the edits are still there");
    }

    @Test
    void choosingSaveWritesTheEditsAndCloses() throws Exception {
        typeAnEdit();

        requestClose();
        DialogPane dialog = awaitUnsavedDialog();
        clickOn(fx(() -> (Button) dialog.lookupButton(UnsavedEditsDialog.SAVE)));

        waitUntil("the window closes", () -> !fx(stage::isShowing));
        Path file = home.resolve("sketches/bouncing-balls/Main.java");
        assertTrue(Files.readString(file).contains("// saved on close"), "the edit is on disk");
    }

    @Test
    void closingATabWithUnsavedEditsAsksAndDiscardLeavesTheFileAlone() throws Exception {
        Path file = home.resolve("sketches/bouncing-balls/Main.java");
        String before = Files.readString(file);
        typeAnEdit();

        clickOn(".tab-close-button");
        DialogPane dialog = awaitUnsavedDialog();
        clickOn(fx(() -> (Button) dialog.lookupButton(UnsavedEditsDialog.DISCARD)));

        waitUntil("the tab is closed", () -> fx(() -> session().documents().open().isEmpty()));
        assertEquals(before, Files.readString(file), "nothing was written");
    }

    private void typeAnEdit() {
        CodeEditor editor = editor("Main.java");
        clickBefore(editor, "import dev.relive.api.Sketch;");
        write("// saved on close\n");
        waitUntil("the tab shows unsaved edits", () -> fx(() -> lookup(".editor-tab .label").queryLabeled().getText()).endsWith("•"));
    }

    /** Asks the window to close as the title bar's close button does; the question is answered later. */
    private void requestClose() {
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private DialogPane awaitUnsavedDialog() {
        waitUntil("Relive asks about the unsaved edits", () -> lookup("#unsaved-edits-dialog").tryQuery().isPresent());
        return lookup("#unsaved-edits-dialog").queryAs(DialogPane.class);
    }
}
