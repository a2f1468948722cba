package dev.relive.inspect;

/**
 * A value set by a person.
 *
 * @param label  the row as the console shows it, such as {@code Main.speed}
 * @param before the old value as text
 * @param after  the new value as text
 */
public record Assignment(String label, String before, String after) {

    /** The console line: {@code Main.speed: 2.5 → 5.0}. */
    public String describe() {
        return label + ": " + before + " → " + after;
    }
}
