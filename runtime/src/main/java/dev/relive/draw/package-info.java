/**
 * Drawing for visual sketches, without JavaFX: a {@link dev.relive.draw.FrameRecorder} records what a sketch
 * draws into an immutable {@link dev.relive.draw.Frame} of {@link dev.relive.draw.DrawOp}s on the runtime
 * thread; the IDE replays the latest finished frame on a JavaFX canvas and {@link dev.relive.draw.PngRenderer}
 * turns frames into PNG files for the headless runner.
 */
package dev.relive.draw;
