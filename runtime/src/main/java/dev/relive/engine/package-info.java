/**
 * The engine's public face: {@link dev.relive.engine.Engine} opens a sketch, runs it live, takes commands and
 * publishes {@link dev.relive.event.EngineEvent}s; {@link dev.relive.engine.SketchFiles} says which files of a
 * folder it reads. Hosts (the CLI, the IDE) use this package, the events and the value types they carry, and the
 * frames of {@code draw.FrameSource}; see runtime/README.md, Packages. Behind it, {@code GenerationMaker} turns the
 * folder into generations, and {@code SaveBurst} is the rule that keeps a save of several files from going live
 * half written.
 */
package dev.relive.engine;
