package dev.relive.app.stage;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

import java.util.Objects;
import java.util.Optional;

/**
 * The stage's place in the main window. While the stage is in the main window it shows it; when the stage goes to its
 * own window (or full screen) it moves the stage there and shows a note with a button that brings it back. Closing
 * that window brings the stage back too, and so does Esc from a full screen that started in the main window. The
 * window belongs to the main window, so it closes with it; when this sketch's views leave the main window (another
 * sketch was opened) it closes as well.
 */
public final class StageDock extends StackPane {

    /** The shortcut that moves the stage between the main window and its own. */
    public static final KeyCombination DETACH_KEY = new KeyCodeCombination(KeyCode.T,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** The shortcut that makes the stage fill the screen, and back. */
    public static final KeyCombination FULL_SCREEN_KEY = new KeyCodeCombination(KeyCode.F11);

    private final StageModel model;
    private final StagePane pane;
    private final String title;
    private final VBox away = new VBox(10);
    private Stage window;

    /** The place of a stage showing {@code model}; its own window is titled {@code title}. */
    public StageDock(StageModel model, String title) {
        this.model = Objects.requireNonNull(model, "Model must not be null");
        this.title = Objects.requireNonNull(title, "Title must not be null");
        this.pane = new StagePane(model);
        createView();
        initListeners();
    }

    private void createView() {
        setId("stage-dock");
        getStyleClass().add("stage-dock");
        getStylesheets().add(Objects.requireNonNull(StageDock.class.getResource("stage.css")).toExternalForm());
        Label note = new Label("The stage is in its own window");
        note.getStyleClass().add("stage-away-note");
        Button back = new Button("Bring It Back", new FontIcon(MaterialDesignD.DOCK_WINDOW));
        back.setId("stage-attach");
        back.setOnAction(e -> model.attach());
        away.getChildren().setAll(note, back);
        away.setAlignment(Pos.CENTER);
        away.getStyleClass().add("stage-away");
        getChildren().setAll(pane);
    }

    private void initListeners() {
        model.ownWindowProperty().addListener((obs, before, now) -> place(now));
        model.fullScreenProperty().addListener((obs, before, now) -> {
            if (window != null) {
                window.setFullScreen(now);
            }
        });
        sceneProperty().addListener((obs, before, now) -> {
            if (now == null) {
                closeWindow(); // this sketch's views were replaced: its stage window goes with them
            }
        });
    }

    private void place(boolean ownWindow) {
        if (ownWindow) {
            openWindow();
        } else {
            closeWindow();
        }
    }

    private void openWindow() {
        if (window != null) {
            return;
        }
        double width = Math.max(pane.getWidth(), 640);
        double height = Math.max(pane.getHeight(), 480);
        getChildren().setAll(away);
        Scene scene = new Scene(new StackPane(pane), width, height);
        scene.getAccelerators().put(FULL_SCREEN_KEY, model::toggleFullScreen);
        scene.getAccelerators().put(DETACH_KEY, model::toggleDetached);
        window = new Stage();
        window.setTitle(title);
        Optional.ofNullable(getScene()).map(Scene::getWindow).ifPresent(window::initOwner);
        window.setScene(scene);
        window.setFullScreenExitHint(""); // the stage shows its own; see StagePane
        window.setFullScreen(model.fullScreenProperty().get());
        window.fullScreenProperty().addListener((obs, before, now) -> {
            if (!now) {
                model.fullScreenLeft();
            }
        });
        window.setOnHidden(e -> model.attach());
        window.show();
        pane.focusSurface(); // in a window of its own, the keys are meant for the sketch
    }

    private void closeWindow() {
        if (window == null) {
            return;
        }
        Stage closing = window;
        window = null;
        closing.setOnHidden(null);
        closing.hide();
        getChildren().setAll(pane); // takes the pane out of the window's scene
    }

    /** The stage's own window, while it has one. */
    public Optional<Window> window() {
        return Optional.ofNullable(window);
    }

    /** The stage itself. */
    public StagePane pane() {
        return pane;
    }
}
