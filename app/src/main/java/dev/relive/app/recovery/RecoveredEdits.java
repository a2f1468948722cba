package dev.relive.app.recovery;

import dev.relive.app.documents.Documents;
import dev.relive.app.workspace.FileProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a crash left of one sketch's unsaved edits, and the two answers to it: restore them into the editor as
 * unsaved edits, or discard them. Nothing is restored or deleted without one of those. Holds no nodes.
 */
public final class RecoveredEdits {

    private final RecoveryStore store;
    private final Path sketch;
    private final Documents documents;
    private final Consumer<String> problems;

    /** The recovered edits of {@code sketch} in {@code store}, restored into {@code documents}; trouble is told. */
    public RecoveredEdits(RecoveryStore store, Path sketch, Documents documents, Consumer<String> problems) {
        this.store = Objects.requireNonNull(store, "Store must not be null");
        this.sketch = Objects.requireNonNull(sketch, "Sketch must not be null");
        this.documents = Objects.requireNonNull(documents, "Documents must not be null");
        this.problems = Objects.requireNonNull(problems, "Problems must not be null");
    }

    /** The files with recovered edits; none if there are none or they cannot be read (the reason is told). */
    public List<RecoveredFile> find() {
        try {
            return store.list(sketch);
        } catch (IOException e) {
            problems.accept("Cannot read the unsaved edits kept in " + store.area() + ": " + FileProblem.describe(e));
            return List.of();
        }
    }

    /**
     * Opens each file holding its recovered text as unsaved edits. A copy equal to what is on disk holds nothing
     * new, so it is deleted; the others stay kept until the file is saved or closed.
     */
    public void restore(List<RecoveredFile> files) {
        for (RecoveredFile file : files) {
            documents.restore(file.path(), file.text())
                    .filter(d -> d.diskText().equals(file.text()))
                    .ifPresent(d -> delete(file));
        }
    }

    /** Deletes the recovered edits of {@code files}. */
    public void discard(List<RecoveredFile> files) {
        files.forEach(this::delete);
    }

    private void delete(RecoveredFile file) {
        try {
            store.delete(sketch, file.path());
        } catch (IOException e) {
            problems.accept("Cannot delete the recovered copy of " + file.path() + ": " + FileProblem.describe(e));
        }
    }
}
