/**
 * Export: a sketch leaves the IDE as a runnable jar. {@link dev.relive.export.SketchExporter} compiles the sketch's
 * current sources with the real compiler (no guard weaving: the exported program runs on its own, not under the
 * engine), checks it has an entry point, and writes its classes, the contents of its {@code lib/} jars, and the
 * launcher with the API and drawing classes it needs, so {@code java -jar sketch.jar} runs it.
 */
package dev.relive.export;
