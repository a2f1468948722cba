package dev.relive.compile;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.Trees;
import dev.relive.timing.PhaseLog;

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
import java.util.function.Consumer;

/**
 * Compiles sketch sources in memory with a warm javac: one standard file manager across compiles and, where
 * javac's task pool is reachable, one reused javac context (see {@link JavacTasks}). When the previous compile
 * succeeded, only the changed files and the files whose compiled code depends on them are compiled again (see
 * {@link DependencyGraph} and the package javadoc); everything else is carried over as class bytes.
 *
 * <p>Not thread-safe by design: the engine calls it from its single compiler worker. {@link #warmUp()} may run
 * beside it on another thread; it uses a file manager of its own.
 */
public final class SketchCompiler implements AutoCloseable {

    private static final List<String> BASE_OPTIONS = List.of("-g", "-proc:none", "-implicit:none", "-parameters",
            "-Xlint:-options");

    private final List<String> options;
    private final JavaCompiler javac;
    private final JavacTasks tasks;
    private final StandardJavaFileManager standard;
    private final MemoryFileManager files;
    /** The last scan of each file with the text it scanned, so a file recompiled unchanged is not parsed for it again. */
    private final Map<String, CachedScan> scanCache = new HashMap<>();
    /** How many changed files were compiled from a guessed scan that javac's parse confirmed, and how many missed. */
    private int guessesKept;
    private int guessesMissed;
    /** The jars on javac's class path with their fingerprints; null before the first compile. */
    private Map<java.nio.file.Path, Long> libsOnClassPath;

    /** Creates a compiler that reports a missing task pool on the runtime's standard error. */
    public SketchCompiler() {
        this(message -> dev.relive.capture.OutputCapture.originalErr().println("relive: " + message));
    }

    /**
     * Creates a compiler; {@code notices} hears about anything that makes compiles slower than they could be.
     * Fails fast when the running Java has no compiler (a JRE rather than a JDK).
     */
    public SketchCompiler(Consumer<String> notices) {
        this(systemCompiler(), null, notices, ReleaseLevel.current());
    }

    /** Creates a compiler that compiles for {@code release} (see {@link ReleaseLevel}). */
    SketchCompiler(ReleaseLevel release) {
        this(systemCompiler(), null, message -> { }, release);
    }

    /** A compiler that starts javac afresh for every compile, as when the task pool is not reachable (for tests). */
    static SketchCompiler unpooled() {
        JavaCompiler javac = systemCompiler();
        return new SketchCompiler(javac, JavacTasks.fresh(javac), message -> { }, ReleaseLevel.current());
    }

    private SketchCompiler(JavaCompiler javac, JavacTasks tasks, Consumer<String> notices, ReleaseLevel release) {
        this.options = java.util.stream.Stream.concat(BASE_OPTIONS.stream(), release.options().stream()).toList();
        this.javac = javac;
        this.tasks = tasks != null ? tasks : new JavacTasks(javac, notices);
        standard = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        files = new MemoryFileManager(standard);
        setLibraries(SourceSet.EMPTY); // never javac's default class path: that would show sketches the engine
    }

