/**
 * Export: a sketch leaves the IDE as a runnable jar. {@link dev.relive.export.SketchExporter} compiles the live
 * generation's sources (given by the IDE; from a folder alone, the saved sources when they compile, else the live
 * generation its history names) with the real compiler (no guard weaving: the exported program runs on its own, not
 * under the engine), checks it has an entry point, and writes its classes, the contents of its {@code lib/} and
 * {@code //DEPS} jars, and the launcher with the API and drawing classes it needs, so {@code java -jar sketch.jar}
 * runs it.
 */
package dev.relive.export;
