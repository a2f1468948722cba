package dev.relive.app.window;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Asks for one name (a new folder, a file's new name). The name is checked as it is typed: the message under the
 * field says what is wrong, and OK stays disabled until there is nothing wrong.
 */
final class NameDialog {

    private NameDialog() {
    }

    /**
     * Asks for a name, starting from {@code initial}; {@code problem} says what is wrong with a name, or returns the
     * empty string. The pane is named {@code id} and its field {@code id + "-name"}, so tests can find them.
     * Empty if the person cancels.
     */
    static Optional<String> ask(Window owner, String id, String title, String header, String initial,
                                UnaryOperator<String> problem) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TextField name = new TextField(initial);
        name.setId(id + "-name");
        Label complaint = new Label();
        complaint.setId(id + "-problem");
        complaint.getStyleClass().add("danger");
        complaint.setWrapText(true);
        StringBinding wrong = Bindings.createStringBinding(() -> problem.apply(name.getText().strip()), name.textProperty());
        complaint.textProperty().bind(wrong);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(wrong.isNotEmpty());
        VBox box = new VBox(8, name, complaint);
        box.setPrefWidth(380);
        dialog.getDialogPane().setContent(box);
        dialog.setOnShown(e -> {
            name.requestFocus();
            int dot = initial.lastIndexOf('.');
            name.selectRange(0, dot > 0 ? dot : initial.length()); // the name without its .java, as file managers do
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? name.getText().strip() : null);
        return dialog.showAndWait();
    }
}
