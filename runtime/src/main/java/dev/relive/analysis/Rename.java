package dev.relive.analysis;

import dev.relive.migrate.FieldRenames;

import java.util.List;
import java.util.Objects;

/**
 * A planned rename: the edits that make it, or why it cannot be made.
 *
 * @param edits   every occurrence's replacement, across the sketch's files; empty when refused
 * @param problem why the rename cannot be made, in words; empty when it can
 * @param fields  the field renamed, for the engine to carry its running value to the new name; none when the
 *                renamed name is not a field
 */
public record Rename(List<TextEdit> edits, String problem, FieldRenames fields) {

    /** Copies the list. */
    public Rename {
        edits = List.copyOf(edits);
        Objects.requireNonNull(fields, "Fields must not be null");
    }

    /** A rename that cannot be made, and why. */
    static Rename refused(String problem) {
        return new Rename(List.of(), problem, FieldRenames.NONE);
    }

    /** Whether a field is renamed. */
    public boolean field() {
        return !fields.isEmpty();
    }

    /** Whether the rename can be made. */
    public boolean ok() {
        return problem.isEmpty();
    }
}
