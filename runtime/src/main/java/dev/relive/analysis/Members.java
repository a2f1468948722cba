package dev.relive.analysis;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Scope;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns javac's view of a spot into suggestions: the members of a receiver's type, the names in scope, the types a
 * prefix could mean, and the overloads of a call. Attributes only what the spot needs ({@code Trees.getScope}).
 */
final class Members {

    private static final Set<ElementKind> LOCALS = Set.of(ElementKind.LOCAL_VARIABLE, ElementKind.PARAMETER,
            ElementKind.EXCEPTION_PARAMETER, ElementKind.RESOURCE_VARIABLE, ElementKind.BINDING_VARIABLE);

    /** The members reachable through the receiver of the member select at {@code select}. */
    List<Completion> ofReceiver(ParsedSketch parsed, TreePath select) {
        MemberSelectTree tree = (MemberSelectTree) select.getLeaf();
        TreePath receiver = new TreePath(select, tree.getExpression());
        Scope scope = scope(parsed, select);
        if (scope == null) {
            return List.of();
        }
        Element target = parsed.trees.getElement(receiver);
        TypeMirror type = parsed.trees.getTypeMirror(receiver);
        List<Completion> out = new ArrayList<>();
        if (target instanceof PackageElement pkg) {
            for (Element e : pkg.getEnclosedElements()) {
                if (e.getModifiers().contains(Modifier.PUBLIC) || pkg.isUnnamed()) {
                    out.add(type((TypeElement) e, ""));
                }
            }
            return out;
        }
        if (target instanceof TypeElement owner) {
            for (Element e : parsed.elements.getAllMembers(owner)) {
                boolean isStatic = e.getModifiers().contains(Modifier.STATIC) || e instanceof TypeElement;
                if (isStatic && accessible(parsed, scope, e, (DeclaredType) owner.asType())) {
                    add(parsed, null, e, out);
                }
            }
            out.add(new Completion("class", "Class<" + owner.getSimpleName() + ">", Completion.Kind.KEYWORD, "class", 5, ""));
            return out;
        }
        while (type instanceof TypeVariable variable) {
            type = variable.getUpperBound();
        }
        if (type instanceof ArrayType) {
            out.add(new Completion("length", "int", Completion.Kind.FIELD, "length", 6, ""));
            type = parsed.elements.getTypeElement("java.lang.Object").asType();
        }
        if (type instanceof DeclaredType declared) {
            for (Element e : parsed.elements.getAllMembers((TypeElement) declared.asElement())) {
                if (!e.getModifiers().contains(Modifier.STATIC) && !(e instanceof TypeElement)
                        && accessible(parsed, scope, e, declared)) {
                    add(parsed, declared, e, out);
                }
            }
        }
        return out;
    }

