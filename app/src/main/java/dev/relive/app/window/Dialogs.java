package dev.relive.app.window;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Small dialogs the window shows: a clear message when something a person asked for could not be done. */
public final class Dialogs {

    private Dialogs() {
    }

    /** Shows {@code message} as an error titled {@code title} and waits until it is dismissed. */
    public static void error(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("error-dialog");
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.showAndWait();
    }
}
