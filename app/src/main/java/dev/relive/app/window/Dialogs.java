package dev.relive.app.window;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Small dialogs the window shows: a clear message when something a person asked for could not be done, and a
 * question with a few answers.
 */
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

    /**
     * Asks {@code question} with the answers {@code choices} and a Cancel, and waits; the answer chosen, or empty if
     * the person cancelled. {@code id} names the dialog pane, so tests can find it.
     */
    public static Optional<ButtonType> choose(Window owner, String id, String title, String question, ButtonType... choices) {
        List<ButtonType> buttons = new ArrayList<>(List.of(choices));
        buttons.add(ButtonType.CANCEL);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, buttons.toArray(ButtonType[]::new));
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId(id);
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert.showAndWait().filter(answer -> answer != ButtonType.CANCEL);
    }
}
