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
import java.util.OptionalInt;

/**
 * Asks which line to go to (Edit → Go to Line…, Ctrl+G). The number is checked as it is typed: the message under
 * the field says what is wrong, and OK stays disabled until it names a line of the file.
 */
public final class GoToLineDialog {

    private GoToLineDialog() {
    }

    /** Asks for a 1-based line of a file with {@code lines} lines, offering {@code current}; empty if cancelled. */
    public static OptionalInt ask(Window owner, int lines, int current) {
        Dialog<Integer> dialog = new Dialog<>();
        dialog.setTitle("Go to Line");
        dialog.setHeaderText("Go to line (1–" + lines + ")");
        dialog.getDialogPane().setId("go-to-line-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TextField line = new TextField(String.valueOf(current));
        line.setId("go-to-line-number");
        Label problem = new Label();
        problem.setId("go-to-line-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        StringBinding complaint = Bindings.createStringBinding(() -> problemWith(line.getText(), lines), line.textProperty());
        problem.textProperty().bind(complaint);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(complaint.isNotEmpty());
        VBox box = new VBox(8, line, problem);
        box.setPrefWidth(300);
        dialog.getDialogPane().setContent(box);
        dialog.setOnShown(e -> {
            line.requestFocus();
            line.selectAll();
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? Integer.parseInt(line.getText().strip()) : null);
        Optional<Integer> chosen = dialog.showAndWait();
        return chosen.map(OptionalInt::of).orElseGet(OptionalInt::empty);
    }

    /** What is wrong with {@code text} as a line of a file with {@code lines} lines, or the empty string. */
    static String problemWith(String text, int lines) {
        String number = text.strip();
        if (number.isEmpty()) {
            return "Type a line number.";
        }
        if (!number.chars().allMatch(Character::isDigit) || number.length() > 9) {
            return "\"" + number + "\" is not a line number; type digits only.";
        }
        int line = Integer.parseInt(number);
        return line < 1 || line > lines ? "The file has lines 1 to " + lines + "." : "";
    }
}
