package dev.relive.app;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run controls answer their keyboard shortcuts, and the status bar says what they did. */
class RunControlsTest extends WindowDriver {

    @Test
    void f5PausesAndRunsAgain() {
        clickOn("#editor-tabs");

        type(KeyCode.F5);
        waitUntil("the status bar says paused", () -> textOf("#status-run").equals("paused"));
        assertEquals("Run", textOf("#run-pause-button"));

        type(KeyCode.F5);
        waitUntil("the status bar says running", () -> textOf("#status-run").equals("running"));
    }

    @Test
    void ctrlPeriodStopsTheSketch() {
        clickOn("#editor-tabs");

        ctrl(KeyCode.PERIOD);

        waitUntil("the status bar says stopped", () -> textOf("#status-run").equals("stopped"));
        assertTrue(fx(() -> lookup("#stop-button").queryButton().isDisabled()), "nothing left to stop");
    }

    @Test
    void ctrlRRestartsTheSketchFromSetup() {
        waitUntil("the example has reported twice", () -> lastCount(1, "frame") >= 360);
        clickOn("#editor-tabs");

        ctrl(KeyCode.R);

        waitUntil("the counter starts over", () -> {
            List<Integer> counts = counts(1, "frame");
            return counts.lastIndexOf(180) > counts.indexOf(360);
        });
    }

    @Test
    void choosingAStepRateChangesHowFastTheSketchRuns() {
        clickOn("#rate-box");
        clickOn("max");

        waitUntil("the engine runs as fast as it can", () -> fx(() -> session().live().rateProperty().get()) == 0);
        waitUntil("frames fly by", () -> lastCount(1, "frame") >= 6000);
    }

    @Test
    void theRunMenuTurnsAutoRevertOffAndTheToolbarFollows() {
        clickOn("Run");
        clickOn("Auto-revert Faulting Code");

        waitUntil("auto-revert is off", () -> !fx(() -> session().live().autoRevertProperty().get()));
        assertTrue(!fx(() -> lookup("#auto-revert-toggle").<javafx.scene.control.ToggleButton>query().isSelected()));

        clickOn("#auto-revert-toggle");
        waitUntil("auto-revert is on again", () -> fx(() -> session().live().autoRevertProperty().get()));
    }
}
