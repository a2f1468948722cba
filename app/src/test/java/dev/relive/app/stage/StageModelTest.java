package dev.relive.app.stage;

import dev.relive.draw.Frame;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageModelTest {

    private static final long MS = 1_000_000L;

    private final FakeFeed feed = new FakeFeed();
    private final StageModel stage = new StageModel(feed);

    @Test
    void beforeTheSketchDrawsThereIsNothingToPaint() {
        assertEquals(Optional.empty(), stage.poll(0));
        assertEquals(0, stage.frameNumberProperty().get());
        assertEquals("", stage.figuresProperty().get());
        assertSame(Frame.NONE, stage.shown());
    }

    @Test
    void aNewFrameIsHandedOutOnceSoTheCanvasRepaintsOnlyWhenTheSketchDrew() {
        feed.draw(1, 1, 0.5, 60);

        Optional<Frame> first = stage.poll(0);
        Optional<Frame> again = stage.poll(16 * MS);

        assertSame(feed.latest, first.orElseThrow());
        assertEquals(Optional.empty(), again, "the same frame is not painted twice");
        feed.draw(2, 3, 0.5, 60);
        assertEquals(2, stage.poll(32 * MS).orElseThrow().number());
        assertEquals(2, stage.frameNumberProperty().get());
        assertEquals(3, stage.generationProperty().get());
    }

    @Test
    void figuresShowFramesPerSecondAndTimePerStepAndChangeAtMostFourTimesASecond() {
        feed.draw(1, 1, 0.4217, 59.6);
        stage.poll(0);
        assertEquals("60 fps · 0.42 ms a step", stage.figuresProperty().get());

        feed.draw(2, 1, 3.5, 30);
        stage.poll(100 * MS);
        assertEquals("60 fps · 0.42 ms a step", stage.figuresProperty().get(), "too soon to change");

        feed.draw(3, 1, 3.5, 30);
        stage.poll(260 * MS);
        assertEquals("30 fps · 3.50 ms a step", stage.figuresProperty().get());
    }

    @Test
    void resizingTellsTheSketchUnlessTheStageIsCollapsed() {
        stage.resize(800, 450);
        stage.resize(0, 450);
        stage.resize(800, Double.NaN);

        assertEquals(List.of("800x450"), feed.sizes);
    }

    @Test
    void theStageGoesToItsOwnWindowAndBack() {
        stage.toggleDetached();
        assertTrue(stage.ownWindowProperty().get());
        assertTrue(stage.detachedProperty().get());

        stage.attach();

        assertFalse(stage.ownWindowProperty().get());
        assertFalse(stage.detachedProperty().get());
    }

    @Test
    void leavingFullScreenGoesBackToTheMainWindowWhenItCameFromThere() {
        stage.toggleFullScreen();
        assertTrue(stage.ownWindowProperty().get(), "full screen needs a window of its own");

        stage.fullScreenLeft();

        assertFalse(stage.fullScreenProperty().get());
        assertFalse(stage.ownWindowProperty().get());
    }

    @Test
    void leavingFullScreenKeepsTheStageInItsOwnWindowWhenItCameFromThere() {
        stage.toggleDetached();
        stage.toggleFullScreen();

        stage.fullScreenLeft();

        assertFalse(stage.fullScreenProperty().get());
        assertTrue(stage.ownWindowProperty().get());
    }

    @Test
    void closingTheOwnWindowWhileFullScreenBringsTheStageBack() {
        stage.toggleDetached();
        stage.toggleFullScreen();

        stage.attach();

        assertFalse(stage.fullScreenProperty().get());
        assertFalse(stage.ownWindowProperty().get());
    }
}
