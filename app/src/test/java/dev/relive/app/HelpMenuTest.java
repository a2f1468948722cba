package dev.relive.app;

import dev.relive.analysis.ApiReference;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Help menu: a searchable list of shortcuts, the sketch API reference offline, the examples and About. */
class HelpMenuTest extends WindowDriver {

    @Test
    void f1ListsTheShortcutsAndTheSearchNarrowsThem() {
        type(KeyCode.F1);
        waitUntil("the shortcuts show", () -> lookup("#shortcuts-dialog").tryQuery().isPresent());
        TableView<?> table = lookup("#shortcuts-list").queryTableView();
        int all = fx(() -> table.getItems().size());
        assertTrue(all > 30, "the menus' shortcuts and the editor's: " + all);
        assertTrue(rows(table).stream().anyMatch(r -> r.contains("Go to Line") && r.contains("Ctrl+G")), rows(table).toString());
        assertTrue(rows(table).stream().anyMatch(r -> r.contains("Scrub a number")), "gestures are listed too");

        clickOn("#shortcuts-filter").write("save");
        waitUntil("the list narrows", () -> fx(() -> table.getItems().size()) < all);
        List<String> saves = rows(table);
        assertFalse(saves.isEmpty());
        assertTrue(saves.stream().allMatch(r -> r.toLowerCase().contains("save")), saves.toString());
        assertTrue(saves.stream().anyMatch(r -> r.contains("Ctrl+S")), saves.toString());
        clickOn(fx(() -> (Button) lookup("#shortcuts-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.CLOSE)));
    }

    @Test
    void theApiReferenceListsTheApiAndShowsATypesMembersWithTheirDocs() {
        clickOn("Help");
        clickOn("Sketch API Reference");
        waitUntil("the reference opens", () -> lookup("#api-reference-dialog").tryQuery().isPresent());
        ListView<?> types = lookup("#api-types").queryListView();
        waitUntil("the API's types are listed", () -> fx(() -> types.getItems().size()) == ApiReference.types().size());

        clickOn("#api-filter").write("ellipse");
        waitUntil("the search keeps the types that have it", () -> fx(() -> types.getItems().size()) == 1);
        interact(() -> types.getSelectionModel().select(0));
        waitUntil("Canvas shows with its members and docs", () -> fx(() -> lookup("#api-page .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).anyMatch(t -> t.startsWith("void ellipse(double cx"))));
        interact(() -> ((javafx.stage.Stage) lookup("#api-reference-dialog").query().getScene().getWindow()).close());
    }

    @Test
    void aboutNamesTheVersionsAndHelpListsTheExamples() {
        clickOn("Help");
        clickOn("About Relive");
        waitUntil("About opens", () -> lookup("#about-dialog").tryQuery().isPresent());
        String text = fx(() -> lookup("#about-dialog").queryAs(DialogPane.class).getContentText());
        assertTrue(text.contains("Relive 0."), text);
        assertTrue(text.contains("Java " + System.getProperty("java.runtime.version")), text);
        assertTrue(text.contains("JavaFX " + System.getProperty("javafx.runtime.version")), text);
        clickOn(fx(() -> (Button) lookup("#about-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK)));

        clickOn("Help");
        clickOn("Examples");
        waitUntil("the examples are listed in Help too", () -> lookup("#help-example-life").tryQuery().isPresent());
        type(KeyCode.ESCAPE);
        type(KeyCode.ESCAPE);
    }

    private List<String> rows(TableView<?> table) {
        return fx(() -> table.getItems().stream().map(Object::toString).toList());
    }
}
