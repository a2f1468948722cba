package dev.relive.app;

import dev.relive.app.history.HistoryItem;
import dev.relive.app.workspace.FileTreeView;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The file tree changes the sketch's files as a person expects: new files and folders, rename (F2) and delete
 * (Delete, confirmed), with clear refusals; a rename or delete that changes the running code is one generation.
 */
class FileTreeTest extends WindowDriver {

    private Path sketch() {
        return home.resolve("sketches/bouncing-balls");
    }

    @Test
    void aNewFolderFromTheMenuShowsInTheTreeAndRefusesABadOrTakenName() throws Exception {
        rightClick(row(""));
        clickOn("New Folder…");
        waitUntil("the folder name is asked for", () -> lookup("#new-folder-dialog").tryQuery().isPresent());
        Button ok = okOf("#new-folder-dialog");

        clickOn("#new-folder-dialog-name").write("class");
        assertTrue(textOf("#new-folder-dialog-problem").contains("Java keyword"), textOf("#new-folder-dialog-problem"));
        assertTrue(fx(ok::isDisabled), "OK waits for a good name");
        push(KeyCode.CONTROL, KeyCode.A);
        write("shapes");
        clickOn(ok);

        waitUntil("the folder is made", () -> Files.isDirectory(sketch().resolve("shapes")));
        waitUntil("and shows in the tree, though empty", () -> fx(() -> find(tree().getRoot(), "shapes") != null));

        rightClick(row(""));
        clickOn("New Folder…");
        waitUntil("the folder name is asked for again", () -> lookup("#new-folder-dialog").tryQuery().isPresent());
        clickOn("#new-folder-dialog-name").write("shapes");
        assertTrue(textOf("#new-folder-dialog-problem").contains("already exists"), textOf("#new-folder-dialog-problem"));
        clickOn(fx(() -> (Button) lookup("#new-folder-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.CANCEL)));
    }

    @Test
    void renamingAFileWithF2IsOneGenerationAndTheTabFollows() throws Exception {
        String ball = Files.readString(sketch().resolve("Ball.java"));
        interact(() -> session().documents().open("Ball.java"));
        int before = live();

        clickOn(row("Ball.java"));
        type(KeyCode.F2);
        waitUntil("the new name is asked for", () -> lookup("#rename-dialog").tryQuery().isPresent());
        Button ok = okOf("#rename-dialog");
        assertEquals("Ball.java", fx(() -> lookup("#rename-dialog-name").queryTextInputControl().getText()));
        assertEquals("Ball", fx(() -> lookup("#rename-dialog-name").queryTextInputControl().getSelectedText()),
                "the name without .java is selected, as in a file manager");
        clickOn("#rename-dialog-name");
        push(KeyCode.CONTROL, KeyCode.A);
        write("Main");
        assertTrue(textOf("#rename-dialog-problem").contains("already exists"), textOf("#rename-dialog-problem"));
        assertTrue(fx(ok::isDisabled));
        push(KeyCode.CONTROL, KeyCode.A);
        write("Orb");
        clickOn(ok);

        waitUntil("the file moved", () -> Files.exists(sketch().resolve("Orb.java")) && !Files.exists(sketch().resolve("Ball.java")));
        String orb = Files.readString(sketch().resolve("Orb.java"));
        assertTrue(orb.contains("class Orb"), "its class is renamed with it");
        assertEquals(ball.replace("Ball", "Orb"), orb, "and nothing else in it changed");
        waitUntil("its tab follows it", () -> fx(() -> session().documents().find("Orb.java").isPresent()
                && session().documents().find("Ball.java").isEmpty()));
        waitUntil("the rename made a generation", () -> history().get(0).number() == before + 1);
        List<Integer> numbers = history().stream().map(HistoryItem::number).toList();
        assertEquals(before + 1, numbers.get(0), "one generation, not one for the delete and one for the create: " + numbers);
        assertFalse(numbers.contains(before + 2), "and no second one: " + numbers);
    }

    @Test
    void deletingAsksFirstThenMakesOneGenerationThatTheHistoryCanUndo() throws Exception {
        Files.writeString(sketch().resolve("Unused.java"), "public class Unused {\n}\n");
        waitUntil("the new file is live", () -> fx(() -> session().documents().files().contains("Unused.java"))
                && live() == 2);

        clickOn(row("Unused.java"));
        type(KeyCode.DELETE);
        waitUntil("the delete is confirmed first", () -> lookup("#delete-dialog").tryQuery().isPresent());
        assertTrue(fx(() -> lookup("#delete-dialog").queryAs(DialogPane.class).getContentText()).contains("generation 2"),
                "it says how to get the file back");
        clickOn(fx(() -> (Button) lookup("#delete-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.CANCEL)));
        assertTrue(Files.exists(sketch().resolve("Unused.java")), "Cancel keeps the file");

        clickOn(row("Unused.java"));
        type(KeyCode.DELETE);
        waitUntil("the delete is confirmed first", () -> lookup("#delete-dialog").tryQuery().isPresent());
        clickOn("Delete");

        waitUntil("the file is gone", () -> !Files.exists(sketch().resolve("Unused.java")));
        waitUntil("and gone from the tree", () -> fx(() -> find(tree().getRoot(), "Unused.java") == null));
        waitUntil("the delete is one generation, live", () -> live() == 3);
        assertEquals(3, history().get(0).number());
    }

    @Test
    void aFileWithUnsavedEditsIsNotRenamedAndTheReasonIsShown() {
        interact(() -> session().documents().open("Ball.java"));
        clickBefore(editor("Ball.java"), "class Ball");
        write("// edited\n");

        clickOn(row("Ball.java"));
        type(KeyCode.F2);
        waitUntil("the new name is asked for", () -> lookup("#rename-dialog").tryQuery().isPresent());
        clickOn("#rename-dialog-name");
        push(KeyCode.CONTROL, KeyCode.A);
        write("Orb");
        clickOn(okOf("#rename-dialog"));

        waitUntil("an error says why", () -> lookup("#error-dialog").tryQuery().isPresent());
        assertTrue(fx(() -> lookup("#error-dialog").queryAs(DialogPane.class).getContentText()).contains("unsaved edits"));
        clickOn(fx(() -> (Button) lookup("#error-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK)));
        assertTrue(Files.exists(sketch().resolve("Ball.java")), "nothing moved");
    }

    @Test
    void showInFileManagerOpensOneOrSaysClearlyThatThereIsNone() {
        rightClick(row(""));
        clickOn("Show in File Manager");
        // The headless test machine has no desktop and usually no xdg-open: then the window says so, naming the folder.
        waitUntil("the folder is shown or the window says why not", () -> lookup("#error-dialog").tryQuery()
                .map(n -> fx(() -> ((DialogPane) n).getContentText()).contains(sketch().toString())).orElse(false)
                || !hasError());
        lookup("#error-dialog").tryQuery().ifPresent(n -> clickOn(fx(() -> (Button) ((DialogPane) n).lookupButton(ButtonType.OK))));
    }

    private boolean hasError() {
        try {
            Thread.sleep(3_000); // an opener reports failure within its wait; a success says nothing at all
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lookup("#error-dialog").tryQuery().isPresent();
    }

    private int live() {
        return fx(() -> session().live().liveGenerationProperty().get());
    }

    @SuppressWarnings("unchecked")
    private TreeView<FileTreeView.Entry> tree() {
        return (TreeView<FileTreeView.Entry>) lookup("#file-tree").query();
    }

    /** The tree row showing {@code path} ("" for the sketch itself). */
    private Node row(String path) {
        waitUntil(path + " shows in the tree", () -> fx(() -> rowOf(path) != null));
        return fx(() -> rowOf(path));
    }

    @SuppressWarnings("unchecked")
    private Node rowOf(String path) {
        return lookup(".tree-cell").match((Node n) -> {
            TreeCell<FileTreeView.Entry> c = (TreeCell<FileTreeView.Entry>) n;
            return c.getItem() != null && c.getItem().path().equals(path) && c.isVisible();
        }).tryQuery().orElse(null);
    }

    private static TreeItem<FileTreeView.Entry> find(TreeItem<FileTreeView.Entry> item, String path) {
        if (item.getValue().path().equals(path)) {
            return item;
        }
        for (TreeItem<FileTreeView.Entry> child : item.getChildren()) {
            TreeItem<FileTreeView.Entry> found = find(child, path);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Button okOf(String dialog) {
        return fx(() -> (Button) lookup(dialog).queryAs(DialogPane.class).lookupButton(ButtonType.OK));
    }

    /**
     * Selects {@code row} and opens the tree's context menu on it. The headless platform does not turn a right click
     * into a context-menu request, so the request is sent as the platform would.
     */
    private void rightClick(Node row) {
        clickOn(row);
        interact(() -> {
            javafx.geometry.Bounds b = row.localToScreen(row.getBoundsInLocal());
            javafx.event.Event.fireEvent(row, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, b.getMinX() + 10, b.getMinY() + 10,
                    false, null));
        });
        waitUntil("the tree's menu shows", () -> fx(() -> tree().getContextMenu().isShowing()));
    }
}
