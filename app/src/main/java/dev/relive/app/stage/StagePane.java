package dev.relive.app.stage;

import dev.relive.app.pane.PaneHeader;
import dev.relive.draw.Frame;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.Objects;

/**
 * The stage: a canvas showing the sketch's latest frame, under a header with the frame rate and time per step and the
 * buttons that put the stage in its own window or full screen. An animation timer polls the model on every pulse
 * while the pane is in a showing window and repaints only when a new frame is there. The canvas follows the pane's
 * size and tells the sketch; once clicked, it passes the mouse and the keys held to the sketch.
 */
public final class StagePane extends BorderPane {

    /** What the stage says while the sketch has drawn nothing. */
    public static final String NO_FRAMES = "no frames yet — implement dev.relive.api.Visual to draw";

    private final StageModel model;
    private final FrameRenderer renderer = new FrameRenderer();
    private final Canvas canvas = new Canvas();
    private final Pane surface = new Pane(canvas);
    private final Label figures = new Label();
    private final Label empty = new Label(NO_FRAMES);
    private final Label exitHint = new Label("Esc leaves full screen");
    private final PauseTransition exitHintShown = new PauseTransition(Duration.seconds(3));
    private final Button detach = new Button();
    private final Button fullScreen = new Button(null, new FontIcon(MaterialDesignF.FULLSCREEN));
    private final PaneHeader header = new PaneHeader("Stage", MaterialDesignP.PALETTE_OUTLINE, figures, detach, fullScreen);
    private final ObservableValue<Boolean> showing;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            model.poll(now).ifPresent(StagePane.this::paint);
        }
    };

    /** A stage showing {@code model}. */
    public StagePane(StageModel model) {
        this.model = Objects.requireNonNull(model, "Model must not be null");
        this.showing = sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
        createView();
        initListeners();
    }

    private void createView() {
        setId("stage-pane");
        getStyleClass().add("stage-pane");
        getStylesheets().add(Objects.requireNonNull(StagePane.class.getResource("stage.css")).toExternalForm());

        figures.setId("stage-figures");
        figures.getStyleClass().add("stage-figures");
        detach.setId("stage-detach");
        fullScreen.setId("stage-full-screen");
        fullScreen.setTooltip(new Tooltip("Full screen, for a performance (F11; Esc leaves)"));
        header.getStyleClass().add("stage-header");
        setTop(header);

        canvas.setId("stage-canvas");
        canvas.setManaged(false); // sized to the surface below, so it never holds the pane open
        surface.setId("stage-surface");
        surface.getStyleClass().add("stage-surface");
        surface.setFocusTraversable(true);
        surface.setMinSize(0, 0);
        empty.setId("stage-empty");
        empty.getStyleClass().add("stage-empty");
        empty.setWrapText(true);
        empty.setMouseTransparent(true);
        exitHint.setId("stage-exit-hint");
        exitHint.getStyleClass().add("stage-exit-hint");
        exitHint.setMouseTransparent(true);
        exitHint.setVisible(false);
        StackPane.setAlignment(exitHint, Pos.TOP_CENTER);
        StackPane center = new StackPane(surface, empty, exitHint);
        center.setMinSize(0, 0);
        setCenter(center);
        showPlace(model.detachedProperty().get());
    }

    private void initListeners() {
        canvas.widthProperty().bind(surface.widthProperty());
        canvas.heightProperty().bind(surface.heightProperty());
        canvas.widthProperty().addListener((obs, before, now) -> resized());
        canvas.heightProperty().addListener((obs, before, now) -> resized());

        StageInput input = model.input();
        surface.setOnMouseMoved(e -> input.moveTo(e.getX(), e.getY(), surface.getWidth(), surface.getHeight()));
        surface.setOnMouseDragged(e -> input.moveTo(e.getX(), e.getY(), surface.getWidth(), surface.getHeight()));
        surface.setOnMouseExited(e -> input.left());
        surface.setOnMousePressed(e -> input.press(e.getButton()));
        surface.setOnMouseReleased(e -> input.release(e.getButton()));
        surface.setOnKeyPressed(e -> input.keyDown(e.getCode()));
        surface.setOnKeyReleased(e -> input.keyUp(e.getCode()));
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> surface.requestFocus()); // keys go to the sketch once clicked
        surface.focusedProperty().addListener((obs, before, now) -> {
            if (!now) {
                input.releaseAll();
            }
        });

        detach.setOnAction(e -> model.toggleDetached());
        fullScreen.setOnAction(e -> model.toggleFullScreen());
        figures.textProperty().bind(model.figuresProperty());
        empty.visibleProperty().bind(model.frameNumberProperty().isEqualTo(0));
        header.visibleProperty().bind(model.fullScreenProperty().not()); // a performance shows only the drawing
        header.managedProperty().bind(header.visibleProperty());
        model.fullScreenProperty().addListener((obs, before, now) -> showExitHint(now));
        exitHintShown.setOnFinished(e -> exitHint.setVisible(false));
        model.detachedProperty().addListener((obs, before, now) -> showPlace(now));
        showing.addListener((obs, before, now) -> run(now));
        run(showing.getValue());
    }

    private void showPlace(boolean detached) {
        detach.setGraphic(new FontIcon(detached ? MaterialDesignD.DOCK_WINDOW : MaterialDesignO.OPEN_IN_NEW));
        detach.setTooltip(new Tooltip(detached ? "Put the stage back in the main window (Ctrl+Shift+T)"
                : "Open the stage in its own window (Ctrl+Shift+T)"));
    }

    /**
     * Says for a few seconds how to leave full screen. JavaFX's own full-screen hint is switched off, since its fade
     * fails when the window closes while it runs (as Esc soon after F11 does).
     */
    private void showExitHint(boolean fullScreen) {
        exitHint.setVisible(fullScreen);
        if (fullScreen) {
            exitHintShown.playFromStart();
        } else {
            exitHintShown.stop();
        }
    }

    private void run(boolean on) {
        if (on) {
            timer.start();
        } else {
            timer.stop();
        }
    }

    private void resized() {
        model.resize(canvas.getWidth(), canvas.getHeight());
        paint(model.shown()); // until the sketch draws at the new size, show the last frame rather than nothing
    }

    private void paint(Frame frame) {
        renderer.render(frame, canvas);
    }

    /** Gives the sketch the mouse and the keys, as a click on the stage does. */
    public void focusSurface() {
        surface.requestFocus();
    }

    /** The canvas the frames are drawn on. */
    public Canvas canvas() {
        return canvas;
    }

    /** The model shown. */
    public StageModel model() {
        return model;
    }
}
