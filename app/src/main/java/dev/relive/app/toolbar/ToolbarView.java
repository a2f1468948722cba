package dev.relive.app.toolbar;

import dev.relive.app.live.LiveModel;
import dev.relive.app.session.SketchSession;
import dev.relive.event.RunStatus;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.Objects;

/**
 * The toolbar of one sketch: Save and Save All, Run/Pause, Restart, Stop, the step rate and the auto-revert switch.
 * Every control calls one command of the session or its live model; tooltips name the shortcuts.
 */
public final class ToolbarView extends ToolBar {

    /** Set on the Run/Pause button while the sketch runs. */
    public static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");

    private final SketchSession session;
    private final LiveModel live;
    private final Button save = new Button(null, new FontIcon(MaterialDesignC.CONTENT_SAVE));
    private final Button saveAll = new Button(null, new FontIcon(MaterialDesignC.CONTENT_SAVE_ALL));
    private final Button runPause = new Button();
    private final Button restart = new Button(null, new FontIcon(MaterialDesignR.RESTART));
    private final Button stop = new Button(null, new FontIcon(MaterialDesignS.STOP));
    private final ComboBox<Double> rate = new ComboBox<>();
    private final ToggleButton autoRevert = new ToggleButton("Auto-revert", new FontIcon(MaterialDesignS.SHIELD_REFRESH_OUTLINE));
    private final Label sketch = new Label();

    /** The toolbar for {@code session}. */
    public ToolbarView(SketchSession session) {
        this.session = Objects.requireNonNull(session, "Session must not be null");
        this.live = session.live();
        createView();
        initListeners();
    }

    private void createView() {
        setId("toolbar");
        getStyleClass().add("relive-toolbar");
        getStylesheets().add(Objects.requireNonNull(ToolbarView.class.getResource("toolbar.css")).toExternalForm());

        save.setId("save-button");
        save.setTooltip(new Tooltip("Save and make it live (Ctrl+S)"));
        saveAll.setId("save-all-button");
        saveAll.setTooltip(new Tooltip("Save all files and make them live (Ctrl+Shift+S)"));
        runPause.setId("run-pause-button");
        restart.setId("restart-button");
        restart.setTooltip(new Tooltip("Restart: run setup again on a fresh instance (Ctrl+R)"));
        stop.setId("stop-button");
        stop.setTooltip(new Tooltip("Stop the sketch's code (Ctrl+.)"));

        rate.setId("rate-box");
        rate.getItems().setAll(LiveModel.RATE_PRESETS);
        rate.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double hz) {
                return hz == null ? "" : LiveModel.rateLabel(hz);
            }

            @Override
            public Double fromString(String text) {
                return LiveModel.RATE_PRESETS.stream().filter(hz -> LiveModel.rateLabel(hz).equals(text)).findFirst().orElse(null);
            }
        });
        rate.setValue(live.rateProperty().get());
        rate.setTooltip(new Tooltip("Steps per second in loop mode; max steps as fast as possible"));
        Label rateLabel = new Label("Rate", new FontIcon(MaterialDesignS.SPEEDOMETER));
        rateLabel.getStyleClass().add("rate-label");

        autoRevert.setId("auto-revert-toggle");
        autoRevert.setSelected(live.autoRevertProperty().get());
        autoRevert.setTooltip(new Tooltip("Revert automatically when new code throws within a second of going live (Ctrl+Shift+A)"));

        sketch.setId("sketch-name");
        sketch.getStyleClass().add("sketch-name");
        sketch.setGraphic(new FontIcon(MaterialDesignF.FOLDER_OUTLINE));
        sketch.setText(session.folder().name());
        sketch.setTooltip(new Tooltip(session.folder().root().toString()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        getItems().setAll(save, saveAll, separator(), runPause, restart, stop, separator(), rateLabel, rate,
                autoRevert, spacer, sketch);
        showStatus(live.statusProperty().get());
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private void initListeners() {
        save.setOnAction(e -> session.saveSelected());
        saveAll.setOnAction(e -> session.saveAll());
        runPause.setOnAction(e -> live.toggleRun());
        restart.setOnAction(e -> live.restart());
        stop.setOnAction(e -> live.stop());
        rate.setOnAction(e -> live.setRate(rate.getValue() == null ? 0 : rate.getValue()));
        autoRevert.setOnAction(e -> live.setAutoRevert(autoRevert.isSelected()));
        live.statusProperty().addListener((obs, before, now) -> showStatus(now));
        live.rateProperty().addListener((obs, before, now) -> rate.setValue(now.doubleValue()));
        live.autoRevertProperty().addListener((obs, before, now) -> autoRevert.setSelected(now));
    }

    private void showStatus(RunStatus status) {
        boolean running = status == RunStatus.RUNNING;
        runPause.setText(running ? "Pause" : "Run");
        runPause.setGraphic(new FontIcon(running ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
        runPause.setTooltip(new Tooltip(running ? "Pause, keeping the state (F5)" : "Run (F5)"));
        runPause.pseudoClassStateChanged(RUNNING, running);
        stop.setDisable(status == RunStatus.STOPPED);
    }
}
