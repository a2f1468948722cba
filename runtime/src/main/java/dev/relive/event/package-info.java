/**
 * What the engine tells the world: one immutable record per event, the same ones the CLI prints as JSON
 * lines and the IDE turns into property changes. {@link dev.relive.event.EventJson} is the one encoder.
 */
package dev.relive.event;
