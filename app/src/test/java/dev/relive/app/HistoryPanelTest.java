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

    @Test
    void revertingWithStateFromTheContextMenuBringsBackTheStateOfThatGeneration() {
        waitUntil("the example prints", () -> lastCount(1, "frame") >= 180);
        select(editor("Main.java"), "frame %d");
        write("tick %d");
        ctrl(KeyCode.S);
        waitUntil("the edited code has printed twice", () -> counts(2, "tick").size() >= 2);
        int ticked = lastCount(2, "tick");

        clickOn("Generation 2");
        assertTrue(runMenuItem("Revert to Selected Generation with Its State").isDisable(),
                "the live generation has no state of its own to go back to");
        javafx.scene.control.ListCell<?> row = historyRow(1);
        assertEquals(java.util.List.of(false, false), contextMenuDisabled(row), "the context menu offers both reverts");
        clickOn(fx(() -> row.lookup(".item-revert-state")));

        waitUntil("the old code prints again with its state", () -> !counts(3, "frame").isEmpty());
        int first = counts(3, "frame").get(0);
        assertTrue(first < ticked, "the counter went back to generation 1's state: printed " + first
                + " after generation 2 had reached " + ticked);
        waitUntil("the console says the state came back", () -> consoleHas("reverted to generation 1 with its state"));
    }

    /** The history list's row showing generation {@code number}. */
    private javafx.scene.control.ListCell<?> historyRow(int number) {
        return fx(() -> lookup(".history-item").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(cell -> cell.getItem() instanceof HistoryItem item && item.number() == number)
                .findFirst().orElseThrow());
    }

    /**
     * Whether each item of {@code row}'s context menu is disabled, as it shows on a right click. The headless
     * platform does not turn a right click into a context-menu request, so the request is sent as the platform would.
     */
    private java.util.List<Boolean> contextMenuDisabled(javafx.scene.control.ListCell<?> row) {
        interact(() -> {
            javafx.geometry.Bounds b = row.localToScreen(row.getBoundsInLocal());
            javafx.event.Event.fireEvent(row, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, b.getMinX() + 10, b.getMinY() + 10,
                    false, null));
        });
        java.util.List<Boolean> disabled = fx(() -> row.getContextMenu().getItems().stream().map(i -> i.isDisable()).toList());
        interact(() -> row.getContextMenu().hide());
        return disabled;
    }

    private javafx.scene.control.MenuItem runMenuItem(String text) {
        return fx(() -> ((javafx.scene.control.MenuBar) app.window().getTop()).getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(item -> text.equals(item.getText() == null ? null : item.getText().replace("_", "")))
                .findFirst().orElseThrow());
    }
}
