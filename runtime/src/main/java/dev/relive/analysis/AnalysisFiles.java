package dev.relive.analysis;

import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What javac sees while analysing: the JDK, the sketch's jars on the class path, and the {@code dev.relive.api}
 * sources (plus, for questions about one spot, the sketch files not being compiled) on the source path, from memory. Sketches thus see exactly what they compile against, and the
 * API's javadoc is there for hover. One instance is reused across analyses so the JDK's listings stay warm.
 */
final class AnalysisFiles extends ForwardingJavaFileManager<StandardJavaFileManager> {

    private final Map<String, SourceText> api;
    private Map<String, SourceText> sketch = Map.of();
    private List<Path> libs;

    AnalysisFiles(StandardJavaFileManager standard) {
        super(standard);
        this.api = ApiSources.all();
        useLibs(List.of());
    }

    /** Puts {@code jars} (and nothing else, never the IDE's own class path) on the class path. */
    void useLibs(List<Path> jars) {
        if (jars.equals(libs)) {
            return;
        }
        try {
            fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, jars);
            fileManager.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of());
            libs = List.copyOf(jars);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot put the sketch's lib/ jars on the analysis class path", e);
        }
    }

    /**
     * Puts {@code sources} (path to text) on the source path, so javac reads one of them only when the files it
     * compiles need it; empty when every sketch file is compiled.
     */
    void useSketchSources(Map<String, String> sources) {
        Map<String, SourceText> next = new java.util.HashMap<>();
        sources.forEach((path, text) -> {
            if (path.endsWith(".java")) {
                next.put(path.substring(0, path.length() - ".java".length()).replace('/', '.'), new SourceText(path, text));
            }
        });
        sketch = next;
    }

    /** The class path jars, for the type index. */
    List<Path> libs() {
        return libs;
    }

    @Override
    public boolean hasLocation(Location location) {
        return location == StandardLocation.SOURCE_PATH || super.hasLocation(location);
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
                                         boolean recurse) throws IOException {
        if (location != StandardLocation.SOURCE_PATH) {
            return super.list(location, packageName, kinds, recurse);
        }
        List<JavaFileObject> found = new ArrayList<>();
        if (kinds.contains(JavaFileObject.Kind.SOURCE)) {
            for (Map<String, SourceText> sources : List.of(api, sketch)) {
                sources.forEach((binaryName, source) -> {
                    int dot = binaryName.lastIndexOf('.');
                    String pkg = dot < 0 ? "" : binaryName.substring(0, dot);
                    if (pkg.equals(packageName) || (recurse && pkg.startsWith(packageName + "."))) {
                        found.add(source);
                    }
                });
            }
        }
        return found;
    }

    @Override
    public String inferBinaryName(Location location, JavaFileObject file) {
        if (file instanceof SourceText source) {
            String path = source.getName();
            return path.substring(0, path.length() - ".java".length()).replace('/', '.');
        }
        return super.inferBinaryName(location, file);
    }

    @Override
    public boolean isSameFile(javax.tools.FileObject a, javax.tools.FileObject b) {
        if (a instanceof SourceText || b instanceof SourceText) {
            return a == b;
        }
        return super.isSameFile(a, b);
    }

    @Override
    public boolean contains(Location location, javax.tools.FileObject file) throws IOException {
        if (file instanceof SourceText) {
            return location == StandardLocation.SOURCE_PATH;
        }
        return super.contains(location, file);
    }

    /** The API source of {@code qualifiedName}, for javadoc; null when it is not part of the API. */
    SourceText apiSource(String qualifiedName) {
        return api.get(Objects.requireNonNull(qualifiedName));
    }
}
