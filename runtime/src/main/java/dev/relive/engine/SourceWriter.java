package dev.relive.engine;

import dev.relive.compile.SourceSet;
import dev.relive.files.AtomicFiles;
import dev.relive.history.Generation;

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

    /**
     * Makes the sources under {@code root} exactly {@code target}'s: its source texts, and the files it kept as
     * bytes because they were not valid source.
     */
    static void write(Path root, Generation target, SourceSet onDisk) throws IOException {
        for (String file : onDisk.files()) {
            if (!target.sources().sources().containsKey(file) && !target.raw().containsKey(file) && file.endsWith(".java")) {
                Files.deleteIfExists(root.resolve(file));
            }
        }
        for (Map.Entry<String, String> e : target.sources().sources().entrySet()) {
            if (!e.getValue().equals(onDisk.sources().get(e.getKey()))) {
                Path file = root.resolve(e.getKey());
                Files.createDirectories(file.getParent()); // package folders the generation had
                AtomicFiles.write(file, e.getValue());
            }
        }
        for (Map.Entry<String, byte[]> e : target.raw().entrySet()) {
            Path file = root.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, e.getValue());
        }
    }

}
