package dev.relive.app.console;

import java.util.Objects;

/**
 * A place in the sketch a console line points at: a file relative to the sketch folder and a 1-based line.
 *
 * @param file relative path, written with {@code /}
 * @param line 1-based line
 */
public record SourceLink(String file, int line) {

    public SourceLink {
        Objects.requireNonNull(file, "File must not be null");
        if (line < 1) {
            throw new IllegalArgumentException("Line must be 1 or more, not " + line);
        }
    }

    /** {@code Main.java:12}. */
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
