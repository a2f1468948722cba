package dev.relive.draw;

import dev.relive.api.Input;

import java.util.function.Consumer;

/**
 * The frames of a visual sketch, as a host sees them: the latest finished frame for a screen to paint, the
 * surface size and the input the next frames get, and listeners for every frame. The engine draws the frames on
 * its runtime thread; every method here may be called from any thread and returns at once.
 */
public interface FrameSource {

    /** A source that never draws, for hosts without a sketch. */
    FrameSource NONE = new FrameSource() {
        @Override
        public Frame latest() {
            return Frame.NONE;
        }

        @Override
        public void setSize(double width, double height) {
            // nothing is drawn, so the size has nothing to apply to
        }

        @Override
        public void setInput(Input input) {
            // nothing is drawn, so the input has nothing to apply to
        }

        @Override
        public void addListener(Consumer<Frame> listener) {
            // no frame will ever come
        }

        @Override
        public void removeListener(Consumer<Frame> listener) {
            // no listener was kept
        }
    };

    /** The latest finished frame, or {@link Frame#NONE}. */
    Frame latest();

    /** Sets the drawing surface size, from the stage pane or the CLI; both must be positive. */
    void setSize(double width, double height);

    /** Sets the mouse and keys the next frames see. */
    void setInput(Input input);

    /** Gets every frame, on the runtime thread; must return quickly. */
    void addListener(Consumer<Frame> listener);

    /** Removes a frame listener. */
    void removeListener(Consumer<Frame> listener);
}
