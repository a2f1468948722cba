package dev.relive.app.stage;

import dev.relive.api.Input;
import dev.relive.draw.Frame;
import dev.relive.draw.FrameSource;

import java.util.Objects;

/**
 * Where the stage's frames come from and where its size and input go: the engine's {@link FrameSource}, or a
 * stand-in when a test wants to hand out frames itself. Every method returns at once and may be called on the FX
 * thread.
 */
public interface FrameFeed {

    /** The latest finished frame, or {@link Frame#NONE}. */
    Frame latest();

    /** Sets the size the next frames are drawn at. */
    void setSize(double width, double height);

    /** Sets the mouse and keys the next frames see. */
    void setInput(Input input);

    /** The feed of the engine's {@code source}. */
    static FrameFeed of(FrameSource source) {
        Objects.requireNonNull(source, "Source must not be null");
        return new FrameFeed() {
            @Override
            public Frame latest() {
                return source.latest();
            }

            @Override
            public void setSize(double width, double height) {
                source.setSize(width, height);
            }

            @Override
            public void setInput(Input input) {
                source.setInput(input);
            }
        };
    }
}
