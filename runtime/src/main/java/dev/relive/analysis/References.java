package dev.relive.analysis;

import dev.relive.migrate.FieldRenames;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;

import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where an element is declared and used in the sketch, by name range, and the rename built on that. */
final class References {

    private References() {
    }

    /** The name in the element's declaration, if the sketch declares it. */
    static Optional<Location> declaration(ParsedSketch parsed, Element element) {
        TreePath path = parsed.trees.getPath(element);
        if (path == null) {
            return Optional.empty();
        }
        String file = path.getCompilationUnit().getSourceFile().getName();
        if (parsed.text(file) == null) {
            return Optional.empty(); // declared outside the sketch, e.g. in the API's sources
        }
        return nameOf(parsed, path.getCompilationUnit(), path.getLeaf(), element).map(r -> Location.of(file, parsed.text(file), r[0], r[1]));
    }

    /** The declaration and every use of {@code element} in the sketch's files, in file and text order. */
    static List<Location> of(ParsedSketch parsed, Element element) {
        List<Location> found = new ArrayList<>();
        for (CompilationUnitTree unit : parsed.units().values()) {
            String file = unit.getSourceFile().getName();
            String text = parsed.text(file);
            new TreePathScanner<Void, Void>() {
                @Override
                public Void scan(Tree tree, Void unused) {
                    if (tree != null && names(tree)) {
                        TreePath path = new TreePath(getCurrentPath(), tree);
                        Element e = parsed.trees.getElement(path);
                        if (e != null && refersTo(e, element)) {
                            nameOf(parsed, unit, tree, element).ifPresent(r -> found.add(Location.of(file, text, r[0], r[1])));
                        }
                    }
                    return super.scan(tree, unused);
                }
            }.scan(new TreePath(unit), null);
        }
        found.sort(Comparator.comparing(Location::file).thenComparingInt(Location::start));
        return found.stream().distinct().toList();
    }

    /** The edits renaming {@code element} to {@code newName}, or why it cannot be renamed. */
    static Rename rename(ParsedSketch parsed, Element element, String newName) {
        if (!SourceVersion.isName(newName)) {
            return Rename.refused("\"" + newName + "\" is not a valid Java name.");
        }
        if (declaration(parsed, element).isEmpty()) {
            return Rename.refused(element.getSimpleName() + " is not declared in this sketch, so it cannot be renamed here.");
        }
        if (element instanceof ExecutableElement method && overridesOutside(parsed, method)) {
            return Rename.refused(method.getSimpleName() + " overrides a method the sketch does not declare "
                    + "(the engine or a library calls it by this name), so it keeps its name.");
        }
        if (element.getKind() == ElementKind.CONSTRUCTOR) {
            element = element.getEnclosingElement();
        }
        if (element instanceof TypeElement type && type.getEnclosingElement().getKind() == ElementKind.PACKAGE) {
            TreePath path = parsed.trees.getPath(type);
            String file = path.getCompilationUnit().getSourceFile().getName();
            String fileName = file.substring(file.lastIndexOf('/') + 1);
            if (fileName.equals(type.getSimpleName() + ".java")) {
                return Rename.refused(type.getSimpleName() + " is the class of " + file
                        + "; renaming it needs the file renamed too, which rename cannot do yet.");
            }
        }
        List<TextEdit> edits = new ArrayList<>();
        for (Location l : of(parsed, element)) {
            edits.add(new TextEdit(l.file(), l.start(), l.end(), newName));
        }
        FieldRenames fields = FieldRenames.NONE;
        if (element.getKind() == ElementKind.FIELD && element.getEnclosingElement() instanceof TypeElement owner) {
            fields = FieldRenames.of(java.util.Set.of(new FieldRenames.Rename(
                    parsed.elements.getBinaryName(owner).toString(), element.getSimpleName().toString(), newName)));
        }
        return new Rename(edits, "", fields);
    }

    private static boolean overridesOutside(ParsedSketch parsed, ExecutableElement method) {
        if (method.getKind() != ElementKind.METHOD || method.getModifiers().contains(Modifier.STATIC)) {
            return false;
        }
        TypeElement owner = (TypeElement) method.getEnclosingElement();
        List<TypeMirror> work = new ArrayList<>(parsed.types.directSupertypes(owner.asType()));
        while (!work.isEmpty()) {
            TypeMirror t = work.remove(work.size() - 1);
            if (!(t instanceof DeclaredType declared)) {
                continue;
            }
            TypeElement superType = (TypeElement) declared.asElement();
            for (Element e : superType.getEnclosedElements()) {
                if (e instanceof ExecutableElement other && parsed.elements.overrides(method, other, owner)) {
                    TreePath where = parsed.trees.getPath(other);
                    if (where == null || parsed.text(where.getCompilationUnit().getSourceFile().getName()) == null) {
                        return true;
                    }
                }
            }
            work.addAll(parsed.types.directSupertypes(t));
        }
        return false;
    }

    private static boolean names(Tree tree) {
        return tree instanceof IdentifierTree || tree instanceof MemberSelectTree || tree instanceof MemberReferenceTree
                || tree instanceof VariableTree || tree instanceof MethodTree || tree instanceof ClassTree;
    }

    private static boolean refersTo(Element found, Element target) {
        if (found.equals(target)) {
            return true;
        }
        // A class is named again by its constructors' declarations and by `new` expressions.
        return target instanceof TypeElement && found.getKind() == ElementKind.CONSTRUCTOR
                && found.getEnclosingElement().equals(target);
    }

    /** The {@code [start, end)} of the name written in {@code tree}, which names or declares {@code element}. */
    private static Optional<int[]> nameOf(ParsedSketch parsed, CompilationUnitTree unit, Tree tree, Element element) {
        String text = parsed.text(unit.getSourceFile().getName());
        String name = element.getKind() == ElementKind.CONSTRUCTOR
                ? element.getEnclosingElement().getSimpleName().toString()
                : element.getSimpleName().toString();
        long start = parsed.start(unit, tree);
        long end = parsed.end(unit, tree);
        if (text == null || start < 0 || end < 0) {
            return Optional.empty();
        }
        if (tree instanceof IdentifierTree) {
            return text.substring((int) start, (int) end).equals(name) ? Optional.of(new int[] {(int) start, (int) end}) : Optional.empty();
        }
        if (tree instanceof MemberSelectTree || tree instanceof MemberReferenceTree) {
            int s = (int) end - name.length();
            return s >= start && text.startsWith(name, s) ? Optional.of(new int[] {s, (int) end}) : Optional.empty();
        }
        long from = start;
        if (tree instanceof VariableTree v && v.getType() != null && parsed.end(unit, v.getType()) > 0) {
            from = parsed.end(unit, v.getType());
        } else if (tree instanceof MethodTree m) {
            from = m.getReturnType() != null ? parsed.end(unit, m.getReturnType()) : parsed.end(unit, m.getModifiers());
        } else if (tree instanceof ClassTree c) {
            from = parsed.end(unit, c.getModifiers());
        }
        if (from < start) {
            from = start;
        }
        if (tree instanceof MethodTree m && m.getName().contentEquals("<init>") && element instanceof TypeElement) {
            name = element.getSimpleName().toString();
        }
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
        if (m.find((int) from) && m.start() < end) {
            return Optional.of(new int[] {m.start(), m.end()});
        }
        return Optional.empty();
    }
}
