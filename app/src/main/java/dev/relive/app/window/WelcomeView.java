package dev.relive.app.window;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.util.Objects;

/** What the window shows when no sketch is open: a line of explanation, and Open Folder and New Sketch buttons. */
public final class WelcomeView extends VBox {

    private final WindowActions actions;

    /** A welcome view whose buttons run {@code actions}' Open Folder and New Sketch. */
    public WelcomeView(WindowActions actions) {
        this.actions = Objects.requireNonNull(actions, "Actions must not be null");
        createView();
    }

    private void createView() {
        setId("welcome");
        getStyleClass().add("welcome-view");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        Label title = new Label("No sketch is open");
        title.getStyleClass().add("title-2");
        Label hint = new Label("A sketch is a folder of .java files. Open one and it starts running;"
                + " every save swaps the new code in while it runs.");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        Button open = new Button("Open Folder…", new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        open.setId("welcome-open");
        open.getStyleClass().add("accent");
        open.setOnAction(e -> actions.openFolder());
        Button create = new Button("New Sketch…", new FontIcon(MaterialDesignF.FOLDER_PLUS_OUTLINE));
        create.setId("welcome-new-sketch");
        create.setOnAction(e -> actions.newSketch());
        HBox buttons = new HBox(10, open, create);
        buttons.setAlignment(Pos.CENTER);
        getChildren().setAll(title, hint, buttons);
    }
}
