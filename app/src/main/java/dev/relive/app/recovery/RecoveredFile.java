package dev.relive.app.recovery;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Unsaved edits of one file, kept in the recovery area.
 *
 * @param sketch the sketch folder the file belongs to
 * @param path   the file, relative to the sketch folder, written with {@code /}
 * @param text   the editor's text when it was last kept
 * @param time   when it was last kept
 */
public record RecoveredFile(Path sketch, String path, String text, Instant time) {

    /** Fails fast on missing parts. */
    public RecoveredFile {
        Objects.requireNonNull(sketch, "Sketch must not be null");
        Objects.requireNonNull(path, "Path must not be null");
        Objects.requireNonNull(text, "Text must not be null");
        Objects.requireNonNull(time, "Time must not be null");
    }
}
