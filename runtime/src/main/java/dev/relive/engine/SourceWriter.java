package dev.relive.engine;

import dev.relive.compile.SourceReader;
import dev.relive.compile.SourceSet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
                writeAtomically(root.resolve(e.getKey()), e.getValue());
            }
        }
    }

    /** Writes {@code text} to {@code file} so that a reader sees the old or the new content, never a mix. */
    static void writeAtomically(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".relive-", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static boolean isSource(Path root, Path file) {
        return SourceReader.isSketchFile(root.relativize(file));
    }
}
