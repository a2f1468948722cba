package dev.relive.engine;

import dev.relive.compile.SourceSet;
import dev.relive.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a generation's sources back into the sketch folder for a revert: each file atomically (temp file,
 * then move), and source files the generation did not have are removed. Jars in {@code lib/} are left alone.
 */
final class SourceWriter {

    private SourceWriter() {
    }

    /** Makes the sources under {@code root} exactly {@code target}'s. */
    static void write(Path root, SourceSet target, SourceSet onDisk) throws IOException {
        for (String file : onDisk.files()) {
            if (!target.sources().containsKey(file) && file.endsWith(".java")) {
                Files.deleteIfExists(root.resolve(file));
            }
        }
        for (Map.Entry<String, String> e : target.sources().entrySet()) {
            if (!e.getValue().equals(onDisk.sources().get(e.getKey()))) {
                Path file = root.resolve(e.getKey());
                Files.createDirectories(file.getParent()); // package folders the generation had
                AtomicFiles.write(file, e.getValue());
            }
        }
    }

}
