package dev.relive.analysis;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The sketch API's reference, read from the {@code dev.relive.api} sources that ship inside the runtime (the same
 * ones hover docs come from), so a host can show it offline with no separate build step: every public type with
 * its declaration and javadoc, and its public members with theirs. The javadoc is plain text (see
 * {@link Javadocs#plain}).
 */
public final class ApiReference {

    /**
     * One member of an API type.
     *
     * @param signature its declaration without a body or annotations, such as {@code void ellipse(double cx, ...)}
     * @param doc       its javadoc as plain text, or empty
     */
    public record Member(String signature, String doc) {
    }

    /**
     * One public type of the API.
     *
     * @param name        its simple name, such as {@code Canvas}
     * @param declaration its declaration line without annotations, such as {@code public interface Canvas}
     * @param doc         its javadoc as plain text, or empty
     * @param members     its public members, in source order
     */
    public record Type(String name, String declaration, String doc, List<Member> members) {
        /** Copies the list. */
        public Type {
            members = List.copyOf(members);
        }
    }

    private ApiReference() {
    }

    /** Every public type of {@code dev.relive.api}, sorted by name. Parses the bundled sources; call it off the FX thread. */
    public static List<Type> types() {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Type> types = new ArrayList<>();
        for (Map.Entry<String, SourceText> source : ApiSources.all().entrySet()) {
            JavacTask task = (JavacTask) javac.getTask(null, null, d -> { }, List.of("-proc:none"), null,
                    List.of(source.getValue()));
            Trees trees = Trees.instance(task);
            try {
                for (CompilationUnitTree unit : task.parse()) {
                    String text = source.getValue().text();
                    for (Tree decl : unit.getTypeDecls()) {
                        if (decl instanceof ClassTree type && type.getModifiers().getFlags().contains(Modifier.PUBLIC)) {
                            types.add(type(trees, unit, type, text));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot parse the bundled API source " + source.getKey(), e);
            }
        }
        types.sort(Comparator.comparing(Type::name));
        return types;
    }

    private static Type type(Trees trees, CompilationUnitTree unit, ClassTree type, String text) {
        SourcePositions positions = trees.getSourcePositions();
        boolean iface = type.getKind() == Tree.Kind.INTERFACE || type.getKind() == Tree.Kind.ANNOTATION_TYPE;
        List<Member> members = new ArrayList<>();
        for (Tree member : type.getMembers()) {
            if (!isPublic(member, iface)) {
                continue;
            }
            String signature = declaration(text, positions, unit, member);
            if (signature.isEmpty()) {
                continue; // a record's implicit members have no text of their own: its header lists them
            }
            String doc = trees.getDocComment(TreePath.getPath(unit, member));
            members.add(new Member(signature, prose(doc)));
        }
        String doc = trees.getDocComment(TreePath.getPath(unit, type));
        return new Type(type.getSimpleName().toString(), declaration(text, positions, unit, type), prose(doc), members);
    }

    /**
     * A javadoc comment as plain text that a reader's width can wrap: the source's line breaks inside a paragraph
     * become spaces; paragraphs and list items keep their own lines.
     */
    static String prose(String doc) {
        if (doc == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : Javadocs.plain(doc).split("\n")) {
            String text = line.strip();
            if (text.isEmpty()) {
                blank = !out.isEmpty();
                continue;
            }
            if (out.isEmpty()) {
                out.append(text);
            } else if (text.startsWith("- ")) {
                out.append('\n').append(text); // a list item: its own line, however the source spaced it
            } else {
                out.append(blank ? "\n\n" : " ").append(text);
            }
            blank = false;
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static boolean isPublic(Tree member, boolean inInterface) {
        ModifiersTree modifiers = null;
        if (member instanceof MethodTree m) {
            modifiers = m.getModifiers();
        } else if (member instanceof VariableTree v) {
            modifiers = v.getModifiers();
        } else if (member instanceof ClassTree c) {
            modifiers = c.getModifiers();
        }
        if (modifiers == null) {
            return false;
        }
        if (member instanceof MethodTree m && m.getName().contentEquals("<init>") && !modifiers.getFlags().contains(Modifier.PUBLIC)) {
            return false;
        }
        return inInterface ? !modifiers.getFlags().contains(Modifier.PRIVATE) : modifiers.getFlags().contains(Modifier.PUBLIC);
    }

    /** The declaration's text up to its body (or its end), without annotations, on one line. */
    private static String declaration(String text, SourcePositions positions, CompilationUnitTree unit, Tree tree) {
        long start = positions.getStartPosition(unit, tree);
        long end = positions.getEndPosition(unit, tree);
        if (start < 0 || end <= start) {
            return "";
        }
        String whole = text.substring((int) start, (int) end);
        int body = whole.length();
        if (tree instanceof MethodTree m && m.getBody() != null) {
            body = (int) (positions.getStartPosition(unit, m.getBody()) - start);
        } else if (tree instanceof ClassTree) {
            body = headerEnd(whole);
        } else if (tree instanceof VariableTree v && v.getInitializer() != null) {
            body = whole.indexOf('=');
        }
        String head = whole.substring(0, Math.max(0, Math.min(body, whole.length())));
        return head.replaceAll("@(?!interface\\b)\\w+(\\([^)]*\\))?", "").replaceAll("\\s+", " ").replaceAll(";$", "").strip();
    }

    /** Where a type's header ends: at the brace that opens its body, past a record's component list. */
    private static int headerEnd(String declaration) {
        int depth = 0;
        for (int i = 0; i < declaration.length(); i++) {
            char c = declaration.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '{' && depth == 0) {
                return i;
            }
        }
        return declaration.length();
    }
}
