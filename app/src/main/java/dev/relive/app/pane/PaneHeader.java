package dev.relive.app.pane;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Objects;

/**
 * The header of a pane (console, checks, history, stage): its title with an icon on the left and the pane's own
 * controls on the right. It brings its own style, so it looks the same wherever the pane is, even in a window of its
 * own; when the pane is narrow the controls give way before the title does.
 */
public final class PaneHeader extends HBox {

    /** A header titled {@code title} with {@code icon}, followed at the right end by {@code controls}. */
    public PaneHeader(String title, Ikon icon, Node... controls) {
        Objects.requireNonNull(title, "Title must not be null");
        Objects.requireNonNull(icon, "Icon must not be null");
        createView(title, icon, controls);
    }

    private void createView(String title, Ikon icon, Node... controls) {
        getStyleClass().add("pane-header");
        getStylesheets().add(Objects.requireNonNull(PaneHeader.class.getResource("pane.css")).toExternalForm());
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        Label label = new Label(title, new FontIcon(icon));
        label.getStyleClass().add("pane-title");
        label.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(label, spacer);
        getChildren().addAll(controls);
    }
}
