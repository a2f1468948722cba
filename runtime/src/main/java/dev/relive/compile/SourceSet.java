package dev.relive.compile;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The complete sources of a sketch at one moment: path (relative, with {@code /}) to text, plus the
 * library jars in {@code lib/}. Files that could not be decoded are kept apart with a diagnostic, so the
 * compile can report them instead of guessing.
 *
 * @param sources    relative path to source text, sorted by path
 * @param unreadable relative path to the diagnostic that explains why it could not be read
 * @param libs       jars in {@code lib/}, each with a content fingerprint so a replaced jar counts as a change
 */
public record SourceSet(Map<String, String> sources, Map<String, Diagnostic> unreadable, Map<Path, Long> libs) {

    /** No sources at all. */
    public static final SourceSet EMPTY = new SourceSet(Map.of(), Map.of(), Map.of());

    public SourceSet {
        sources = Collections.unmodifiableMap(new TreeMap<>(sources));
        unreadable = Collections.unmodifiableMap(new TreeMap<>(unreadable));
        libs = Collections.unmodifiableMap(new TreeMap<>(libs));
    }

    /** A source set of the given files only, with no jars. */
    public static SourceSet of(Map<String, String> sources) {
        return new SourceSet(sources, Map.of(), Map.of());
    }

    /** These sources with {@code libs} as their jars instead (a sketch's {@code lib/} jars plus its resolved dependencies). */
    public SourceSet withLibs(Map<Path, Long> libs) {
        return new SourceSet(sources, unreadable, libs);
    }

    /** Every file name this set knows about, readable or not. */
    public Set<String> files() {
        Set<String> all = new TreeSet<>(sources.keySet());
        all.addAll(unreadable.keySet());
        return all;
    }

    /** Whether there is nothing to compile. */
    public boolean isEmpty() {
        return sources.isEmpty() && unreadable.isEmpty();
    }

    /** Files whose text differs from {@code before}, including added and removed ones. */
    public List<String> changedSince(SourceSet before) {
        Set<String> names = new TreeSet<>(files());
        names.addAll(before.files());
        return names.stream()
                .filter(f -> !java.util.Objects.equals(sources.get(f), before.sources.get(f))
                        || unreadable.containsKey(f) != before.unreadable.containsKey(f))
                .toList();
    }
}
