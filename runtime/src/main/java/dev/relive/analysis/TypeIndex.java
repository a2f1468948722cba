package dev.relive.analysis;

import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every importable top-level type by simple name: the JDK's {@code java.*} and {@code javax.*} packages, the sketch
 * API and the sketch's jars. Built once (a listing, no class is read), so completing a type name or fixing a missing
 * import needs no search.
 */
final class TypeIndex {

    private final Map<String, List<String>> bySimpleName = new HashMap<>();

    /** Lists the types {@code files} can see; {@code api} names the sketch API's types. */
    TypeIndex(JavaFileManager files, Set<String> api) {
        try {
            for (Set<JavaFileManager.Location> module : files.listLocationsForModules(StandardLocation.SYSTEM_MODULES)) {
                for (JavaFileManager.Location location : module) {
                    String name = files.inferModuleName(location);
                    if (name != null && (name.startsWith("java."))) {
                        addAll(files, location);
                    }
                }
            }
            addAll(files, StandardLocation.CLASS_PATH);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the JDK's types for completion", e);
        }
        api.forEach(this::add);
    }

    private void addAll(JavaFileManager files, JavaFileManager.Location location) throws IOException {
        for (JavaFileObject file : files.list(location, "", Set.of(JavaFileObject.Kind.CLASS), true)) {
            String binary = files.inferBinaryName(location, file);
            if (binary != null && (location == StandardLocation.CLASS_PATH
                    || binary.startsWith("java.") || binary.startsWith("javax."))) {
                add(binary);
            }
        }
    }

    private void add(String binaryName) {
        int dot = binaryName.lastIndexOf('.');
        String simple = binaryName.substring(dot + 1);
        if (dot < 0 || simple.contains("$") || simple.equals("package-info") || simple.equals("module-info")
                || binaryName.contains(".internal.") || binaryName.contains(".impl.")) {
            return;
        }
        bySimpleName.computeIfAbsent(simple, k -> new ArrayList<>()).add(binaryName);
    }

    /** Qualified names of the types called {@code simpleName}. */
    List<String> named(String simpleName) {
        return bySimpleName.getOrDefault(simpleName, List.of());
    }

    /** Every simple name matching {@code prefix} (prefix or camel humps), with its qualified names. */
    Map<String, List<String>> matching(String prefix) {
        Map<String, List<String>> found = new HashMap<>();
        bySimpleName.forEach((simple, names) -> {
            if (NameMatch.matches(prefix, simple)) {
                found.put(simple, names);
            }
        });
        return found;
    }
}
