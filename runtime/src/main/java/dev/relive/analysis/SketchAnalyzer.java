package dev.relive.analysis;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.relive.compile.Diagnostic;
import dev.relive.compile.JavacTasks;
import dev.relive.compile.ReleaseLevel;
import dev.relive.compile.Severity;

import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Answers the editor's questions about a sketch as it is typed: its errors, the completions, signatures and hover at
 * a caret, where a name is declared and used, how to rename it and which import a name needs. Each question parses a
 * snapshot with javac; only diagnostics and usages attribute every file, the rest attribute just the member around
 * the caret, and a question about one spot parses only its file (the others wait on the source path until javac needs
 * them). Nothing is generated, saved or loaded.
 *
 * <p>Questions run in the warm javac contexts the engine's compiler also uses ({@link JavacTasks}): the JDK's and
 * the JIT's warmth carry from one question, and one save, to the next, instead of each question reading the JDK
 * afresh. Parsed trees are never kept between questions: javac attributes trees in place, so a kept tree would carry
 * the last question's types into the next.
 *
 * <p>Not thread-safe: give it to one worker thread. Reuses one file manager, so the JDK's listings stay warm.
 */
public final class SketchAnalyzer implements AutoCloseable {

    /**
     * Keep attributing after errors (as JShell does), so a half-typed line still has types around it, and flow
     * errors (a missing return) show beside type errors; compile for the release the engine compiles for.
     */
    private static final List<String> OPTIONS = Stream.concat(
            Stream.of("-proc:none", "-implicit:none", "-Xlint:-options",
                    "-XDshould-stop.ifError=FLOW", "-XDshould-stop.ifNoError=FLOW"),
            ReleaseLevel.current().options().stream()).toList();

    private static final Set<String> API_CLASSES = ApiSources.all().keySet();

    private final JavaCompiler javac;
    private final JavacTasks tasks;
    private final AnalysisFiles files;
    private final Javadocs javadocs;
    private final Members members = new Members();
    private TypeIndex index;

