package dev.relive.app.window;

import dev.relive.app.workspace.SourceFileName;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Collection;
import java.util.Optional;

/**
 * Asks for the name of a new source file. The name is checked as it is typed: the message under the field says what
 * is wrong, and OK stays disabled until the name is a valid class name that is not taken.
 */
public final class NewFileDialog {

    private NewFileDialog() {
    }

    /** Asks for a name that is none of {@code existing} (relative paths); empty if the person cancels. */
    public static Optional<SourceFileName> ask(Window owner, Collection<String> existing) {
        Dialog<SourceFileName> dialog = new Dialog<>();
        dialog.setTitle("New File");
        dialog.setHeaderText("Name the new class, such as Ball or shapes/Ball");
        dialog.getDialogPane().setId("new-file-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TextField name = new TextField();
        name.setId("new-file-name");
        name.setPromptText("Ball");
        Label problem = new Label();
        problem.setId("new-file-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        StringBinding complaint = Bindings.createStringBinding(() -> problemWith(name.getText(), existing), name.textProperty());
        problem.textProperty().bind(Bindings.when(name.textProperty().isEmpty()).then("").otherwise(complaint));
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(complaint.isNotEmpty());
        VBox box = new VBox(8, name, problem);
        box.setPrefWidth(380);
        dialog.getDialogPane().setContent(box);
        dialog.setOnShown(e -> name.requestFocus());
        dialog.setResultConverter(button -> button == ButtonType.OK ? SourceFileName.parse(name.getText()) : null);
        return dialog.showAndWait();
    }

    /** What is wrong with {@code text} as a new file's name, or the empty string. */
    static String problemWith(String text, Collection<String> existing) {
        Optional<String> invalid = SourceFileName.problem(text);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        String path = SourceFileName.parse(text).path();
        return existing.contains(path) ? path + " is already in the sketch; choose another name." : "";
    }
}
