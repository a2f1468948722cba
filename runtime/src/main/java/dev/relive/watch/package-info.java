/**
 * File watching: {@link dev.relive.watch.SketchWatcher} turns a burst of writes in a sketch folder into one
 * change notification, after a short quiet period, and tells whether another burst is under way. What the engine
 * makes of a change that may be half a save (held until it compiles or stands still) is the engine's
 * {@code SaveBurst} rule.
 */
package dev.relive.watch;
