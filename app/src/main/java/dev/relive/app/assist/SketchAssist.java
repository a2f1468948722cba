package dev.relive.app.assist;

import dev.relive.analysis.SketchAnalyzer;
import dev.relive.analysis.SketchSnapshot;
import dev.relive.compile.Diagnostic;
import dev.relive.compile.SourceReader;
import dev.relive.compile.SourceSet;
import dev.relive.deps.DependencyResolver;
import dev.relive.deps.SketchDependencies;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

/**
 * The analysis of one open sketch, off the FX thread. Two workers, each a named daemon thread with its own
 * {@link SketchAnalyzer}: one checks for errors, the other answers questions at the caret, so neither waits for the
 * other. A question reads the sketch folder's files and lib/ jars, overlaid with the open editors' unsaved text, plus
 * the jars of its {@code //DEPS} lines as the engine resolved them into the local Maven repository (the analysis
 * itself never downloads), so completion and hover cover dependency classes.
 * Results complete on {@code fx}.
 */
public final class SketchAssist implements AutoCloseable {

    private final Path root;
    private final Executor fx;
    private final Worker errors = new Worker("relive-analysis-errors");
    private final Worker caret = new Worker("relive-analysis-assist");

    /** Analysis of the sketch in {@code root}; answers are delivered through {@code fx} (the FX thread). */
    public SketchAssist(Path root, Executor fx) {
        this.root = Objects.requireNonNull(root, "Root must not be null");
        this.fx = Objects.requireNonNull(fx, "FX executor must not be null");
    }

    /** The errors and warnings of the whole sketch with {@code open} (path to unsaved text) as the editors hold it. */
    public CompletableFuture<List<Diagnostic>> diagnostics(Map<String, String> open) {
        return errors.ask(open, SketchAnalyzer::diagnostics);
    }

    /** Asks {@code question} of the sketch with {@code open} as the editors hold it, on the caret worker. */
    public <T> CompletableFuture<T> ask(Map<String, String> open, BiFunction<SketchAnalyzer, SketchSnapshot, T> question) {
        return caret.ask(open, question);
    }

    /**
     * Readies both workers on the sketch as it is on disk ({@link SketchAnalyzer#warmUp}), so the person's first
     * questions do not also pay for loading javac and for the first pass over the sketch's code.
     */
    public void warmUp() {
        errors.warmUp();
        caret.warmUp();
    }

    /** Stops both workers once what they hold is done, and releases their analyzers. */
    @Override
    public void close() {
        errors.close();
        caret.close();
    }

    /** One worker thread and the analyzer only it touches. */
    private final class Worker implements AutoCloseable {
        private final ExecutorService thread;
        private SketchAnalyzer analyzer; // created and used on the worker thread only
        /** This worker's view of the //DEPS jars, used on the worker thread only. */
        private final SketchDependencies dependencies = new SketchDependencies(root, DependencyResolver.offlineFromSettings(), 5_000);

        Worker(String name) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true); // analysis must never keep the IDE from exiting
                return t;
            });
        }

        void warmUp() {
            if (!thread.isShutdown()) {
                thread.execute(() -> {
                    try {
                        analyzer().warmUp(snapshot(Map.of(), dependencies));
                    } catch (RuntimeException e) {
                        // Only an optimisation: a sketch that cannot be read or analysed now is answered, or its
                        // errors shown, by the questions that follow.
                    }
                });
            }
        }

        private SketchAnalyzer analyzer() {
            if (analyzer == null) {
                analyzer = new SketchAnalyzer();
            }
            return analyzer;
        }

        <T> CompletableFuture<T> ask(Map<String, String> open, BiFunction<SketchAnalyzer, SketchSnapshot, T> question) {
            Map<String, String> texts = Map.copyOf(open);
            if (thread.isShutdown()) {
                return new CompletableFuture<>(); // the sketch was closed: nobody waits for an answer any more
            }
            return CompletableFuture.supplyAsync(() -> question.apply(analyzer(), snapshot(texts, dependencies)), thread)
                    .thenApplyAsync(result -> result, fx);
        }

        @Override
        public void close() {
            thread.execute(() -> {
                if (analyzer != null) {
                    analyzer.close();
                }
                dependencies.close();
            });
            thread.shutdown(); // the close above runs after whatever is queued; nothing new is taken
        }
    }

    private SketchSnapshot snapshot(Map<String, String> open, SketchDependencies dependencies) {
        SourceSet disk = SourceReader.read(root);
        Map<String, String> sources = new HashMap<>(disk.sources());
        sources.putAll(open);
        SourceSet seen = new SourceSet(sources, Map.of(), disk.libs());
        SourceSet withJars = dependencies.attach(seen, dependencies.resolve(seen, event -> { }));
        return new SketchSnapshot(sources, List.copyOf(withJars.libs().keySet()));
    }
}
