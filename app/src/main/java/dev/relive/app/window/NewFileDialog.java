package dev.relive.app.window;

import dev.relive.app.workspace.SourceFileName;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Collection;
import java.util.Optional;

/**
 * Asks for the name of a new source file. The name is checked as it is typed: the message under the field says what
 * is wrong, and OK stays disabled until the name is a valid class name that is not taken. In a sketch with nothing
 * to run yet, it offers the {@code Sketch} template, ticked.
 */
public final class NewFileDialog {

    private NewFileDialog() {
    }

    /**
     * The file a person asked for.
     *
     * @param name     its name
     * @param asSketch whether it starts from the {@code Sketch} template rather than as an empty class
     */
    public record NewFile(SourceFileName name, boolean asSketch) {

        /** The new file's starting text. */
        public String text() {
            return asSketch ? name.sketchTemplate() : name.template();
        }
    }

    /**
     * Asks for a name that is none of {@code existing} (relative paths); empty if the person cancels. When
     * {@code offerSketch}, because the sketch has nothing to run yet, the file starts from the {@code Sketch}
     * template unless the person unticks it.
     */
    public static Optional<NewFile> ask(Window owner, Collection<String> existing, boolean offerSketch) {
        return ask(owner, existing, offerSketch, "");
    }

    /** Like {@link #ask(Window, Collection, boolean)}, with the name starting in {@code folder} ("" for none). */
    public static Optional<NewFile> ask(Window owner, Collection<String> existing, boolean offerSketch, String folder) {
        Dialog<NewFile> dialog = new Dialog<>();
        dialog.setTitle("New File");
        dialog.setHeaderText("Name the new class, such as Ball or shapes/Ball");
        dialog.getDialogPane().setId("new-file-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TextField name = new TextField(folder.isEmpty() ? "" : folder + "/");
        name.setId("new-file-name");
        name.setPromptText("Ball");
        Label problem = new Label();
        problem.setId("new-file-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        StringBinding complaint = Bindings.createStringBinding(() -> problemWith(name.getText(), existing), name.textProperty());
        problem.textProperty().bind(Bindings.when(name.textProperty().isEmpty()).then("").otherwise(complaint));
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(complaint.isNotEmpty());
        CheckBox asSketch = new CheckBox("Start from the Sketch template (step() runs 60 times a second)");
        asSketch.setId("new-file-as-sketch");
        asSketch.setSelected(offerSketch);
        asSketch.setWrapText(true);
        Label why = new Label("This sketch has nothing to run yet: no class implements Sketch or has main().");
        why.getStyleClass().add("text-muted");
        why.setWrapText(true);
        VBox box = new VBox(8, name, problem);
        if (offerSketch) {
            box.getChildren().addAll(why, asSketch);
        }
        box.setPrefWidth(380);
        dialog.getDialogPane().setContent(box);
        dialog.setOnShown(e -> {
            name.requestFocus();
            name.end();
        });
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new NewFile(SourceFileName.parse(name.getText()), offerSketch && asSketch.isSelected()) : null);
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
