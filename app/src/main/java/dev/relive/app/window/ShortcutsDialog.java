package dev.relive.app.window;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Help → Keyboard Shortcuts: every shortcut in one searchable list. The menu bar's are read from its items, so the
 * list cannot drift from what the keys do; the editor's, the file tree's and the mouse gestures are listed here.
 */
public final class ShortcutsDialog {

    /**
     * One row.
     *
     * @param action what it does
     * @param keys   the keys or gesture, as the platform writes them
     * @param where  where it works
     */
    public record Shortcut(String action, String keys, String where) {
        boolean matches(String filter) {
            String f = filter.strip().toLowerCase(Locale.ROOT);
            return f.isEmpty() || (action + " " + keys + " " + where).toLowerCase(Locale.ROOT).contains(f);
        }
    }

    /** Shortcuts that are not menu items: the editor's keys, the file tree's and the mouse gestures. */
    static final List<Shortcut> OUTSIDE_MENUS = List.of(
            new Shortcut("Complete code", "Ctrl+Space", "Editor"),
            new Shortcut("Go to definition", "F12 or Ctrl+click", "Editor"),
            new Shortcut("Find usages", "Alt+F7", "Editor"),
            new Shortcut("Rename a name everywhere", "Shift+F6", "Editor"),
            new Shortcut("Add the missing import", "Alt+Enter", "Editor"),
            new Shortcut("Larger text", "Ctrl+=", "Editor"),
            new Shortcut("Smaller text", "Ctrl+-", "Editor"),
            new Shortcut("Text at its default size", "Ctrl+0", "Editor"),
            new Shortcut("Next match / previous match", "Enter / Shift+Enter", "Find bar"),
            new Shortcut("Close the find bar", "Escape", "Find bar"),
            new Shortcut("Scrub a number live (Shift: ten times the step)", "Alt+drag over a number", "Editor"),
            new Shortcut("Pick a colour live", "Alt+click on a colour", "Editor"),
            new Shortcut("Open the file", "Enter or click", "File tree"),
            new Shortcut("Rename the file or folder", "F2", "File tree"),
            new Shortcut("Delete the file or folder", "Delete", "File tree"),
            new Shortcut("New file, new folder, show in file manager", "Right-click", "File tree"));

    private ShortcutsDialog() {
    }

    /** Every shortcut: the menu bar's items that have one, then {@link #OUTSIDE_MENUS}. */
    static List<Shortcut> all(MenuBar menus) {
        List<Shortcut> all = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            collect(menu, menu.getText().replace("_", ""), all);
        }
        all.addAll(OUTSIDE_MENUS);
        return all;
    }

    private static void collect(Menu menu, String where, List<Shortcut> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, where + " → " + sub.getText().replace("_", ""), out);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                out.add(new Shortcut(item.getText().replace("_", "").replace("…", ""), item.getAccelerator().getDisplayText(),
                        where + " menu"));
            }
        }
    }

    /** Shows the list of {@code menus}' and the other shortcuts, with a search field. */
    public static void show(Window owner, MenuBar menus) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Keyboard Shortcuts");
        dialog.setHeaderText("Keyboard shortcuts and mouse gestures");
        dialog.getDialogPane().setId("shortcuts-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setResizable(true);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        FilteredList<Shortcut> shown = new FilteredList<>(FXCollections.observableArrayList(all(menus)));
        TextField filter = new TextField();
        filter.setId("shortcuts-filter");
        filter.setPromptText("Search, such as save or F5");
        filter.textProperty().addListener((obs, was, now) -> shown.setPredicate(s -> s.matches(now)));
        TableView<Shortcut> table = new TableView<>(shown);
        table.setId("shortcuts-list");
        table.getColumns().add(column("Action", Shortcut::action, 300));
        table.getColumns().add(column("Keys", Shortcut::keys, 170));
        table.getColumns().add(column("Where", Shortcut::where, 130));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new javafx.scene.control.Label("No shortcut matches the search."));
        VBox box = new VBox(8, filter, table);
        box.setPrefSize(640, 440);
        dialog.getDialogPane().setContent(box);
        dialog.setOnShown(e -> filter.requestFocus());
        dialog.showAndWait();
    }

    private static TableColumn<Shortcut, String> column(String title, java.util.function.Function<Shortcut, String> value,
                                                        double width) {
        TableColumn<Shortcut, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
