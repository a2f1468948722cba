package dev.relive.app.session;

import dev.relive.app.workspace.SketchFolder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of the file a sketch opens on, read before its session starts, so the window can show the code at once
 * while the engine starts and compiles in the background (see {@link Workbench#previewProperty()}). Read-only: the
 * real editor replaces it when the session runs, so nothing typed can be lost in between.
 *
 * @param folder the sketch folder
 * @param name   the sketch's name
 * @param file   the file shown, relative to the folder with {@code /}
 * @param text   the file's text
 */
public record SketchPreview(Path folder, String name, String file, String text) {

    /** A preview; every part is required. */
    public SketchPreview {
        Objects.requireNonNull(folder, "Folder must not be null");
        Objects.requireNonNull(name, "Name must not be null");
        Objects.requireNonNull(file, "File must not be null");
        Objects.requireNonNull(text, "Text must not be null");
    }

    /**
     * The preview of the sketch in {@code folder}: the file the session will show first, read as UTF-8. Empty when
     * the folder cannot be read or holds no source file; opening the session then tells why. Off the FX thread.
     */
    public static Optional<SketchPreview> read(Path folder) {
        try {
            SketchFolder sketch = SketchFolder.open(folder);
            Optional<String> file = SketchFolder.firstShown(sketch.sourceFiles());
            if (file.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SketchPreview(sketch.root(), sketch.name(), file.get(), sketch.read(file.get())));
        } catch (IOException | RuntimeException e) {
            // Only a preview: the session's open reads the same folder next and reports what is wrong in words.
            return Optional.empty();
        }
    }
}
