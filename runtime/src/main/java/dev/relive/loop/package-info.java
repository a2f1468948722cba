/**
 * The runtime thread and what runs on it: {@link dev.relive.loop.RuntimeLoop} owns the thread and paces the
 * steps; {@link dev.relive.loop.LiveSession} holds the live program and performs swaps, steps, probation and
 * restarts between two steps.
 */
package dev.relive.loop;
