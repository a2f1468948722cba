package dev.relive.deps;

import dev.relive.compile.Diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What resolving a sketch's {@code //DEPS} lines gave: the jars (each with a fingerprint, as {@code lib/} jars
 * have) in class-path order, or errors on the lines that failed.
 *
 * @param lines  the declarations resolved
 * @param jars   every jar, the declared ones and their dependencies, to fingerprint; empty when {@code errors} is not
 * @param errors one per failed line, naming its file and line
 * @param millis how long it took, 0 when it came from the sketch's last resolution
 */
public record Resolution(List<DepsLine> lines, Map<Path, Long> jars, List<Diagnostic> errors, double millis) {

    /** No {@code //DEPS} lines at all. */
    public static final Resolution NONE = new Resolution(List.of(), Map.of(), List.of(), 0);

    public Resolution {
        lines = List.copyOf(lines);
        jars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(jars));
        errors = List.copyOf(errors);
    }

    /** Whether every line resolved. */
    public boolean ok() {
        return errors.isEmpty();
    }
}
