package dev.relive.analysis;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The javadoc of an element, as plain text. Sketch and API elements are compiled from source, so javac has their
 * comments; JDK elements come from class files, so their source is parsed from the JDK's {@code lib/src.zip} when it
 * has one (an element with no source shows its signature alone). Parsed JDK files are remembered.
 */
final class Javadocs implements AutoCloseable {

    private final JavaCompiler javac;
    private final JavaFileManager files;
    private final Path srcZip = Path.of(System.getProperty("java.home"), "lib", "src.zip");
    private final Map<String, String> cache = new HashMap<>();
    private ZipFile zip;

    Javadocs(JavaCompiler javac, JavaFileManager files) {
        this.javac = javac;
        this.files = files;
    }

    /** The javadoc of {@code element} as plain text, or empty. */
    String of(Element element, Elements elements) {
        String doc = elements.getDocComment(element);
        if (doc == null) {
            doc = fromJdkSource(element, elements);
        }
        return doc == null ? "" : plain(doc);
    }

    /** Turns javadoc markup into text a tooltip can show: {@code {@code x}} becomes {@code x}, tags go. */
    static String plain(String doc) {
        String text = doc.replaceAll("\\{@(?:code|literal|value)\\s+([^}]*)}", "$1")
                .replaceAll("\\{@(?:link|linkplain)\\s+(?:[\\w.$]*#)?([^}\\s]+)(?:\\s+([^}]*))?}", "$1")
                .replaceAll("(?s)<pre>(.*?)</pre>", "$1")
                .replaceAll("<p>|</p>|<br>", "\n")
                .replaceAll("<li>", "\n  - ")
                .replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        List<String> lines = new ArrayList<>();
        for (String line : text.strip().split("\n")) {
            lines.add(line.stripTrailing());
        }
        return String.join("\n", lines).replaceAll("\n{3,}", "\n\n").strip();
    }

    private String fromJdkSource(Element element, Elements elements) {
        TypeElement top = outermost(element);
        if (top == null || !Files.isRegularFile(srcZip)) {
            return null;
        }
        ModuleElement module = elements.getModuleOf(top);
        if (module == null || module.isUnnamed()) {
            return null;
        }
        String key = elements.getBinaryName(top) + "#" + element;
        if (cache.containsKey(key)) {
            return cache.get(key);
        }
        String entry = module.getQualifiedName() + "/" + top.getQualifiedName().toString().replace('.', '/') + ".java";
        String doc = null;
        try {
            String source = read(entry);
            if (source != null) {
                doc = findIn(source, entry, element);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + entry + " from " + srcZip, e);
        }
        cache.put(key, doc);
        return doc;
    }

    private String read(String entry) throws IOException {
        if (zip == null) {
            zip = new ZipFile(srcZip.toFile());
        }
        ZipEntry found = zip.getEntry(entry);
        if (found == null) {
            return null;
        }
        return new String(zip.getInputStream(found).readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Parses {@code source} alone and returns the comment of the declaration matching {@code element}. */
    private String findIn(String source, String name, Element element) throws IOException {
        JavacTask task = (JavacTask) javac.getTask(null, files, d -> { }, List.of("-proc:none"), null,
                List.of(new SourceText(name, source)));
        Trees trees = Trees.instance(task);
        for (CompilationUnitTree unit : task.parse()) {
            TreePath path = find(new TreePath(unit), unit.getTypeDecls(), chain(element), element);
            if (path != null) {
                return trees.getDocComment(path);
            }
        }
        return null;
    }

    /** The type names from the outermost type down to the element's own type (or the element if it is a type). */
    private static List<String> chain(Element element) {
        List<String> names = new ArrayList<>();
        Element e = element instanceof TypeElement ? element : element.getEnclosingElement();
        while (e instanceof TypeElement) {
            names.add(0, e.getSimpleName().toString());
            e = e.getEnclosingElement();
        }
        return names;
    }

    private static TreePath find(TreePath parent, List<? extends Tree> members, List<String> chain, Element element) {
        for (Tree member : members) {
            if (member instanceof ClassTree c && c.getSimpleName().contentEquals(chain.get(0))) {
                TreePath path = new TreePath(parent, c);
                if (chain.size() > 1) {
                    return find(path, c.getMembers(), chain.subList(1, chain.size()), element);
                }
                if (element instanceof TypeElement) {
                    return path;
                }
                for (Tree m : c.getMembers()) {
                    if (matches(m, element)) {
                        return new TreePath(path, m);
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static boolean matches(Tree member, Element element) {
        if (member instanceof VariableTree v) {
            return element.getKind().isField() && v.getName().contentEquals(element.getSimpleName());
        }
        if (member instanceof MethodTree m && element instanceof ExecutableElement e) {
            boolean constructor = e.getKind() == ElementKind.CONSTRUCTOR;
            if (constructor != m.getName().contentEquals("<init>")
                    || (!constructor && !m.getName().contentEquals(e.getSimpleName()))
                    || m.getParameters().size() != e.getParameters().size()) {
                return false;
            }
            for (int i = 0; i < e.getParameters().size(); i++) {
                String written = m.getParameters().get(i).getType().toString().replaceAll("<.*>", "");
                String simpleWritten = written.substring(written.lastIndexOf('.') + 1);
                String actual = Describe.type(e.getParameters().get(i).asType()).replaceAll("<.*>", "");
                if (!simpleWritten.equals(actual) && !(written.length() == 1 && !actual.equals("")) ) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static TypeElement outermost(Element element) {
        TypeElement top = null;
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            if (e instanceof TypeElement t) {
                top = t;
            }
        }
        return top;
    }

    @Override
    public void close() {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot close " + srcZip, e);
            }
        }
    }
}