    /**
     * Everything a bare name at {@code at} could be: locals and parameters, members of the enclosing classes, the
     * sketch's and imported types, and (for a non-empty prefix) any importable type, plus snippets and keywords.
     */
    List<Completion> inScope(ParsedSketch parsed, String file, int at, String prefix, TypeIndex index, String indent) {
        CompilationUnitTree unit = parsed.unit(file);
        TreePath path = parsed.pathAt(unit, at);
        Scope scope = scope(parsed, path);
        Map<String, Completion> out = new LinkedHashMap<>();
        Set<String> visibleTypes = new LinkedHashSet<>();
        if (scope != null) {
            for (Scope s = scope; s != null; s = s.getEnclosingScope()) {
                for (Element e : s.getLocalElements()) {
                    if (LOCALS.contains(e.getKind()) && !e.getSimpleName().toString().equals(TextScan.PLACEHOLDER)) {
                        put(out, new Completion(e.getSimpleName().toString(), Describe.type(e.asType()),
                                Completion.Kind.LOCAL, e.getSimpleName().toString(), e.getSimpleName().length(), ""));
                    }
                }
            }
            boolean staticContext = scope.getEnclosingMethod() != null
                    && scope.getEnclosingMethod().getModifiers().contains(Modifier.STATIC);
            for (TypeElement c = scope.getEnclosingClass(); c != null; c = enclosingType(c)) {
                for (Element e : parsed.elements.getAllMembers(c)) {
                    if (staticContext && !e.getModifiers().contains(Modifier.STATIC) && !(e instanceof TypeElement)) {
                        continue;
                    }
                    if (e instanceof TypeElement t) {
                        visibleTypes.add(t.getQualifiedName().toString());
                    }
                    List<Completion> one = new ArrayList<>();
                    add(parsed, null, e, one);
                    one.forEach(item -> put(out, item));
                }
                staticContext |= c.getModifiers().contains(Modifier.STATIC);
            }
        }
        for (String name : parsed.sketchTypes()) {
            visibleTypes.add(name);
            put(out, new Completion(name, "", Completion.Kind.TYPE, name, name.length(), ""));
        }
        for (ImportTree imp : unit.getImports()) {
            if (imp.isStatic()) {
                continue;
            }
            String name = imp.getQualifiedIdentifier().toString();
            if (name.endsWith(".*")) {
                PackageElement pkg = parsed.elements.getPackageElement(name.substring(0, name.length() - 2));
                if (pkg != null && !prefix.isEmpty()) {
                    pkg.getEnclosedElements().stream().filter(e -> e.getModifiers().contains(Modifier.PUBLIC))
                            .forEach(e -> {
                                visibleTypes.add(((TypeElement) e).getQualifiedName().toString());
                                put(out, type((TypeElement) e, ""));
                            });
                }
            } else {
                TypeElement t = parsed.elements.getTypeElement(name);
                if (t != null) {
                    visibleTypes.add(name);
                    put(out, type(t, ""));
                }
            }
        }
        if (!prefix.isEmpty()) {
            index.matching(prefix).forEach((simple, names) -> {
                for (String qualified : names) {
                    if (visibleTypes.contains(qualified) || visibleTypes.contains(simple) && names.size() == 1) {
                        continue;
                    }
                    boolean javaLang = qualified.equals("java.lang." + simple);
                    TypeElement t = parsed.elements.getTypeElement(qualified);
                    if (t != null && t.getModifiers().contains(Modifier.PUBLIC)) {
                        put(out, type(t, javaLang ? "" : qualified));
                    }
                }
            });
        }
        Snippets.templates(indent).forEach(c -> put(out, c));
        Snippets.keywords().forEach(c -> put(out, c));
        return List.copyOf(out.values());
    }

    /** The overloads (or constructors, after {@code new}) that a call named {@code name} at {@code path} may mean. */
    List<SignatureHelp.Signature> signatures(ParsedSketch parsed, TreePath path, String name) {
        Scope scope = scope(parsed, path);
        if (scope == null) {
            return List.of();
        }
        Tree leaf = path.getLeaf();
        TreePath parent = path.getParentPath();
        List<SignatureHelp.Signature> out = new ArrayList<>();
        if (parent != null && parent.getLeaf() instanceof NewClassTree) {
            Element type = parsed.trees.getElement(path);
            if (type instanceof TypeElement t) {
                for (Element e : t.getEnclosedElements()) {
                    if (e.getKind() == ElementKind.CONSTRUCTOR && accessible(parsed, scope, e, (DeclaredType) t.asType())) {
                        out.add(signature(parsed, null, (ExecutableElement) e));
                    }
                }
            }
            return out;
        }
        DeclaredType receiver = null;
        List<Element> candidates = new ArrayList<>();
        if (leaf instanceof MemberSelectTree select) {
            TreePath expression = new TreePath(path, select.getExpression());
            Element target = parsed.trees.getElement(expression);
            TypeMirror type = parsed.trees.getTypeMirror(expression);
            while (type instanceof TypeVariable variable) {
                type = variable.getUpperBound();
            }
            if (target instanceof TypeElement owner) {
                candidates.addAll(parsed.elements.getAllMembers(owner));
            } else if (type instanceof DeclaredType declared) {
                receiver = declared;
                candidates.addAll(parsed.elements.getAllMembers((TypeElement) declared.asElement()));
            }
        } else if (leaf instanceof IdentifierTree) {
            for (TypeElement c = scope.getEnclosingClass(); c != null; c = enclosingType(c)) {
                candidates.addAll(parsed.elements.getAllMembers(c));
            }
        }
        for (Element e : candidates) {
            if (e instanceof ExecutableElement m && e.getKind() == ElementKind.METHOD && e.getSimpleName().contentEquals(name)
                    && (receiver == null || accessible(parsed, scope, e, receiver))) {
                out.add(signature(parsed, receiver, m));
            }
        }
        return out;
    }

