package dev.relive.app;

import dev.relive.app.editor.CodeEditor;
import dev.relive.app.stage.StagePane;
import dev.relive.draw.Frame;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stage shows what the running example draws, follows an edit, and moves to its own window and back. */
class StagePaneTest extends WindowDriver {

    /** The example's room colour, Color.rgb(36, 40, 58), and its first ball's, Color.rgb(255, 94, 91). */
    private static final int ROOM = 0xFF24283A;
    private static final int RED_BALL = 0xFFFF5E5B;

    private static double share(int[] pixels, int argb) {
        return Arrays.stream(pixels).filter(p -> p == argb).count() / (double) pixels.length;
    }

    @Test
    void theStageShowsTheExamplesFramesAtItsOwnSize() {
        waitUntil("the stage shows a frame", () -> frameNumber() > 0);
        long first = frameNumber();
        waitUntil("new frames keep coming", () -> frameNumber() > first + 30);

        int[] pixels = stagePixels();
        assertTrue(share(pixels, ROOM) > 0.3, "the room fills most of the stage");
        assertTrue(share(pixels, RED_BALL) > 0, "a ball is drawn");
        assertFalse(fx(() -> lookup("#stage-empty").query().isVisible()), "no \"no frames yet\" once there are frames");
        assertTrue(textOf("#stage-figures").matches("\\d+ fps · \\d+\\.\\d\\d ms a step"), textOf("#stage-figures"));
        Frame shown = fx(() -> session().stage().shown());
        StagePane pane = fx(() -> view().stage().pane());
        assertEquals(fx(() -> pane.canvas().getWidth()), shown.width(), 0.5, "the sketch draws at the stage's width");
        assertEquals(fx(() -> pane.canvas().getHeight()), shown.height(), 0.5, "and at its height");
    }

    @Test
    void anEditedColourIsDrawnOnceSaved() {
        waitUntil("the stage shows the room", () -> frameNumber() > 0 && share(stagePixels(), ROOM) > 0.3);
        CodeEditor editor = editor("Main.java");

        select(editor, "36, 40, 58");
        write("200, 40, 58");
        ctrl(KeyCode.S);

        waitUntil("the new code draws", () -> fx(() -> session().stage().generationProperty().get()) == 2);
        int[] pixels = stagePixels();
        assertTrue(share(pixels, 0xFFC8283A) > 0.3, "the room has its new colour");
        assertEquals(0, share(pixels, ROOM), "and none of the old");
        assertTrue(share(pixels, RED_BALL) > 0, "the balls fly on");
    }

    @Test
    void detachingOpensTheStageInItsOwnWindowAndClosingThatWindowPutsItBack() {
        clickOn("#stage-detach");

        waitUntil("the stage has its own window", () -> fx(() -> view().stage().window().map(Window::isShowing).orElse(false)));
        Window own = fx(() -> view().stage().window().orElseThrow());
        assertSame(own, fx(() -> view().stage().pane().getScene().getWindow()), "the stage is in that window");
        assertTrue(fx(() -> lookup("#stage-attach").query().isVisible()), "the main window offers to bring it back");
        long before = frameNumber();
        waitUntil("the sketch goes on drawing there", () -> frameNumber() > before + 30);

        Platform.runLater(() -> own.fireEvent(new WindowEvent(own, WindowEvent.WINDOW_CLOSE_REQUEST)));

        waitUntil("the stage is back in the main window", () -> fx(() -> view().stage().pane().getScene().getWindow() == stage));
        assertFalse(fx(own::isShowing), "its window is closed");
        assertFalse(fx(() -> session().stage().ownWindowProperty().get()));
    }

    @Test
    void f11MakesTheStageFillTheScreenAndLeavingFullScreenBringsItBack() {
        clickOn("#editor-tabs");

        type(KeyCode.F11);

        waitUntil("the stage fills the screen", () -> fx(() -> view().stage().window()
                .map(w -> ((Stage) w).isFullScreen()).orElse(false)));
        assertFalse(fx(() -> lookup(".stage-header").query().isVisible()), "a performance shows only the drawing");
        assertTrue(fx(() -> lookup("#stage-exit-hint").query().isVisible()), "and for a moment how to leave");
        Window own = fx(() -> view().stage().window().orElseThrow());

        // Esc is turned into leaving full screen by the platform, which the headless one does not do; leave it as Esc does.
        Platform.runLater(() -> ((Stage) own).setFullScreen(false));

        waitUntil("the stage is back in the main window", () -> fx(() -> view().stage().pane().getScene().getWindow() == stage));
        assertFalse(fx(own::isShowing));
    }

    @Test
    void theShortcutMovesTheStageToItsOwnWindowAndBack() {
        clickOn("#editor-tabs");

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        waitUntil("the stage has its own window", () -> fx(() -> view().stage().window().isPresent()));
        Window own = fx(() -> view().stage().window().orElseThrow());

        clickOn("#stage-surface");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);

        waitUntil("the stage is back in the main window", () -> fx(() -> view().stage().pane().getScene().getWindow() == stage));
        assertFalse(fx(own::isShowing));
    }

    @Test
    void theLifeExamplePausesAndGoesOnWhenSpaceIsPressedOnTheStage() {
        openExampleFromMenu("life");
        waitUntil("life draws", () -> frameNumber() > 10);
        waitUntil("the cells change while it runs", () -> !java.util.Arrays.equals(stagePixelsAfterFrames(0), stagePixelsAfterFrames(10)));

        clickOn(fx(() -> view().stage().pane().canvas())); // a click also draws a live cell, which is fine
        tapOnStage(KeyCode.SPACE);

        waitUntil("the cells hold still", () -> java.util.Arrays.equals(stagePixelsAfterFrames(0), stagePixelsAfterFrames(10)));
        tapOnStage(KeyCode.SPACE);
        waitUntil("the cells change again", () -> !java.util.Arrays.equals(stagePixelsAfterFrames(0), stagePixelsAfterFrames(10)));
    }

    /** Presses {@code key} for a few frames, as a person's tap lasts, since the sketch reads the keys held once a frame. */
    private void tapOnStage(KeyCode key) {
        press(key);
        stagePixelsAfterFrames(5);
        release(key);
    }

    /** The stage's pixels once {@code frames} more frames were drawn. */
    private int[] stagePixelsAfterFrames(int frames) {
        long from = frameNumber();
        waitUntil(frames + " more frames", () -> frameNumber() >= from + frames);
        return stagePixels();
    }
}
