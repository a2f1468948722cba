package dev.relive.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import dev.relive.guard.SketchLoader;
import java.util.List;

/**
 * One loader for the sketch's {@code lib/} jars, reused while the set of jars stays the same, so library
 * statics survive reloads of the sketch's own code. When the jars change, the old loader is closed.
 */
public final class LibraryLoaders implements AutoCloseable {

    private List<Path> jars = List.of();
    private ClassLoader current = SketchParentLoader.INSTANCE;

    /** The parent for a generation whose sketch has {@code libs}. */
    public synchronized ClassLoader parentFor(java.util.Collection<Path> libs) {
        List<Path> wanted = libs.stream().sorted().toList();
        if (!wanted.equals(jars)) {
            close();
            jars = wanted;
            current = wanted.isEmpty() ? SketchParentLoader.INSTANCE
                    : new JarsLoader(wanted.stream().map(LibraryLoaders::url).toArray(URL[]::new));
        }
        return current;
    }

    @Override
    public synchronized void close() {
        if (current instanceof URLClassLoader jarsLoader) {
            try {
                jarsLoader.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot close the lib/ jar loader", e);
            }
        }
        current = SketchParentLoader.INSTANCE;
        jars = List.of();
    }

    /** The loader of the {@code lib/} jars: their classes count as the sketch's own (see {@link SketchLoader}). */
    private static final class JarsLoader extends URLClassLoader implements SketchLoader {
        static {
            registerAsParallelCapable();
        }

        JarsLoader(URL[] jars) {
            super("relive-lib", jars, SketchParentLoader.INSTANCE);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a usable jar path: " + jar, e);
        }
    }
}