    private static SignatureHelp.Signature signature(ParsedSketch parsed, DeclaredType receiver, ExecutableElement m) {
        TypeMirror seen = m.asType();
        if (receiver != null) {
            try {
                seen = parsed.types.asMemberOf(receiver, m);
            } catch (IllegalArgumentException notAMember) {
                seen = m.asType(); // a raw or erroneous receiver: show the method as declared
            }
        }
        ExecutableType x = (ExecutableType) seen;
        return new SignatureHelp.Signature(Describe.nameOf(m), Describe.parameters(m, x.getParameterTypes()),
                m.getKind() == ElementKind.CONSTRUCTOR ? "" : Describe.type(x.getReturnType()));
    }

    private static Scope scope(ParsedSketch parsed, TreePath path) {
        if (!parsed.scopeAt(path)) {
            return null;
        }
        return parsed.trees.getScope(path);
    }

    private static boolean accessible(ParsedSketch parsed, Scope scope, Element e, DeclaredType type) {
        try {
            return parsed.trees.isAccessible(scope, e, type);
        } catch (RuntimeException ex) {
            return true; // javac cannot judge access for some erroneous types; offering the member is the lesser harm
        }
    }

    private static TypeElement enclosingType(TypeElement type) {
        Element e = type.getEnclosingElement();
        while (e != null && !(e instanceof TypeElement)) {
            if (e instanceof PackageElement) {
                return null;
            }
            e = e.getEnclosingElement();
        }
        return (TypeElement) e;
    }

    /** Adds the suggestion for member {@code e}, typed as seen through {@code receiver} when there is one. */
    private static void add(ParsedSketch parsed, DeclaredType receiver, Element e, List<Completion> out) {
        String name = e.getSimpleName().toString();
        TypeMirror seen = e.asType();
        if (receiver != null) {
            try {
                seen = parsed.types.asMemberOf(receiver, e);
            } catch (IllegalArgumentException notAMember) {
                seen = e.asType(); // a raw or erroneous receiver: show the member as declared
            }
        }
        if (e instanceof ExecutableElement m && e.getKind() == ElementKind.METHOD) {
            int caret = m.getParameters().isEmpty() ? name.length() + 2 : name.length() + 1;
            List<? extends TypeMirror> params = seen instanceof ExecutableType x ? x.getParameterTypes() : List.of();
            TypeMirror returns = seen instanceof ExecutableType x ? x.getReturnType() : m.getReturnType();
            out.add(new Completion(Describe.call(m, params), Describe.type(returns), Completion.Kind.METHOD,
                    name + "()", caret, ""));
        } else if (e instanceof VariableElement v && (v.getKind().isField())) {
            out.add(new Completion(name, Describe.type(seen), Completion.Kind.FIELD, name, name.length(), ""));
        } else if (e instanceof TypeElement t) {
            out.add(type(t, ""));
        }
    }

    private static Completion type(TypeElement t, String importName) {
        String name = t.getSimpleName().toString();
        Element owner = t.getEnclosingElement();
        String where = owner instanceof PackageElement p ? p.getQualifiedName().toString() : owner.getSimpleName().toString();
        return new Completion(name, where, Completion.Kind.TYPE, name, name.length(), importName);
    }

    private static void put(Map<String, Completion> out, Completion c) {
        out.putIfAbsent(c.kind() + " " + c.label() + " " + c.importName(), c);
    }
}
