package dev.relive.compile;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
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

    private static final List<String> BASE_OPTIONS = List.of("-g", "-proc:none", "-implicit:none", "-parameters",
            "-Xlint:-options");

    private final List<String> options;
    private final JavaCompiler javac;
    private final StandardJavaFileManager standard;
    private Set<java.nio.file.Path> libsOnClassPath;

    /** Creates a compiler; fails fast when the running Java has no compiler (a JRE rather than a JDK). */
    public SketchCompiler() {
        this(ReleaseLevel.current());
    }

    /** Creates a compiler that compiles for {@code release} (see {@link ReleaseLevel}). */
    SketchCompiler(ReleaseLevel release) {
        options = java.util.stream.Stream.concat(BASE_OPTIONS.stream(), release.options().stream()).toList();
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
        Map<String, InitializerMethods> methods = plan(toCompile, sources, initializers);
        Attempt attempt = attempt(classPath, toCompile, sources, methods);
        if (!attempt.ok() && attempt.errorInGeneratedCode()) {
            // Generated initializer methods must never cost a compile: retry without them.
            attempt = attempt(classPath, toCompile, sources, Map.of());
        }
        boolean ok = attempt.ok() && sources.unreadable().isEmpty();
        List<Diagnostic> diagnostics = new ArrayList<>(sources.unreadable().values());
        diagnostics.addAll(attempt.diagnostics());
        diagnostics.sort(Comparator.comparing((Diagnostic d) -> !d.isError())
                .thenComparing(Diagnostic::file).thenComparingLong(Diagnostic::line));

        Map<String, byte[]> classes = new HashMap<>(carried);
        Map<String, String> classFiles = new HashMap<>(carriedFiles);
        if (ok) {
            classes.putAll(attempt.files().output());
            classFiles.putAll(attempt.files().origins());
        }
        double ms = (System.nanoTime() - start) / 1e6;
        return new CompileResult(ok, ok ? classes : Map.of(), ok ? classFiles : Map.of(),
                new FieldInitializers(initializers), diagnostics, toCompile, ms);
    }

    /** One javac run over the files to compile, with or without generated initializer methods. */
    private record Attempt(boolean ok, boolean errorInGeneratedCode, MemoryFileManager files, List<Diagnostic> diagnostics) {
    }

    private Attempt attempt(Map<String, byte[]> classPath, Set<String> toCompile, SourceSet sources,
                            Map<String, InitializerMethods> methods) {
        MemoryFileManager files = new MemoryFileManager(standard, classPath);
        List<JavaFileObject> units = toCompile.stream().map(f -> {
            String text = sources.sources().get(f);
            InitializerMethods m = methods.get(f);
            return MemoryFileManager.source(f, m == null ? text : m.apply(text));
        }).toList();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        boolean ok = units.isEmpty() || javac.getTask(null, files, collector, options, null, units).call();
        List<Diagnostic> diagnostics = new ArrayList<>();
        boolean inGenerated = false;
        for (javax.tools.Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
            InitializerMethods m = d.getSource() == null ? null : methods.get(d.getSource().getName());
            if (m != null && d.getKind() == javax.tools.Diagnostic.Kind.ERROR && m.isGenerated(d.getPosition())) {
                inGenerated = true;
            }
            Diagnostic converted = toDiagnostic(d, m, sources);
            if (converted != null) {
                diagnostics.add(converted);
            }
        }
        return new Attempt(ok, inGenerated, files, diagnostics);
    }

    /**
     * Parses the files to compile (parse only, cheap) to record their field initializer texts and plan the
     * initializer methods to add. A file with syntax errors gets no methods, so its positions stay as written.
     */
    private Map<String, InitializerMethods> plan(Set<String> toCompile, SourceSet sources,
                                                 Map<String, Map<String, String>> initializers) {
        List<JavaFileObject> units = toCompile.stream()
                .map(f -> MemoryFileManager.source(f, sources.sources().get(f))).toList();
        Map<String, InitializerMethods> methods = new HashMap<>();
        if (units.isEmpty()) {
            return methods;
        }
        DiagnosticCollector<JavaFileObject> parseErrors = new DiagnosticCollector<>();
        JavacTask task = (JavacTask) javac.getTask(null, standard, parseErrors, options, null, units);
        Trees trees = Trees.instance(task);
        try {
            for (CompilationUnitTree unit : task.parse()) {
                String file = unit.getSourceFile().getName();
                InitializerMethods planned = new InitializerMethods();
                InitializerScanner.scan(unit, trees.getSourcePositions(), sources.sources().get(file), initializers, planned);
                methods.put(file, planned);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse sketch sources", e);
        }
        parseErrors.getDiagnostics().stream().filter(d -> d.getSource() != null)
                .forEach(d -> methods.remove(d.getSource().getName()));
        methods.values().removeIf(InitializerMethods::isEmpty);
        return methods;
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

    private static Diagnostic toDiagnostic(javax.tools.Diagnostic<? extends JavaFileObject> d, InitializerMethods methods,
                                           SourceSet sources) {
        Severity severity = Severity.of(d.getKind());
        if (d.getSource() == null && severity != Severity.ERROR) {
            return null; // summary notes such as "uses unchecked operations" carry no location worth showing
        }
        String file = d.getSource() == null ? "" : d.getSource().getName();
        String message = String.join("; ", d.getMessage(Locale.ROOT).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList());
        long line = Math.max(0, d.getLineNumber());
        long column = Math.max(0, d.getColumnNumber());
        long start = d.getStartPosition();
        long end = d.getEndPosition();
        if (methods != null) {
            // Generated methods sit on closing-brace lines: lines are exact, offsets and columns shift back.
            start = methods.toOriginal(start);
            end = methods.toOriginal(end);
            long position = methods.toOriginal(d.getPosition());
            String text = sources.sources().getOrDefault(file, "");
            if (position >= 0 && position <= text.length()) {
                column = position - text.lastIndexOf('\n', (int) position - 1);
            }
        }
        return new Diagnostic(file, line, column, start, end, severity, message);
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
