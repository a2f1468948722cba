package dev.relive.compile;

import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a compile entirely in memory. The class path it shows javac is the sketch API, the classes carried
 * over from the previous compile and the sketch's jars, nothing else; output class files land in a map.
 * One instance serves every compile of a {@link SketchCompiler}: a reused javac context keeps the file manager
 * it first saw, so each compile {@linkplain #begin(Map) begins} on the same instance with its own class path
 * and an empty output.
 */
final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {

    private Map<String, byte[]> classPath = Map.of();
    private final Map<String, ByteArrayOutputStream> output = new HashMap<>();
    private final Map<String, String> origins = new HashMap<>();

    MemoryFileManager(StandardJavaFileManager standard) {
        super(standard);
    }

    /** Starts a compile: {@code classPath} is binary name to bytes of every class javac may read but should not compile. */
    void begin(Map<String, byte[]> classPath) {
        this.classPath = classPath;
        output.clear();
        origins.clear();
    }

    /** The class files written by the compile. */
    Map<String, byte[]> output() {
        Map<String, byte[]> out = new HashMap<>();
        output.forEach((name, bytes) -> out.put(name, bytes.toByteArray()));
        return out;
    }

    /** Binary name of each written class to the sketch file it came from. */
    Map<String, String> origins() {
        return origins;
    }

    /** A source file object for {@code relPath} holding {@code text}. */
    static JavaFileObject source(String relPath, String text) {
        return new SimpleJavaFileObject(URI.create("relive:///" + relPath.replace(" ", "%20")), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }

            @Override
            public String getName() {
                return relPath;
            }
        };
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                               FileObject sibling) {
        if (sibling != null) {
            origins.put(className, sibling.getName());
        }
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
            @Override
            public OutputStream openOutputStream() {
                return output.computeIfAbsent(className, k -> new ByteArrayOutputStream());
            }
        };
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
                                         boolean recurse) throws IOException {
        Iterable<JavaFileObject> standard = super.list(location, packageName, kinds, recurse);
        if (location != StandardLocation.CLASS_PATH || !kinds.contains(JavaFileObject.Kind.CLASS)) {
            return standard;
        }
        List<JavaFileObject> all = new ArrayList<>();
        String prefix = packageName.isEmpty() ? "" : packageName + ".";
        classPath.forEach((name, bytes) -> {
            if (name.startsWith(prefix)) {
                String rest = name.substring(prefix.length());
                if (recurse || rest.indexOf('.') < 0) {
                    all.add(new ClassBytes(name, bytes));
                }
            }
        });
        standard.forEach(all::add);
        return all;
    }

    @Override
    public String inferBinaryName(Location location, JavaFileObject file) {
        return file instanceof ClassBytes bytes ? bytes.binaryName : super.inferBinaryName(location, file);
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
        return a == b || (!(a instanceof ClassBytes) && !(b instanceof ClassBytes) && super.isSameFile(a, b));
    }

    /** A class javac may read from memory. */
    private static final class ClassBytes extends SimpleJavaFileObject {
        private final String binaryName;
        private final byte[] bytes;

        ClassBytes(String binaryName, byte[] bytes) {
            super(URI.create("mem:///" + binaryName.replace('.', '/') + ".class"), Kind.CLASS);
            this.binaryName = binaryName;
            this.bytes = bytes;
        }

        @Override
        public InputStream openInputStream() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
