package dev.relive.app.window;

import dev.relive.app.workspace.SketchTemplate;
import dev.relive.app.workspace.Workspace;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Locale;
import java.util.Optional;

/**
 * Asks for the name and template of a new sketch (File → New Sketch…). The name is checked as it is typed against
 * the workspace: the message under the field says what is wrong, and OK stays disabled until the name is free.
 */
public final class NewSketchDialog {

    /**
     * The sketch a person asked for.
     *
     * @param name     the new sketch folder's name in the workspace
     * @param template what it starts from
     */
    public record NewSketch(String name, SketchTemplate template) {
    }

    private NewSketchDialog() {
    }

    /** Asks for a new sketch in {@code workspace}; empty if the person cancels. */
    public static Optional<NewSketch> ask(Window owner, Workspace workspace) {
        Dialog<NewSketch> dialog = new Dialog<>();
        dialog.setTitle("New Sketch");
        dialog.setHeaderText("A new sketch in " + workspace.sketches());
        dialog.getDialogPane().setId("new-sketch-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TextField name = new TextField(workspace.freeSketchName());
        name.setId("new-sketch-name");
        Label problem = new Label();
        problem.setId("new-sketch-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        StringBinding complaint = Bindings.createStringBinding(() -> workspace.newSketchProblem(name.getText()).orElse(""),
                name.textProperty());
        problem.textProperty().bind(complaint);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(complaint.isNotEmpty());
        ToggleGroup templates = new ToggleGroup();
        VBox choices = new VBox(6);
        for (SketchTemplate template : SketchTemplate.values()) {
            choices.getChildren().add(templateChoice(template, templates));
        }
        templates.selectToggle(templates.getToggles().get(0));
        VBox box = new VBox(8, name, problem, new Label("Start from:"), choices);
        box.setPrefWidth(440);
        dialog.getDialogPane().setContent(box);
        dialog.setOnShown(e -> {
            name.requestFocus();
            name.selectAll();
        });
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new NewSketch(name.getText().strip(), (SketchTemplate) templates.getSelectedToggle().getUserData()) : null);
        return dialog.showAndWait();
    }

    /** A choice of {@code template}: its name, and under it what it is. */
    static VBox templateChoice(SketchTemplate template, ToggleGroup group) {
        RadioButton choice = new RadioButton(template.label());
        choice.setId("template-" + template.name().toLowerCase(Locale.ROOT));
        choice.setUserData(template);
        choice.setToggleGroup(group);
        Label what = new Label(template.description());
        what.getStyleClass().addAll("text-muted", "text-small");
        what.setWrapText(true);
        what.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
        return new VBox(2, choice, what);
    }
}
