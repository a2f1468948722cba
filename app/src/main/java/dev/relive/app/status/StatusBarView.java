package dev.relive.app.status;

import dev.relive.event.EventJson;
import dev.relive.app.live.LiveModel;
import dev.relive.event.RunStatus;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.Locale;
import java.util.Objects;

/**
 * The status bar: on the left what the last save did ("Generation 3 is live (21 ms)", or the compile error), on the
 * right the live generation, the save-to-live time, the run status and the last migration's summary.
 */
public final class StatusBarView extends HBox {

    /** Set on the result label when the last thing went well. */
    public static final PseudoClass OK = PseudoClass.getPseudoClass("ok");
    /** Set on the result label after an automatic revert or a pause. */
    public static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    /** Set on the result label after a compile error, rejection or exception. */
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final LiveModel live;
    private final Label result = new Label();
    private final Label generation = new Label();
    private final Label timing = new Label(null, new FontIcon(MaterialDesignT.TIMER_OUTLINE));
    private final Label run = new Label();
    private final Label migration = new Label(null, new FontIcon(MaterialDesignS.SWAP_HORIZONTAL));

    /** A status bar showing {@code live}. */
    public StatusBarView(LiveModel live) {
        this.live = Objects.requireNonNull(live, "Live model must not be null");
        createView();
        initListeners();
    }

    private void createView() {
        setId("status-bar");
        getStyleClass().add("status-bar");
        getStylesheets().add(Objects.requireNonNull(StatusBarView.class.getResource("status.css")).toExternalForm());
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        result.setId("status-result");
        result.setMaxWidth(Double.MAX_VALUE);
        result.setMinWidth(0);
        HBox.setHgrow(result, Priority.ALWAYS);
        generation.setId("status-generation");
        generation.setGraphic(new FontIcon(MaterialDesignA.ACCESS_POINT));
        generation.setTooltip(new Tooltip("The generation whose code is running"));
        timing.setId("status-timing");
        timing.setTooltip(new Tooltip("Save to live: from the save to the new code running"));
        run.setId("status-run");
        migration.setId("status-migration");
        migration.setTooltip(new Tooltip("What the last swap did with the running state's fields"));
        for (Label fact : new Label[]{generation, timing, migration, run}) {
            fact.setMinWidth(Region.USE_PREF_SIZE); // a long result is cut short, never the facts beside it
        }
        getChildren().setAll(result, generation, separator(), timing, separator(), migration, separator(), run);
    }

    private static Separator separator() {
        Separator s = new Separator(javafx.geometry.Orientation.VERTICAL);
        s.getStyleClass().add("status-separator");
        return s;
    }

    private void initListeners() {
        result.textProperty().bind(live.lastResultProperty());
        result.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> new Tooltip(live.lastResultProperty().get()), live.lastResultProperty()));
        generation.textProperty().bind(Bindings.createStringBinding(() -> live.liveGenerationProperty().get() == 0
                ? "nothing live" : "generation " + live.liveGenerationProperty().get() + " live", live.liveGenerationProperty()));
        timing.textProperty().bind(Bindings.createStringBinding(() -> Double.isNaN(live.saveToLiveMillisProperty().get())
                ? "save → live –" : String.format(Locale.ROOT, "save → live %.0f ms", live.saveToLiveMillisProperty().get()),
                live.saveToLiveMillisProperty()));
        migration.textProperty().bind(Bindings.createStringBinding(() -> live.migrationProperty().get().isEmpty()
                ? "no swap yet" : live.migrationProperty().get(), live.migrationProperty()));
        live.statusProperty().addListener((obs, before, now) -> showRun(now));
        live.outcomeProperty().addListener((obs, before, now) -> showOutcome(now));
        showRun(live.statusProperty().get());
        showOutcome(live.outcomeProperty().get());
    }

    private void showRun(RunStatus status) {
        run.setText(EventJson.wireName(status));
        FontIcon icon = new FontIcon(switch (status) {
            case RUNNING -> MaterialDesignP.PLAY_CIRCLE_OUTLINE;
            case PAUSED -> MaterialDesignP.PAUSE_CIRCLE_OUTLINE;
            case STOPPED -> MaterialDesignS.STOP_CIRCLE_OUTLINE;
        });
        run.setGraphic(icon);
        for (RunStatus s : RunStatus.values()) {
            run.pseudoClassStateChanged(PseudoClass.getPseudoClass(EventJson.wireName(s)), s == status);
        }
    }

    private void showOutcome(LiveModel.Outcome outcome) {
        result.pseudoClassStateChanged(OK, outcome == LiveModel.Outcome.OK);
        result.pseudoClassStateChanged(WARNING, outcome == LiveModel.Outcome.WARNING);
        result.pseudoClassStateChanged(ERROR, outcome == LiveModel.Outcome.ERROR);
        result.setGraphic(new FontIcon(switch (outcome) {
            case OK -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
            case WARNING -> MaterialDesignA.ALERT_OUTLINE;
            case ERROR -> MaterialDesignA.ALERT_CIRCLE_OUTLINE;
            case NONE -> MaterialDesignC.CLOCK_OUTLINE;
        }));
    }
}
