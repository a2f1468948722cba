/**
 * The engine's public face: {@link dev.relive.engine.Engine} opens a sketch, runs it live, takes commands and
 * publishes {@link dev.relive.event.EngineEvent}s. The CLI and the IDE use nothing else. Behind it,
 * {@code GenerationMaker} turns the folder into generations, and {@code SaveBurst} is the rule that keeps a save
 * of several files from going live half written.
 */
package dev.relive.engine;
