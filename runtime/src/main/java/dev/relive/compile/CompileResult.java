package dev.relive.compile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one compile produced. Class bytes are complete for the whole sketch, including classes carried over
 * unchanged from the previous compile.
 *
 * @param ok            whether there were no errors
 * @param classes       binary class name to class bytes
 * @param classFiles    binary class name to the sketch file that declares it
 * @param initializers  the field initializer texts of every sketch class
 * @param diagnostics   every message, errors first
 * @param compiledFiles the files javac actually compiled this time
 * @param millis        wall time of the compile
 * @param dependencies  which file's code depends on which class, for the next incremental compile
 */
public record CompileResult(boolean ok, Map<String, byte[]> classes, Map<String, String> classFiles,
                            FieldInitializers initializers, List<Diagnostic> diagnostics,
                            Set<String> compiledFiles, double millis, DependencyGraph dependencies) {

    /** The result before anything was compiled. */
    public static final CompileResult NONE =
            new CompileResult(false, Map.of(), Map.of(), FieldInitializers.NONE, List.of(), Set.of(), 0);

    /** A result with no dependency graph, so the next compile after it is a full one. */
    public CompileResult(boolean ok, Map<String, byte[]> classes, Map<String, String> classFiles,
                         FieldInitializers initializers, List<Diagnostic> diagnostics, Set<String> compiledFiles,
                         double millis) {
        this(ok, classes, classFiles, initializers, diagnostics, compiledFiles, millis, DependencyGraph.NONE);
    }

    public CompileResult {
        classes = Map.copyOf(classes);
        classFiles = Map.copyOf(classFiles);
        diagnostics = List.copyOf(diagnostics);
        compiledFiles = Set.copyOf(compiledFiles);
        java.util.Objects.requireNonNull(dependencies, "Dependencies must not be null");
    }

    /** The errors only. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