    private static JavaCompiler systemCompiler() {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("No Java compiler found: Relive needs a JDK, not a JRE");
        }
        return javac;
    }

    /** Changed files whose guessed scan javac's parse confirmed, then those it did not (for tests). */
    int[] guesses() {
        return new int[]{guessesKept, guessesMissed};
    }

    /** Whether compiles reuse javac's context (javac's task pool is reachable). */
    public boolean pooled() {
        return tasks.pooled();
    }

    /**
     * Compiles a small sample sketch a few times, fully and then incrementally, so javac's reused context and the
     * JIT are warm before the person's first save. Runs on the caller's thread (the engine gives it a background
     * one of its own); each compile takes this compiler's lock, so a real compile waits at most for one small one.
     * Stops early, between compiles, once {@code stop} says so.
     */
    public void warmUp(java.util.function.BooleanSupplier stop) {
        Map<java.nio.file.Path, Long> libs = libsOnClassPath == null ? Map.of() : libsOnClassPath;
        SourceSet before = new SourceSet(WarmUpSketch.files(0), Map.of(), libs);
        CompileResult result = compile(before, SourceSet.EMPTY, CompileResult.NONE);
        for (int i = 1; i <= WarmUpSketch.EDITS && !stop.getAsBoolean(); i++) {
            SourceSet after = new SourceSet(WarmUpSketch.files(i), Map.of(), libs);
            result = compile(after, before, result);
            before = after;
        }
    }

    /**
     * Compiles {@code sources}. When {@code previous} compiled {@code previousSources} without errors, only
     * what changed and what depends on it is recompiled.
     */
    public synchronized CompileResult compile(SourceSet sources, SourceSet previousSources, CompileResult previous) {
        return compile(sources, previousSources, previous, true, System.nanoTime());
    }

    /**
     * Compiles {@code sources}; with {@code guess}, a changed file's scan is moved from its last scan instead of
     * parsed (see {@link InitializerMethods#movedTo}) and checked against javac's own parse of it, so a changed file
     * is parsed once. A guess that does not hold makes the compile start again without guesses.
     */
    private CompileResult compile(SourceSet sources, SourceSet previousSources, CompileResult previous, boolean guess,
                                  long start) {
        setLibraries(sources);
        Map<String, Scan> scans = new HashMap<>();
        Set<String> guessed = new HashSet<>();
        Set<String> toCompile = new TreeSet<>(sources.sources().keySet());
        if (canCompileIncrementally(sources, previousSources, previous)) {
            Set<String> changed = new TreeSet<>(sources.changedSince(previousSources));
            changed.retainAll(sources.sources().keySet());
            if (guess) {
                for (String file : changed) {
                    guess(file, sources).ifPresent(scan -> {
                        scans.put(file, scan);
                        guessed.add(file);
                    });
                }
            }
            Set<String> toScan = new TreeSet<>(changed);
            toScan.removeAll(scans.keySet());
            scans.putAll(scan(toScan, sources));
            if (!declaresNewNames(scans.values(), previous)) {
                Set<String> removedOrChanged = new TreeSet<>(sources.changedSince(previousSources));
                toCompile.retainAll(previous.dependencies().affected(removedOrChanged, previous.classFiles()));
            }
        }
        Set<String> unscanned = new TreeSet<>(toCompile);
        unscanned.removeAll(scans.keySet());
        scans.putAll(scan(unscanned, sources));

        PhaseLog.mark("scanned");
        Map<String, byte[]> carried = new HashMap<>();
        Map<String, String> carriedFiles = new HashMap<>();
        Map<String, Map<String, String>> initializers = new HashMap<>();
        Map<String, DependencyGraph.ClassInfo> graph = new HashMap<>();
        Map<String, Set<String>> constantUses = new HashMap<>();
        if (toCompile.size() < sources.sources().size()) {
            for (Map.Entry<String, String> e : previous.classFiles().entrySet()) {
                String file = e.getValue();
                if (!toCompile.contains(file) && sources.sources().containsKey(file)) {
                    carried.put(e.getKey(), previous.classes().get(e.getKey()));
                    carriedFiles.put(e.getKey(), file);
                    graph.put(e.getKey(), previous.dependencies().info(e.getKey()));
                    constantUses.put(file, previous.dependencies().constantUses(file));
                    Map<String, String> fields = previous.initializers().byClass().get(e.getKey());
                    if (fields != null) {
                        initializers.put(e.getKey(), fields);
                    }
                }
            }
        }
        Map<String, InitializerMethods> methods = new HashMap<>();
        scans.forEach((file, scan) -> {
            if (toCompile.contains(file)) {
                initializers.putAll(scan.initializers());
                if (scan.methods() != null && !scan.methods().isEmpty()) {
                    methods.put(file, scan.methods());
                }
            }
        });
        Map<String, byte[]> classPath = new HashMap<>(ApiClasses.all());
        classPath.putAll(carried);
        Set<String> declared = new HashSet<>();
        scans.forEach((file, scan) -> declared.addAll(toCompile.contains(file) ? scan.initializers().keySet() : Set.of()));
        guessed.retainAll(toCompile);
        Attempt attempt = attempt(classPath, toCompile, sources, methods, declared, guessed);
        if (!guessed.isEmpty()) {
            for (String file : guessed) {
                Scan parsed = attempt.parsed().get(file);
                Scan guessedScan = scans.get(file);
                if (parsed == null || parsed.methods() == null
                        || !parsed.initializers().keySet().equals(guessedScan.initializers().keySet())
                        || !guessedScan.methods().sameAs(parsed.methods())) {
                    guessesMissed++;
                    return compile(sources, previousSources, previous, false, start); // a guess missed: parse first
                }
                guessesKept++;
                Scan checked = new Scan(parsed.initializers(), guessedScan.methods());
                initializers.putAll(checked.initializers());
                scanCache.put(file, new CachedScan(sources.sources().get(file), checked));
            }
        }
        if (!attempt.ok() && attempt.errorInGeneratedCode()) {
            // Generated initializer methods must never cost a compile: retry without them.
            attempt = attempt(classPath, toCompile, sources, Map.of(), declared, Set.of());
        }
        PhaseLog.mark("javac");
        boolean ok = attempt.ok() && sources.unreadable().isEmpty();
        List<Diagnostic> diagnostics = new ArrayList<>(sources.unreadable().values());
        diagnostics.addAll(attempt.diagnostics());
        diagnostics.sort(Comparator.comparing((Diagnostic d) -> !d.isError())
                .thenComparing(Diagnostic::file).thenComparingLong(Diagnostic::line));

        Map<String, byte[]> classes = new HashMap<>(carried);
        Map<String, String> classFiles = new HashMap<>(carriedFiles);
        DependencyGraph dependencies = DependencyGraph.NONE;
        if (ok) {
            Map<String, byte[]> written = attempt.output();
            classes.putAll(written);
            classFiles.putAll(attempt.origins());
            written.forEach((name, bytes) -> graph.put(name, ClassReferences.read(bytes)));
            constantUses.putAll(attempt.constantUses());
            dependencies = new DependencyGraph(graph, constantUses);
        }
        double ms = (System.nanoTime() - start) / 1e6;
        return new CompileResult(ok, ok ? classes : Map.of(), ok ? classFiles : Map.of(),
                new FieldInitializers(initializers), diagnostics, toCompile, ms, dependencies);
    }

    /** One javac run over the files to compile, with or without generated initializer methods. */
    private record Attempt(boolean ok, boolean errorInGeneratedCode, Map<String, byte[]> output, Map<String, String> origins,
                           List<Diagnostic> diagnostics, Map<String, Set<String>> constantUses, Map<String, Scan> parsed) {
    }

    /**
     * One javac run over {@code toCompile}, with the initializer methods of {@code methods} inserted; the files in
     * {@code toCheck} are also scanned from javac's own parse of them (in the inserted text's positions), for the
     * caller to check a guessed scan against. A file whose parse had errors has a scan without methods.
     */
    private Attempt attempt(Map<String, byte[]> classPath, Set<String> toCompile, SourceSet sources,
                            Map<String, InitializerMethods> methods, Set<String> declared, Set<String> toCheck) {
        files.begin(classPath);
        Map<String, String> texts = new HashMap<>();
        List<JavaFileObject> units = toCompile.stream().map(f -> {
            String text = sources.sources().get(f);
            InitializerMethods m = methods.get(f);
            texts.put(f, m == null ? text : m.apply(text));
            return MemoryFileManager.source(f, texts.get(f));
        }).toList();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        Map<String, Set<String>> constantUses = new HashMap<>();
        Map<String, Scan> parsed = new HashMap<>();
        Set<String> sketchClasses = new HashSet<>(classPath.keySet());
        sketchClasses.removeAll(ApiClasses.all().keySet());
        sketchClasses.addAll(declared);
        boolean ok = units.isEmpty() || tasks.run(files, collector, options, units, sketchClasses, task -> {
            ConstantUses uses = new ConstantUses(task);
            task.addTaskListener(uses);
            if (!toCheck.isEmpty()) {
                task.addTaskListener(new ParsedScans(task, toCheck, texts, collector, parsed));
            }
            boolean done = task.call();
            constantUses.putAll(uses.byFile());
            sketchClasses.addAll(files.origins().keySet());
            // A guess may have missed a class the file now declares: the sweep must forget what javac entered.
            parsed.values().forEach(scan -> sketchClasses.addAll(scan.initializers().keySet()));
            return done;
        });
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
        return new Attempt(ok, inGenerated, files.output(), Map.copyOf(files.origins()), diagnostics, constantUses, parsed);
    }

    /**
     * Scans the files to check as javac finishes parsing each, from the compile's own tree: the one parse of a
     * changed file that the initializer scan and the compile share.
     */
    private static final class ParsedScans implements com.sun.source.util.TaskListener {
        private final Trees trees;
        private final Set<String> toCheck;
        private final Map<String, String> texts;
        private final DiagnosticCollector<JavaFileObject> diagnostics;
        private final Map<String, Scan> out;

        ParsedScans(com.sun.source.util.JavacTask task, Set<String> toCheck, Map<String, String> texts,
                    DiagnosticCollector<JavaFileObject> diagnostics, Map<String, Scan> out) {
            this.trees = Trees.instance(task);
            this.toCheck = toCheck;
            this.texts = texts;
            this.diagnostics = diagnostics;
            this.out = out;
        }

        @Override
        public void finished(com.sun.source.util.TaskEvent e) {
            if (e.getKind() != com.sun.source.util.TaskEvent.Kind.PARSE || e.getCompilationUnit() == null) {
                return;
            }
            String file = e.getCompilationUnit().getSourceFile().getName();
            if (!toCheck.contains(file)) {
                return;
            }
            Map<String, Map<String, String>> initializers = new HashMap<>();
            InitializerMethods planned = new InitializerMethods();
            InitializerScanner.scan(e.getCompilationUnit(), trees.getSourcePositions(), texts.get(file), initializers, planned);
            boolean syntaxErrors = diagnostics.getDiagnostics().stream().anyMatch(d -> d.getSource() != null
                    && d.getKind() == javax.tools.Diagnostic.Kind.ERROR && d.getSource().getName().equals(file));
            out.put(file, new Scan(initializers, syntaxErrors ? null : planned));
        }
    }

    /** {@code file}'s scan moved from its last scan to its text now, unparsed, if that can be done (see {@link #compile}). */
    private java.util.Optional<Scan> guess(String file, SourceSet sources) {
        CachedScan cached = scanCache.get(file);
        String text = sources.sources().get(file);
        if (cached == null || cached.scan().methods() == null || text == null) {
            return java.util.Optional.empty();
        }
        if (cached.text().equals(text)) {
            return java.util.Optional.of(cached.scan());
        }
        return cached.scan().methods().movedTo(cached.text(), text).map(m -> new Scan(cached.scan().initializers(), m));
    }

    /**
     * What a parse of one file tells: the initializer texts of its named classes (whose keys are the classes it
     * declares) and the initializer methods to add, or none when it has syntax errors (so its positions stay as
     * written).
     */
    private record Scan(Map<String, Map<String, String>> initializers, InitializerMethods methods) {
    }

    private record CachedScan(String text, Scan scan) {
    }

    /**
     * Parses {@code names} (parse only, cheap) to record their field initializer texts and plan initializer methods;
     * a file whose text was scanned before is taken from the cache instead.
     */
    private Map<String, Scan> scan(Set<String> names, SourceSet sources) {
        Map<String, Scan> result = new HashMap<>();
        Set<String> toParse = new TreeSet<>();
        for (String name : names) {
            CachedScan cached = scanCache.get(name);
            if (cached != null && cached.text().equals(sources.sources().get(name))) {
                result.put(name, cached.scan());
            } else {
                toParse.add(name);
            }
        }
        Map<String, Scan> parsed = parse(toParse, sources);
        parsed.forEach((name, scan) -> scanCache.put(name, new CachedScan(sources.sources().get(name), scan)));
        scanCache.keySet().retainAll(sources.sources().keySet());
        result.putAll(parsed);
        return result;
    }

    private Map<String, Scan> parse(Set<String> names, SourceSet sources) {
        Map<String, Scan> scans = new HashMap<>();
        if (names.isEmpty()) {
            return scans;
        }
        List<JavaFileObject> units = names.stream().map(f -> MemoryFileManager.source(f, sources.sources().get(f))).toList();
        DiagnosticCollector<JavaFileObject> parseErrors = new DiagnosticCollector<>();
        files.begin(Map.of());
        tasks.run(files, parseErrors, options, units, Set.of(), task -> {
            Trees trees = Trees.instance(task);
            try {
                for (CompilationUnitTree unit : task.parse()) {
                    String file = unit.getSourceFile().getName();
                    Map<String, Map<String, String>> initializers = new HashMap<>();
                    InitializerMethods planned = new InitializerMethods();
                    InitializerScanner.scan(unit, trees.getSourcePositions(), sources.sources().get(file), initializers, planned);
                    scans.put(file, new Scan(initializers, planned));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot parse sketch sources", e);
            }
            return null;
        });
        parseErrors.getDiagnostics().stream().filter(d -> d.getSource() != null).map(d -> d.getSource().getName())
                .distinct().forEach(f -> scans.computeIfPresent(f, (k, scan) -> new Scan(scan.initializers(), null)));
        return scans;
    }

    private static boolean canCompileIncrementally(SourceSet sources, SourceSet previousSources, CompileResult previous) {
        return previous.ok() && sources.unreadable().isEmpty() && sources.libs().equals(previousSources.libs())
                && previous.dependencies().covers(previous.classFiles());
    }

    /**
     * Whether the changed files declare a named class the previous compile did not have. A new name can change what
     * an unchanged file's simple names resolve to (a same-package class hides an on-demand import), which no class
     * file records, so such a compile is a full one.
     */
    private static boolean declaresNewNames(java.util.Collection<Scan> scans, CompileResult previous) {
        return scans.stream().flatMap(s -> s.initializers().keySet().stream())
                .anyMatch(name -> !previous.classFiles().containsKey(name));
    }

    private void setLibraries(SourceSet sources) {
        if (sources.libs().equals(libsOnClassPath)) {
            return;
        }
        try {
            standard.setLocation(StandardLocation.CLASS_PATH,
                    sources.libs().keySet().stream().map(java.nio.file.Path::toFile).toList());
            tasks.useClassPath(sources.libs().keySet()); // a context keeps the jars' classes: other jars, other contexts
            libsOnClassPath = Map.copyOf(sources.libs());
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
    public synchronized void close() {
        try {
            standard.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the compiler's file manager", e);
        }
    }
}
