/**
 * Where a save's time goes: {@link dev.relive.timing.PhaseLog} lets the engine's threads mark the moments of a
 * save (watcher report, read, scan, javac, history write, load, migrate, swap) and, only when the runner is started
 * with {@code -Drelive.phases=true}, prints them on the runtime's standard error for the save benchmarks. Off by
 * default, when a mark costs one field read.
 */
package dev.relive.timing;
