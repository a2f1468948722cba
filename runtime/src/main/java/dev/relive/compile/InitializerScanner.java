package dev.relive.compile;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;

import javax.lang.model.element.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Walks a parsed compilation unit and records the initializer text of every field of every named class,
 * keyed by binary class name ({@code pkg.Outer$Inner}). Anonymous and local classes are skipped: they are
 * never the target of a migration by name.
 */
final class InitializerScanner extends TreeScanner<Void, Void> {

    private final CompilationUnitTree unit;
    private final SourcePositions positions;
    private final String text;
    private final Map<String, Map<String, String>> out;
    private final InitializerMethods methods;
    private final Deque<String> names = new ArrayDeque<>();
    private int methodDepth;

    private InitializerScanner(CompilationUnitTree unit, SourcePositions positions, String text,
                               Map<String, Map<String, String>> out, InitializerMethods methods) {
        this.unit = unit;
        this.positions = positions;
        this.text = text;
        this.out = out;
        this.methods = methods;
    }

    /**
     * Adds the initializers of every named class in {@code unit} to {@code out}, and plans into {@code methods}
     * an initializer method for every instance field that has an initializer.
     */
    static void scan(CompilationUnitTree unit, SourcePositions positions, String text,
                     Map<String, Map<String, String>> out, InitializerMethods methods) {
        new InitializerScanner(unit, positions, text, out, methods).scan(unit, null);
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
        if (methodDepth > 0 || node.getSimpleName().isEmpty()) {
            return null;
        }
        String name = names.isEmpty() ? qualified(node.getSimpleName().toString())
                : names.peek() + "$" + node.getSimpleName();
        names.push(name);
        Map<String, String> fields = out.computeIfAbsent(name, k -> new HashMap<>());
        boolean instanceFieldsAllowed = node.getKind() == Tree.Kind.CLASS || node.getKind() == Tree.Kind.ENUM;
        long end = positions.getEndPosition(unit, node);
        for (Tree member : node.getMembers()) {
            if (member instanceof VariableTree field) {
                String init = initializerText(field);
                fields.put(field.getName().toString(), init);
                boolean isStatic = field.getModifiers().getFlags().contains(Modifier.STATIC);
                if (instanceFieldsAllowed && !isStatic && !init.isEmpty() && end > 0 && end <= text.length()
                        && text.charAt((int) end - 1) == '}') {
                    long initStart = positions.getStartPosition(unit, field.getInitializer());
                    long initEnd = positions.getEndPosition(unit, field.getInitializer());
                    methods.add((int) end - 1, field.getName().toString(), field.getType().toString(),
                            (int) Math.max(-1, initStart), (int) Math.max(-1, initEnd), init,
                            field.getInitializer() instanceof NewArrayTree array && array.getType() == null);
                }
            } else {
                methodDepth += member instanceof ClassTree ? 0 : 1;
                scan(member, null);
                methodDepth -= member instanceof ClassTree ? 0 : 1;
            }
        }
        names.pop();
        return null;
    }

    @Override
    public Void visitNewClass(NewClassTree node, Void unused) {
        return null; // anonymous class bodies are not migration targets
    }

    private String initializerText(VariableTree field) {
        Tree init = field.getInitializer();
        if (init == null) {
            return "";
        }
        long start = positions.getStartPosition(unit, init);
        long end = positions.getEndPosition(unit, init);
        if (start < 0 || end < start || end > text.length()) {
            return init.toString();
        }
        return text.substring((int) start, (int) end).strip();
    }

    private String qualified(String simpleName) {
        return unit.getPackageName() == null ? simpleName : unit.getPackageName() + "." + simpleName;
    }
}
