package dev.relive.compile;

import dev.relive.api.Sketch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The class files of {@code dev.relive.api}, read once from wherever the runtime was loaded (a folder or a
 * jar). Sketches compile against exactly these, so no other engine class is visible to them.
 */
final class ApiClasses {

    private static final String PREFIX = "dev/relive/api/";
    private static volatile Map<String, byte[]> cache;

    private ApiClasses() {
    }

    /** Binary name to bytes for every class in the API package. */
    static Map<String, byte[]> all() {
        Map<String, byte[]> result = cache;
        if (result == null) {
            result = Map.copyOf(read());
            cache = result;
        }
        return result;
    }

    private static Map<String, byte[]> read() {
        try {
            Path location = Path.of(Sketch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(location) ? fromFolder(location) : fromJar(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sketch API classes", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the sketch API classes", e);
        }
    }

    private static Map<String, byte[]> fromFolder(Path root) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        Path api = root.resolve(PREFIX);
        try (Stream<Path> files = Files.walk(api)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                out.put(binaryName(root.relativize(file).toString().replace('\\', '/')), Files.readAllBytes(file));
            }
        }
        return out;
    }

    private static Map<String, byte[]> fromJar(Path jar) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                if (entry.getName().startsWith(PREFIX) && entry.getName().endsWith(".class")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        out.put(binaryName(entry.getName()), in.readAllBytes());
                    }
                }
            }
        }
        return out;
    }

    private static String binaryName(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
