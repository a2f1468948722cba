package dev.relive.app.documents;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Asks what to do with unsaved edits before they would be lost (closing a tab, opening another sketch, quitting):
 * Save, Discard or Cancel.
 */
public final class UnsavedEditsDialog {

    /** The Save button. */
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    /** The Discard button. */
    public static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);

    /** What the person chose. */
    public enum Choice {
        /** Save the edits, then go on. */
        SAVE,
        /** Throw the edits away and go on. */
        DISCARD,
        /** Stay where we are. */
        CANCEL
    }

    private UnsavedEditsDialog() {
    }

    /**
     * Whether to go on with {@code action}: true when {@code unsaved} is empty, when the person chose Discard, or
     * when they chose Save and {@code save} wrote everything; false when they chose Cancel or saving failed.
     */
    public static boolean resolve(Window owner, List<Document> unsaved, String action, Predicate<List<Document>> save) {
        if (unsaved.isEmpty()) {
            return true;
        }
        return switch (ask(owner, unsaved, action)) {
            case SAVE -> save.test(unsaved);
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Asks about {@code documents} (which have unsaved edits) before {@code action}, such as "closing Relive". */
    public static Choice ask(Window owner, List<Document> documents, String action) {
        String names = documents.stream().map(Document::path).collect(Collectors.joining(", "));
        Alert alert = new Alert(Alert.AlertType.WARNING,
                "Save your edits to " + names + " before " + action + "? If you don't, they are lost.",
                SAVE, DISCARD, ButtonType.CANCEL);
        alert.setTitle("Unsaved edits");
        alert.setHeaderText(documents.size() == 1 ? "1 file has unsaved edits" : documents.size() + " files have unsaved edits");
        alert.getDialogPane().setId("unsaved-edits-dialog");
        if (owner != null) {
            alert.initOwner(owner);
        }
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == SAVE ? Choice.SAVE : answer == DISCARD ? Choice.DISCARD : Choice.CANCEL;
    }
}
