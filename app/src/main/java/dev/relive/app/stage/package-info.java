/**
 * The stage: where a visual sketch's drawing is shown. The runtime records each frame on its own thread; here an
 * animation timer on the FX thread picks up the latest finished frame whenever a new one is there and
 * {@link dev.relive.app.stage.FrameRenderer} replays its operations on a JavaFX canvas, so a slow sketch never
 * freezes the window. {@link dev.relive.app.stage.StageModel} says what to show and where the stage is (in the main
 * window, in its own window, full screen); {@link dev.relive.app.stage.StageInput} passes the mouse and keys to the
 * sketch; {@link dev.relive.app.stage.StagePane} is the canvas with its header, and
 * {@link dev.relive.app.stage.StageDock} is its place in the main window, which opens the stage's own window.
 */
package dev.relive.app.stage;
