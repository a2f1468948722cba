package dev.relive.guard;

/**
 * Marks a class loader whose classes are the sketch's own: a generation's classes or its {@code lib/} jars.
 * These are the only classes sketch code may open by reflection ({@code setAccessible}, {@code privateLookupIn});
 * see {@link Reach}. Sketch code cannot implement this marker (its package is the engine's and not exported), nor
 * create class loaders at all.
 */
public interface SketchLoader {
}