    /** An analyzer; fails fast when the running Java has no compiler (a JRE rather than a JDK). */
    public SketchAnalyzer() {
        javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("No Java compiler found: Relive needs a JDK, not a JRE");
        }
        tasks = new JavacTasks(javac, message -> { }); // a missing pool is already announced by the engine's compiler
        files = new AnalysisFiles(javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8));
        javadocs = new Javadocs(javac, files);
    }

    /**
     * Readies this analyzer for {@code sketch} by asking what the editor will ask: its errors, and the members after
     * {@code this.} in a method added to the end of its first class file. A tiny sample would load javac but leave the
     * paths a real sketch takes cold, so the person's first questions would pay for them. Nothing is kept.
     */
    public void warmUp(SketchSnapshot sketch) {
        if (sketch.sources().keySet().stream().noneMatch(f -> f.endsWith(".java"))) {
            return; // nothing to ask about yet: the first file's questions warm it
        }
        diagnostics(sketch);
        sketch.sources().entrySet().stream()
                .filter(e -> e.getKey().endsWith(".java") && e.getValue().lastIndexOf('}') > 0)
                .min(Map.Entry.comparingByKey())
                .ifPresent(e -> {
                    String text = e.getValue();
                    int end = text.lastIndexOf('}');
                    String probe = "void $reliveWarmUp() { this.";
                    complete(sketch.with(e.getKey(), text.substring(0, end) + probe + " }\n" + text.substring(end)),
                            e.getKey(), end + probe.length());
                });
    }

    /** The errors, warnings and notes of every file in {@code sketch}, as the compiler would report them on save. */
    public List<Diagnostic> diagnostics(SketchSnapshot sketch) {
        return ask(sketch, null, parsed -> {
            List<Diagnostic> out = new ArrayList<>();
            for (javax.tools.Diagnostic<? extends JavaFileObject> d : parsed.analyze()) {
                if (d.getSource() != null && sketch.sources().containsKey(d.getSource().getName())) {
                    out.add(toDiagnostic(d));
                }
            }
            return out;
        });
    }

    /**
     * What can be typed at {@code offset} of {@code file}: after a dot, the members of the expression's type;
     * elsewhere the names in scope, types (with the import they need), snippets and keywords.
     */
    public Completions complete(SketchSnapshot sketch, String file, int offset) {
        String text = sketch.text(file);
        int start = TextScan.identifierStart(text, offset);
        String prefix = text.substring(start, offset);
        int dot = TextScan.previousNonBlank(text, start);
        List<Completion> items;
        if (dot >= 0 && text.charAt(dot) == '.' && !afterNumber(text, dot)) {
            items = ask(sketch.with(file, TextScan.cutLine(text, dot + 1, TextScan.CALL, offset)), file,
                    parsed -> memberCompletions(parsed, file, dot + 1));
        } else {
            TypeIndex types = index();
            items = ask(sketch.with(file, TextScan.cutLine(text, start, TextScan.CALL, offset)), file,
                    parsed -> members.inScope(parsed, file, start, prefix, types, TextScan.indentOf(text, offset)));
        }
        return new Completions(start, NameMatch.rank(items, prefix));
    }

    /** The overloads of the call whose parentheses hold {@code offset}, and the argument being typed. */
    public Optional<SignatureHelp> signatures(SketchSnapshot sketch, String file, int offset) {
        String text = sketch.text(file);
        int[] call = TextScan.openCall(text, offset);
        if (call == null) {
            return Optional.empty();
        }
        int nameEnd = TextScan.previousNonBlank(text, call[0]) + 1;
        int nameStart = TextScan.identifierStart(text, nameEnd);
        String name = text.substring(nameStart, nameEnd);
        if (name.isEmpty() || SourceVersion.isKeyword(name)) {
            return Optional.empty();
        }
        List<SignatureHelp.Signature> signatures = ask(sketch.with(file, TextScan.cutLine(text, call[0] + 1, "", offset)),
                file, parsed -> members.signatures(parsed, parsed.pathAt(parsed.unit(file), nameStart), name));
        if (signatures.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SignatureHelp(signatures, call[1]));
    }

    /** The declaration, type and javadoc of the name at {@code offset}. */
    public Optional<Hover> hover(SketchSnapshot sketch, String file, int offset) {
        return ask(sketch, file, parsed -> elementAt(parsed, file, offset).map(found -> {
            Element element = found.element();
            String type = "";
            if (element instanceof VariableElement) {
                TypeMirror here = parsed.trees.getTypeMirror(found.path());
                type = Describe.type(here == null ? element.asType() : here);
            }
            return new Hover(Describe.declaration(element), type, javadocs.of(element, parsed.elements),
                    statePath(parsed, element));
        }));
    }

    /**
     * Where the live value of {@code element} is, if it is a field with one value in the running program: a static
     * field of a sketch class, or a field of the sketch ({@code Sketch}) class, whose one instance is running.
     */
    private static String statePath(ParsedSketch parsed, Element element) {
        if (element.getKind() != ElementKind.FIELD || !(element.getEnclosingElement() instanceof TypeElement owner)
                || owner.getNestingKind() != NestingKind.TOP_LEVEL || References.declaration(parsed, element).isEmpty()) {
            return "";
        }
        if (element.getModifiers().contains(Modifier.STATIC)) {
            return owner.getSimpleName() + "." + element.getSimpleName();
        }
        TypeElement sketch = parsed.elements.getTypeElement("dev.relive.api.Sketch");
        boolean entry = sketch != null && parsed.types.isAssignable(parsed.types.erasure(owner.asType()),
                parsed.types.erasure(sketch.asType()));
        return entry ? element.getSimpleName().toString() : "";
    }

    /** Where the name at {@code offset} is declared, if that is in the sketch. */
    public Optional<Location> definition(SketchSnapshot sketch, String file, int offset) {
        return ask(sketch, file, parsed -> elementAt(parsed, file, offset)
                .flatMap(found -> References.declaration(parsed, found.element())));
    }

    /** The declaration and every use, across the sketch, of the name at {@code offset}; empty if it names nothing. */
    public List<Location> usages(SketchSnapshot sketch, String file, int offset) {
        return ask(sketch, null, parsed -> {
            parsed.analyze();
            return elementAt(parsed, file, offset).map(found -> References.of(parsed, found.element())).orElse(List.of());
        });
    }

    /**
     * The edits that rename the local, field, method or class named at {@code offset} to {@code newName} everywhere
     * in the sketch, or why it cannot be renamed.
     */
    public Rename rename(SketchSnapshot sketch, String file, int offset, String newName) {
        return ask(sketch, null, parsed -> {
            parsed.analyze();
            Optional<Found> found = elementAt(parsed, file, offset);
            if (found.isEmpty()) {
                return Rename.refused("There is no name to rename at the caret.");
            }
            return References.rename(parsed, found.get().element(), newName);
        });
    }

    /** The types called like the name at {@code offset} that an import would bring in, qualified, sorted. */
    public List<String> importsFor(SketchSnapshot sketch, String file, int offset) {
        String text = sketch.text(file);
        int start = TextScan.identifierStart(text, offset);
        String name = text.substring(start, TextScan.identifierEnd(text, offset));
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return List.of();
        }
        return index().named(name).stream().filter(q -> !Imports.imports(text, q)).sorted().toList();
    }

    /** The edit that adds {@code import qualifiedName;} to {@code file}, or empty if it needs none. */
    public static Optional<TextEdit> importEdit(String file, String text, String qualifiedName) {
        return Imports.edit(file, text, qualifiedName);
    }

    @Override
    public void close() {
        javadocs.close();
        try {
            files.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot close the analysis file manager", e);
        }
    }

    /**
     * Answers {@code question} with {@code focus} parsed (every file if null), the other files waiting on the source
     * path for javac to read when the spot needs them. The answer must hold nothing of javac's.
     */
    private <T> T ask(SketchSnapshot sketch, String focus, Function<ParsedSketch, T> question) {
        files.useLibs(sketch.libs());
        tasks.useClassPath(sketch.libs());
        List<SourceText> inputs = sketch.sources().entrySet().stream()
                .filter(e -> e.getKey().endsWith(".java") && (focus == null || e.getKey().equals(focus)))
                .map(e -> new SourceText(e.getKey(), e.getValue())).toList();
        Map<String, String> waiting = new HashMap<>(sketch.sources());
        inputs.forEach(in -> waiting.remove(in.getName()));
        files.useSketchSources(waiting);
        Set<String> sketchClasses = sketch.sources().keySet().stream().filter(f -> f.endsWith(".java"))
                .map(f -> f.substring(0, f.length() - ".java".length()).replace('/', '.'))
                .collect(Collectors.toSet());
        sketchClasses.addAll(API_CLASSES); // read from source for their javadoc, so they go with the question's trees
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        return tasks.run(files, diagnostics, OPTIONS, inputs, sketchClasses,
                task -> question.apply(new ParsedSketch(task, diagnostics, sketch.sources())));
    }

    private TypeIndex index() {
        if (index == null) {
            index = new TypeIndex(files, ApiSources.all().keySet());
        }
        return index;
    }

    private List<Completion> memberCompletions(ParsedSketch parsed, String file, int afterDot) {
        CompilationUnitTree unit = parsed.unit(file);
        TreePath path = parsed.pathAt(unit, afterDot);
        while (path != null && !(path.getLeaf() instanceof MemberSelectTree)) {
            path = path.getParentPath();
        }
        if (path == null) {
            return List.of();
        }
        return members.ofReceiver(parsed, path);
    }

    /** An element found at a caret, with the tree that names it there. */
    record Found(Element element, TreePath path) {
    }

    private Optional<Found> elementAt(ParsedSketch parsed, String file, int offset) {
        String text = parsed.text(file);
        int start = TextScan.identifierStart(text, offset);
        if (start == TextScan.identifierEnd(text, start)) {
            return Optional.empty();
        }
        TreePath path = parsed.pathAt(parsed.unit(file), start);
        Tree leaf = path.getLeaf();
        boolean names = leaf instanceof IdentifierTree || leaf instanceof MemberSelectTree
                || leaf instanceof MemberReferenceTree || leaf instanceof VariableTree || leaf instanceof MethodTree
                || leaf instanceof ClassTree || leaf instanceof NewClassTree || leaf instanceof MethodInvocationTree;
        if (!names) {
            return Optional.empty();
        }
        Element element = parsed.elementAt(path);
        return Optional.ofNullable(element).map(e -> new Found(e, path));
    }

    private static boolean afterNumber(String text, int dot) {
        int i = dot - 1;
        while (i >= 0 && Character.isJavaIdentifierPart(text.charAt(i))) {
            i--;
        }
        return i + 1 < dot && Character.isDigit(text.charAt(i + 1));
    }

    private static Diagnostic toDiagnostic(javax.tools.Diagnostic<? extends JavaFileObject> d) {
        Severity severity = Severity.of(d.getKind());
        String message = String.join("; ", d.getMessage(Locale.ROOT).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList());
        return new Diagnostic(Objects.requireNonNull(d.getSource()).getName(), Math.max(0, d.getLineNumber()),
                Math.max(0, d.getColumnNumber()), d.getStartPosition(), d.getEndPosition(), severity, message);
    }
}
