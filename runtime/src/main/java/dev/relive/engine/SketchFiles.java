package dev.relive.engine;

import dev.relive.compile.SourceReader;

import java.nio.file.Path;

/**
 * Which files of a sketch folder the engine reads, for hosts that list them (the IDE's file tree): the same rule
 * the engine's reader and watcher use, so a file the IDE shows is exactly a file the engine compiles.
 */
public final class SketchFiles {

    private SketchFiles() {
    }

    /** Whether {@code relative}, a path relative to the sketch folder, is a source or library the engine uses. */
    public static boolean isSketchFile(Path relative) {
        return SourceReader.isSketchFile(relative);
    }

    /** The path of {@code file} relative to {@code root}, written with {@code /}, as events and the history name it. */
    public static String relative(Path root, Path file) {
        return SourceReader.relative(root, file);
    }
}
