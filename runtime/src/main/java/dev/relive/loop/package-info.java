/**
 * The runtime thread and what runs on it. {@link dev.relive.loop.RuntimeLoop} owns the thread, the run status and
 * the pacing; {@link dev.relive.loop.LiveSession} owns the live program and applies generations between two
 * steps. A swap's fallible part is a {@code SwapTransaction}, stepping and probation are a {@code Stepper}, and
 * turning what sketch code throws into errors with file and line (also for sketch threads) is
 * {@code SketchErrors}. The {@code Watchdog} gets the runtime thread out of sketch calls that hang. See
 * runtime/README.md, Threads and Swap.
 */
package dev.relive.loop;
