package dev.relive.analysis;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ErroneousTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One javac task over the files of a snapshot, parsed. Questions about one spot attribute only what they need
 * ({@link #scopeAt}); {@link #analyze} attributes everything, for diagnostics and usages. Lives for one question, and
 * only inside it: the task may run in a reused javac context that is cleaned once the question is answered, so
 * nothing of javac's (trees, elements, types) may leave the question.
 */
final class ParsedSketch {

    final JavacTask task;
    final Trees trees;
    final Elements elements;
    final Types types;
    final SourcePositions positions;
    private final DiagnosticCollector<JavaFileObject> diagnostics;
    private final Map<String, CompilationUnitTree> units = new HashMap<>();
    private final Map<String, String> texts;
    private boolean analyzed;

    /** Parses the units of {@code task}; {@code texts} holds every sketch file, parsed or waiting on the source path. */
    ParsedSketch(JavacTask task, DiagnosticCollector<JavaFileObject> diagnostics, Map<String, String> texts) {
        this.task = task;
        this.diagnostics = diagnostics;
        this.texts = texts;
        trees = Trees.instance(task);
        elements = task.getElements();
        types = task.getTypes();
        positions = trees.getSourcePositions();
        try {
            for (CompilationUnitTree unit : task.parse()) {
                units.put(unit.getSourceFile().getName(), unit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the sketch for analysis", e);
        }
    }

    /** Attributes every file (once), for diagnostics and usages. */
    List<Diagnostic<? extends JavaFileObject>> analyze() {
        if (!analyzed) {
            analyzed = true;
            try {
                task.analyze();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot analyse the sketch", e);
            }
        }
        return diagnostics.getDiagnostics();
    }

    /** The parsed tree of {@code file}; fails clearly if the snapshot had no such file. */
    CompilationUnitTree unit(String file) {
        CompilationUnitTree unit = units.get(file);
        if (unit == null) {
            throw new IllegalArgumentException("No source " + file + " in this sketch; it has " + units.keySet());
        }
        return unit;
    }

    /** Every parsed file. */
    Map<String, CompilationUnitTree> units() {
        return units;
    }

    /** The simple names of the sketch's top-level types: every file's name, and whatever the parsed files declare. */
    java.util.Set<String> sketchTypes() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        texts.keySet().stream().filter(f -> f.endsWith(".java"))
                .map(f -> f.substring(f.lastIndexOf('/') + 1, f.length() - ".java".length())).forEach(names::add);
        for (CompilationUnitTree unit : units.values()) {
            unit.getTypeDecls().stream().filter(t -> t instanceof com.sun.source.tree.ClassTree)
                    .map(t -> ((com.sun.source.tree.ClassTree) t).getSimpleName().toString())
                    .filter(n -> !n.isEmpty()).forEach(names::add);
        }
        return names;
    }

    /** The text of a sketch file. */
    String text(String file) {
        return texts.get(file);
    }

    /** Start of {@code tree}, or -1. */
    long start(CompilationUnitTree unit, Tree tree) {
        return positions.getStartPosition(unit, tree);
    }

    /** End of {@code tree}, or -1. */
    long end(CompilationUnitTree unit, Tree tree) {
        return positions.getEndPosition(unit, tree);
    }

    /** The deepest tree whose range holds {@code offset} (ends included), from the compilation unit down. */
    TreePath pathAt(CompilationUnitTree unit, long offset) {
        TreePath[] deepest = {new TreePath(unit)};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void scan(Tree tree, Void unused) {
                if (tree == null) {
                    return null;
                }
                long s = start(unit, tree);
                long e = end(unit, tree);
                if (s < 0 || e < 0 || offset < s || offset > e) {
                    return null;
                }
                deepest[0] = new TreePath(getCurrentPath(), tree);
                return super.scan(tree, unused);
            }

            @Override
            public Void visitErroneous(ErroneousTree tree, Void unused) {
                return scan(tree.getErrorTrees(), unused); // what javac kept of a broken statement still has types
            }
        }.scan(new TreePath(unit), null);
        return deepest[0];
    }

    /**
     * Attributes just enough around {@code path} for its types and elements to be known: javac enters every file and
     * attributes the enclosing member up to this tree. Returns false if javac could not (a tree javac threw away).
     */
    boolean scopeAt(TreePath path) {
        try {
            return trees.getScope(path) != null;
        } catch (RuntimeException e) {
            return false; // javac cannot place a scope in some broken trees; the caller then analyses everything
        }
    }

    /** The element {@code path} names, attributing what it needs; null when it names nothing. */
    Element elementAt(TreePath path) {
        Element element = null;
        if (!analyzed && scopeAt(path)) {
            element = trees.getElement(path);
        }
        if (element == null) {
            analyze();
            element = trees.getElement(path);
        }
        return element;
    }
}
