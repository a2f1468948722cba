package dev.relive.load;

import dev.relive.guard.GuardWeaver;
import dev.relive.guard.SketchLoader;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;

/**
 * A disposable, child-first class loader for one generation's classes (after Spring DevTools'
 * {@code RestartClassLoader}). Sketch classes always come from this generation's bytes, with guards woven in
 * ({@link GuardWeaver}); everything else is asked of the parent. Nothing else holds it, so dropping the generation makes it collectable.
 */
public final class GenerationLoader extends ClassLoader implements SketchLoader {

    private final Map<String, byte[]> classes;
    private final int generation;

    static {
        registerAsParallelCapable();
    }

    /** A loader for {@code classes} (binary name to bytes) of generation {@code generation}. */
    public GenerationLoader(int generation, Map<String, byte[]> classes, ClassLoader parent) {
        super("relive-generation-" + generation, Objects.requireNonNull(parent, "Parent must not be null"));
        this.classes = Map.copyOf(Objects.requireNonNull(classes, "Classes must not be null"));
        this.generation = generation;
    }

    /** The generation whose classes this loader defines. */
    public int generation() {
        return generation;
    }

    /** Whether {@code name} is one of this generation's sketch classes. */
    public boolean owns(String name) {
        return classes.containsKey(name);
    }

    /**
     * Whether the compiled bytes of class {@code name} contain {@code text} (ASCII), as the constant pool holds
     * every name and descriptor the class file uses: a cheap way to rule a class out before reflecting on it.
     */
    public boolean mentions(String name, String text) {
        byte[] bytes = classes.get(name);
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (bytes == null) {
            return false;
        }
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!classes.containsKey(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                byte[] bytes = WovenClasses.of(classes.get(name));
                loaded = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        if (name.endsWith(".class")) {
            byte[] bytes = classes.get(name.substring(0, name.length() - 6).replace('/', '.'));
            if (bytes != null) {
                return new ByteArrayInputStream(bytes);
            }
        }
        return super.getResourceAsStream(name);
    }
}
