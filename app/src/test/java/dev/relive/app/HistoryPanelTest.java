package dev.relive.app;

import dev.relive.app.editor.CodeEditor;
import dev.relive.app.history.HistoryItem;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The history panel: reverting brings old code back with its state, purging leaves only the live entry. */
class HistoryPanelTest extends WindowDriver {

    @Test
    void revertingToAnOlderEntryBringsBackItsCodeAndBehaviour() throws Exception {
        CodeEditor editor = editor("Main.java");
        String original = fx(editor::getText);
        waitUntil("the example prints", () -> lastCount(1, "frame") >= 180);
        select(editor, "frame %d");
        write("tick %d");
        ctrl(KeyCode.S);
        waitUntil("the edited code prints", () -> !counts(2, "tick").isEmpty());
        int ticked = lastCount(2, "tick");

        clickOn("Generation 1");
        clickOn("#revert-button");

        waitUntil("the editor shows the old code", () -> fx(editor::getText).equals(original));
        waitUntil("the old code prints again", () -> !counts(3, "frame").isEmpty());
        assertTrue(counts(3, "frame").get(0) > ticked, "the state was kept through the revert");
        Path file = home.resolve("sketches/bouncing-balls/Main.java");
        assertEquals(original, Files.readString(file), "the file on disk is the old code again");
        HistoryItem newest = history().get(0);
        assertEquals(HistoryItem.Kind.LIVE, newest.kind());
        assertEquals(1, newest.revertOf().getAsInt());
    }

    @Test
    void purgingAfterConfirmingLeavesOnlyTheLiveEntry() {
        CodeEditor editor = editor("Main.java");
        select(editor, "frame %d");
        write("tick %d");
        ctrl(KeyCode.S);
        waitUntil("the edit is live", () -> fx(() -> session().live().liveGenerationProperty().get()) == 2);
        waitUntil("two entries are listed", () -> history().size() == 2);

        clickOn("#purge-button");
        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        Button ok = fx(() -> (Button) dialog.lookupButton(ButtonType.OK));
        clickOn(ok);

        waitUntil("one entry is left", () -> history().size() == 1);
        assertEquals(2, history().get(0).number());
        assertEquals(HistoryItem.Kind.LIVE, history().get(0).kind());
        assertTrue(fx(() -> lookup("#purge-button").queryButton().isDisabled()), "nothing is left to purge");
    }
}
