package dev.relive.migrate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a migration did, field by field ({@code Main.n}, {@code Ball.count}).
 *
 * @param kept    fields that kept their running value
 * @param reset   fields that took their new initializer value
 * @param added   fields that are new in this generation
 * @param dropped fields that no longer exist
 * @param notes   why a field was reset or dropped when that is not obvious, one line each
 */
public record MigrationReport(List<String> kept, List<String> reset, List<String> added, List<String> dropped,
                              List<String> notes) {

    /** Nothing migrated, as for a first run. */
    public static final MigrationReport EMPTY = new MigrationReport(List.of(), List.of(), List.of(), List.of(), List.of());

    public MigrationReport {
        kept = List.copyOf(kept);
        reset = List.copyOf(reset);
        added = List.copyOf(added);
        dropped = List.copyOf(dropped);
        notes = List.copyOf(notes);
    }

    /** "kept 3, reset 1, added 0, dropped 0". */
    public String summary() {
        return "kept " + kept.size() + ", reset " + reset.size() + ", added " + added.size() + ", dropped " + dropped.size();
    }

    /**
     * The fields that did not simply keep their value, by name at every depth: "reset Cell.alive, Main.speed;
     * added Cell.age; dropped Main.gone", or empty when every field was kept.
     */
    public String details() {
        List<String> parts = new java.util.ArrayList<>(3);
        if (!reset.isEmpty()) {
            parts.add("reset " + String.join(", ", reset));
        }
        if (!added.isEmpty()) {
            parts.add("added " + String.join(", ", added));
        }
        if (!dropped.isEmpty()) {
            parts.add("dropped " + String.join(", ", dropped));
        }
        return String.join("; ", parts);
    }

    /** Collects a report while a migration runs. */
    public static final class Builder {
        // Sets: the fields of migrated objects are reported once per class, not once per object.
        private final Set<String> kept = new LinkedHashSet<>();
        private final Set<String> reset = new LinkedHashSet<>();
        private final Set<String> added = new LinkedHashSet<>();
        private final Set<String> dropped = new LinkedHashSet<>();
        private final Set<String> notes = new LinkedHashSet<>();

        /** The field kept its running value. */
        public void kept(String field) {
            kept.add(field);
        }

        /** The field took its new value, for {@code why} (or null when the rule is obvious). */
        public void reset(String field, String why) {
            reset.add(field);
            note(field, why);
        }

        /** The field is new. */
        public void added(String field) {
            added.add(field);
        }

        /** The field is gone. */
        public void dropped(String field, String why) {
            dropped.add(field);
            note(field, why);
        }

        /** Records a remark about a field. */
        public void note(String field, String why) {
            if (why != null) {
                notes.add(field + ": " + why);
            }
        }

        /** The finished report. */
        public MigrationReport build() {
            return new MigrationReport(List.copyOf(kept), List.copyOf(reset), List.copyOf(added), List.copyOf(dropped),
                    List.copyOf(notes));
        }
    }
}
