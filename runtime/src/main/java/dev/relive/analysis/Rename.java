package dev.relive.analysis;

import java.util.List;

/**
 * A planned rename: the edits that make it, or why it cannot be made.
 *
 * @param edits   every occurrence's replacement, across the sketch's files; empty when refused
 * @param problem why the rename cannot be made, in words; empty when it can
 * @param field   whether a field is renamed: its running value cannot follow the new name, so it starts over
 */
public record Rename(List<TextEdit> edits, String problem, boolean field) {

    /** Copies the list. */
    public Rename {
        edits = List.copyOf(edits);
    }

    /** A rename that cannot be made, and why. */
    static Rename refused(String problem) {
        return new Rename(List.of(), problem, false);
    }

    /** Whether the rename can be made. */
    public boolean ok() {
        return problem.isEmpty();
    }
}
