/**
 * File watching: {@link dev.relive.watch.SketchWatcher} turns a burst of writes in a sketch folder into one
 * change notification, after a short quiet period.
 */
package dev.relive.watch;
