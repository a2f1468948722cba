package dev.relive.api;

/**
 * A sketch that draws: after every step, {@link #draw(Canvas)} records a frame, which the IDE's stage pane
 * shows and the headless runner can save as PNG. Drawing happens on the runtime thread; the screen only ever
 * shows finished frames, so a slow sketch never freezes the window.
 */
public interface Visual {

    /** Draws one frame on {@code canvas}; the canvas starts each frame with no transform and default styles. */
    void draw(Canvas canvas);
}
