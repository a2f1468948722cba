/**
 * The engine's public face: {@link dev.relive.engine.Engine} opens a sketch, runs it live, takes commands and
 * publishes {@link dev.relive.event.EngineEvent}s. The CLI and the IDE use nothing else.
 */
package dev.relive.engine;
