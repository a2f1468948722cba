package dev.relive.analysis;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A sketch's sources as the editors hold them at one moment, saved or not, plus the jars of its {@code lib/}
 * folder. The analysis reads nothing else of the sketch.
 *
 * @param sources relative path (with {@code /}) to source text
 * @param libs    the sketch's library jars
 */
public record SketchSnapshot(Map<String, String> sources, List<Path> libs) {

    /** Copies both, sorted, so a snapshot never changes under the worker that reads it. */
    public SketchSnapshot {
        sources = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(sources, "Sources must not be null")));
        libs = List.copyOf(Objects.requireNonNull(libs, "Libs must not be null"));
    }

    /** A snapshot of {@code sources} with no jars. */
    public static SketchSnapshot of(Map<String, String> sources) {
        return new SketchSnapshot(sources, List.of());
    }

    /** The text of {@code file}; fails clearly when the snapshot has no such file. */
    public String text(String file) {
        String text = sources.get(file);
        if (text == null) {
            throw new IllegalArgumentException("No source " + file + " in this sketch; it has " + sources.keySet());
        }
        return text;
    }

    /** This snapshot with {@code file} holding {@code text}. */
    public SketchSnapshot with(String file, String text) {
        Map<String, String> next = new TreeMap<>(sources);
        next.put(file, text);
        return new SketchSnapshot(next, libs);
    }
}
