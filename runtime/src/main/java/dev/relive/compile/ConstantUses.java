package dev.relive.compile;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Records, while javac compiles, which classes' compile-time constants each file reads. javac copies a constant's
 * value into the reading class file and leaves no reference to its class behind, so the class files alone cannot
 * say who must be compiled again when a constant changes. For {@code Sub.K} both the declaring class and
 * {@code Sub} are recorded: if {@code Sub} starts to declare its own {@code K}, the reader must be compiled again.
 */
final class ConstantUses implements TaskListener {

    private final Trees trees;
    private final Elements elements;
    private final Map<String, Set<String>> byFile = new HashMap<>();

    ConstantUses(JavacTask task) {
        this.trees = Trees.instance(task);
        this.elements = task.getElements();
    }

    /** File (as the compile named it) to the classes whose constants it reads. */
    Map<String, Set<String>> byFile() {
        return byFile;
    }

    @Override
    public void finished(TaskEvent e) {
        if (e.getKind() != TaskEvent.Kind.ANALYZE || e.getTypeElement() == null) {
            return;
        }
        TreePath path = trees.getPath(e.getTypeElement());
        if (path == null) {
            return;
        }
        Set<String> uses = byFile.computeIfAbsent(e.getSourceFile().getName(), f -> new HashSet<>());
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree node, Void unused) {
                record(null);
                return super.visitIdentifier(node, unused);
            }

            @Override
            public Void visitMemberSelect(MemberSelectTree node, Void unused) {
                record(new TreePath(getCurrentPath(), node.getExpression()));
                return super.visitMemberSelect(node, unused);
            }

            private void record(TreePath qualifier) {
                Element element = trees.getElement(getCurrentPath());
                if (element instanceof VariableElement variable && element.getKind() == ElementKind.FIELD
                        && variable.getConstantValue() != null
                        && variable.getEnclosingElement() instanceof TypeElement owner) {
                    uses.add(elements.getBinaryName(owner).toString());
                    TypeMirror through = qualifier == null ? null : trees.getTypeMirror(qualifier);
                    if (through instanceof DeclaredType declared && declared.asElement() instanceof TypeElement type) {
                        uses.add(elements.getBinaryName(type).toString());
                    }
                }
            }
        }.scan(path, null);
    }
}
