package dev.relive.app.console;

import java.util.Objects;
import java.util.Optional;

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

    /**
     * A link to {@code file} at {@code line} when both say where (a file name and a line of 1 or more), as engine
     * events give them with an empty file and line 0 for "nowhere in the sketch".
     */
    public static Optional<SourceLink> at(String file, int line) {
        return file == null || file.isEmpty() || line < 1 ? Optional.empty() : Optional.of(new SourceLink(file, line));
    }

    /** {@code Main.java:12}. */
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
