package dev.relive.app.recovery;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Offers the unsaved edits a crash left behind: the files and when each was last kept, with Restore (open them as
 * unsaved edits) and Discard. The dialog has no other way out, so nothing is restored or lost without a choice.
 */
public final class RestoreDialog {

    /** The Restore button. */
    public static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    /** The Discard button. */
    public static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private static final double ROW_HEIGHT = 32;
    private static final int VISIBLE_ROWS = 6;

    private RestoreDialog() {
    }

    /** Asks about the edits a crash left in {@code edits}, if any, and does what the person chose. */
    public static void offer(Window owner, RecoveredEdits edits) {
        List<RecoveredFile> files = edits.find();
        if (files.isEmpty()) {
            return;
        }
        Optional<ButtonType> choice = ask(owner, files);
        if (choice.equals(Optional.of(RESTORE))) {
            edits.restore(files);
        } else if (choice.equals(Optional.of(DISCARD))) {
            edits.discard(files);
        }
    }

    /** Shows the dialog for {@code files} and returns the button chosen. */
    public static Optional<ButtonType> ask(Window owner, List<RecoveredFile> files) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, RESTORE, DISCARD);
        alert.setTitle("Recover unsaved edits");
        alert.setHeaderText(files.size() == 1
                ? "Relive did not close cleanly; 1 file has unsaved edits"
                : "Relive did not close cleanly; " + files.size() + " files have unsaved edits");
        alert.getDialogPane().setId("recovery-dialog");
        ListView<RecoveredFile> list = new ListView<>();
        list.setId("recovery-files");
        list.getItems().setAll(files);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(RecoveredFile file, boolean empty) {
                super.updateItem(file, empty);
                setText(empty || file == null ? null : describe(file));
            }
        });
        list.setFixedCellSize(ROW_HEIGHT);
        list.setPrefHeight(Math.min(VISIBLE_ROWS, files.size()) * ROW_HEIGHT + 4);
        Label hint = new Label("Restore opens them as unsaved edits, to save or undo. Discard deletes them.");
        hint.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, hint, list));
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert.showAndWait();
    }

    /** "Main.java  —  kept 2026-11-21 23:01:02", in local time. */
    static String describe(RecoveredFile file) {
        return file.path() + "  —  kept " + TIME.format(file.time());
    }
}
