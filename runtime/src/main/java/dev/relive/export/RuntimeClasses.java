package dev.relive.export;

import dev.relive.api.Sketch;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The class files of some runtime packages, read from wherever the runtime was loaded: its classes folder in a
 * build, or its jar when installed. Only whole packages, so a class added to one of them is carried too.
 */
final class RuntimeClasses {

    private RuntimeClasses() {
    }

    /** Every {@code .class} file directly in {@code packages} (folder names ending in '/'), by jar entry name. */
    static Map<String, byte[]> read(List<String> packages) throws IOException {
        CodeSource source = Sketch.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IOException("cannot locate the runtime's classes to copy the launcher: the runtime has no code source");
        }
        Path home;
        try {
            home = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot locate the runtime's classes to copy the launcher: " + e.getMessage());
        }
        Map<String, byte[]> found = new TreeMap<>();
        if (Files.isDirectory(home)) {
            for (String pkg : packages) {
                try (Stream<Path> files = Files.list(home.resolve(pkg))) {
                    for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".class")).toList()) {
                        found.put(pkg + file.getFileName(), Files.readAllBytes(file));
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(home.toFile())) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    JarEntry e = entries.nextElement();
                    String name = e.getName();
                    int slash = name.lastIndexOf('/');
                    if (name.endsWith(".class") && packages.contains(name.substring(0, slash + 1))) {
                        try (java.io.InputStream in = jar.getInputStream(e)) {
                            found.put(name, in.readAllBytes());
                        }
                    }
                }
            }
        }
        return found;
    }
}
