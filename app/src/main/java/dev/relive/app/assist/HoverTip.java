package dev.relive.app.assist;

import dev.relive.analysis.Hover;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

import java.util.Objects;

/**
 * What the name under the resting mouse is: declaration, type, the field's live value when it has one (filled in once
 * the engine has read it) and javadoc, below the pointer. FX thread only.
 */
final class HoverTip {

    private static final String STYLESHEET = Objects.requireNonNull(
            HoverTip.class.getResource("assist.css"), "assist.css must sit next to the assist classes").toExternalForm();

    private final CodeArea area;
    private final Popup popup = new Popup();
    private final Label declaration = new Label();
    private final Label type = new Label();
    private final Label javadoc = new Label();
    private final Label value = new Label();

    HoverTip(CodeArea area) {
        this.area = area;
        VBox box = new VBox(4, declaration, type, value, javadoc);
        box.setId("hover-tip");
        box.getStyleClass().add("hover-tip");
        box.getStylesheets().add(STYLESHEET);
        declaration.getStyleClass().add("hover-declaration");
        type.getStyleClass().add("hover-type");
        value.getStyleClass().add("hover-value");
        value.setId("hover-value");
        value.setWrapText(true);
        value.setMaxWidth(620);
        javadoc.getStyleClass().add("hover-javadoc");
        javadoc.setWrapText(true);
        javadoc.setMaxWidth(620);
        declaration.setWrapText(true);
        declaration.setMaxWidth(620);
        popup.getContent().add(box);
        popup.setAutoHide(true);
    }

    /** Shows {@code hover} just above {@code screen}, the pointer. */
    void show(Hover hover, Point2D screen) {
        declaration.setText(hover.declaration());
        type.setText(hover.type().isEmpty() ? "" : "type: " + hover.type());
        type.setManaged(!hover.type().isEmpty());
        type.setVisible(!hover.type().isEmpty());
        javadoc.setText(hover.javadoc());
        javadoc.setManaged(!hover.javadoc().isEmpty());
        javadoc.setVisible(!hover.javadoc().isEmpty());
        showValue("");
        popup.show(area, screen.getX(), screen.getY() + 22);
    }

    /** Shows {@code text} as the live value line; empty hides it. */
    void showValue(String text) {
        value.setText(text);
        value.setManaged(!text.isEmpty());
        value.setVisible(!text.isEmpty());
        if (popup.isShowing()) {
            popup.sizeToScene();
        }
    }

    /** The text shown, for tests. */
    String text() {
        return declaration.getText() + "\n" + type.getText() + "\n" + value.getText() + "\n" + javadoc.getText();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    void hide() {
        popup.hide();
    }
}
