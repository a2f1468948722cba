package dev.relive.compile;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.Trees;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compiles sketch sources in memory with a warm javac. It reuses one standard file manager across
 * compiles and, when the previous compile succeeded, recompiles only the changed files plus the files
 * that mention a type the changed files declare; everything else is carried over as class bytes.
 *
 * <p>Not thread-safe by design: the engine calls it from its single compiler worker.
 */
public final class SketchCompiler implements AutoCloseable {

    private static final List<String> OPTIONS = List.of("-g", "-proc:none", "-implicit:none", "-parameters",
            "-Xlint:-options");

    private final JavaCompiler javac;
    private final StandardJavaFileManager standard;
    private Set<java.nio.file.Path> libsOnClassPath;

    /** Creates a compiler; fails fast when the running Java has no compiler (a JRE rather than a JDK). */
    public SketchCompiler() {
        javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("No Java compiler found: Relive needs a JDK, not a JRE");
        }
        standard = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        setLibraries(SourceSet.EMPTY); // never javac's default class path: that would show sketches the engine
    }

    /**
     * Compiles {@code sources}. When {@code previous} compiled {@code previousSources} without errors, only
     * what changed and what depends on it is recompiled.
     */
    public synchronized CompileResult compile(SourceSet sources, SourceSet previousSources, CompileResult previous) {
        long start = System.nanoTime();
        setLibraries(sources);
        Set<String> toCompile = new TreeSet<>(sources.sources().keySet());
        Map<String, byte[]> carried = new HashMap<>();
        Map<String, String> carriedFiles = new HashMap<>();
        Map<String, Map<String, String>> initializers = new HashMap<>();
        if (canCompileIncrementally(sources, previousSources, previous)) {
            toCompile = affectedFiles(sources, previousSources, previous);
            for (Map.Entry<String, String> e : previous.classFiles().entrySet()) {
                if (!toCompile.contains(e.getValue()) && sources.sources().containsKey(e.getValue())) {
                    carried.put(e.getKey(), previous.classes().get(e.getKey()));
                    carriedFiles.put(e.getKey(), e.getValue());
                    Map<String, String> fields = previous.initializers().byClass().get(e.getKey());
                    if (fields != null) {
                        initializers.put(e.getKey(), fields);
                    }
                }
            }
        }
        Map<String, byte[]> classPath = new HashMap<>(ApiClasses.all());
        classPath.putAll(carried);
        MemoryFileManager files = new MemoryFileManager(standard, classPath);
        List<JavaFileObject> units = toCompile.stream()
                .map(f -> MemoryFileManager.source(f, sources.sources().get(f))).toList();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        boolean ok = units.isEmpty() || run(files, units, collector, sources, initializers);

        List<Diagnostic> diagnostics = new ArrayList<>(sources.unreadable().values());
        collector.getDiagnostics().stream().map(SketchCompiler::toDiagnostic)
                .filter(d -> d != null).forEach(diagnostics::add);
        diagnostics.sort(Comparator.comparing((Diagnostic d) -> !d.isError())
                .thenComparing(Diagnostic::file).thenComparingLong(Diagnostic::line));
        ok = ok && sources.unreadable().isEmpty();

        Map<String, byte[]> classes = new HashMap<>(carried);
        Map<String, String> classFiles = new HashMap<>(carriedFiles);
        if (ok) {
            classes.putAll(files.output());
            classFiles.putAll(files.origins());
        }
        double ms = (System.nanoTime() - start) / 1e6;
        return new CompileResult(ok, ok ? classes : Map.of(), ok ? classFiles : Map.of(),
                new FieldInitializers(initializers), diagnostics, toCompile, ms);
    }

    private boolean run(MemoryFileManager files, List<JavaFileObject> units,
                        DiagnosticCollector<JavaFileObject> collector, SourceSet sources,
                        Map<String, Map<String, String>> initializers) {
        JavacTask task = (JavacTask) javac.getTask(null, files, collector, OPTIONS, null, units);
        Trees trees = Trees.instance(task);
        task.addTaskListener(new TaskListener() {
            @Override
            public void finished(TaskEvent e) {
                if (e.getKind() == TaskEvent.Kind.PARSE) {
                    String file = e.getSourceFile().getName();
                    InitializerScanner.scan(e.getCompilationUnit(), trees.getSourcePositions(),
                            sources.sources().getOrDefault(file, ""), initializers);
                }
            }
        });
        return task.call();
    }

    private static boolean canCompileIncrementally(SourceSet sources, SourceSet previousSources, CompileResult previous) {
        return previous.ok() && sources.unreadable().isEmpty() && sources.libs().equals(previousSources.libs());
    }

    /** The changed files plus every file that mentions a simple type name declared in a changed file. */
    private static Set<String> affectedFiles(SourceSet sources, SourceSet previousSources, CompileResult previous) {
        Set<String> changed = new HashSet<>(sources.changedSince(previousSources));
        Set<String> names = new HashSet<>();
        previous.classFiles().forEach((cls, file) -> {
            if (changed.contains(file)) {
                names.addAll(simpleNames(cls));
            }
        });
        Set<String> affected = new TreeSet<>();
        Pattern mention = names.isEmpty() ? null
                : Pattern.compile("\\b(" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")\\b");
        sources.sources().forEach((file, text) -> {
            if (changed.contains(file) || (mention != null && mention.matcher(text).find())) {
                affected.add(file);
            }
        });
        return affected;
    }

    private static Set<String> simpleNames(String binaryName) {
        String simple = binaryName.substring(binaryName.lastIndexOf('.') + 1);
        Set<String> out = new HashSet<>();
        for (String part : simple.split("\\$")) {
            if (!part.isEmpty() && !Character.isDigit(part.charAt(0))) {
                out.add(part);
            }
        }
        return out;
    }

    private void setLibraries(SourceSet sources) {
        if (sources.libs().keySet().equals(libsOnClassPath)) {
            return;
        }
        try {
            standard.setLocation(StandardLocation.CLASS_PATH,
                    sources.libs().keySet().stream().map(java.nio.file.Path::toFile).toList());
            libsOnClassPath = Set.copyOf(sources.libs().keySet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot put the sketch's lib/ jars on the class path", e);
        }
    }

    private static Diagnostic toDiagnostic(javax.tools.Diagnostic<? extends JavaFileObject> d) {
        String severity = switch (d.getKind()) {
            case ERROR -> "error";
            case WARNING, MANDATORY_WARNING -> "warning";
            default -> "note";
        };
        if (d.getSource() == null && !"error".equals(severity)) {
            return null; // summary notes such as "uses unchecked operations" carry no location worth showing
        }
        String file = d.getSource() == null ? "" : d.getSource().getName();
        String message = String.join("; ", d.getMessage(Locale.ROOT).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList());
        long line = Math.max(0, d.getLineNumber());
        long column = Math.max(0, d.getColumnNumber());
        return new Diagnostic(file, line, column, d.getStartPosition(), d.getEndPosition(), severity, message);
    }

    @Override
    public void close() {
        try {
            standard.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the compiler's file manager", e);
        }
    }
}
