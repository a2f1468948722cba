import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Build step (run by the runtime's pom at package time as a single-file program): writes the runner jar, which
 * holds the launcher classes on its class path and the runtime's modular jar plus its dependency jars under
 * META-INF/relive/modules/, where dev.relive.launch.Launcher finds them. The same jars also go to a modules/
 * folder beside it, for launches that put the runtime on the module path themselves (the IDE).
 *
 * <p>Plain jars that share a package (Maven 3's model jars, which Maven Resolver reads POMs with, split two
 * packages) cannot be two automatic modules in one layer, so each such group becomes one merged jar, named after
 * its first jar and keeping its manifest (and so its automatic module name).
 *
 * <p>Arguments: the jar to write, the compiled classes folder, the runtime's modular jar, its class path.
 */
public final class RunnerJar {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        Path moduleJar = Path.of(args[2]);
        List<Path> declared = Stream.of(args[3].split(java.io.File.pathSeparator)).map(Path::of)
                .filter(p -> p.toString().endsWith(".jar")).toList();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.relive.launch.Launcher");
        // The launcher is also the jar's agent, to grant the runtime module its opens and exports (see Launcher).
        manifest.getMainAttributes().put(new Attributes.Name("Launcher-Agent-Class"), "dev.relive.launch.Launcher");
        Path modules = out.resolveSibling("modules");
        Files.createDirectories(modules);
        List<Path> dependencies = new java.util.ArrayList<>();
        java.util.Map<Path, List<Path>> wanted = new java.util.LinkedHashMap<>();
        wanted.put(modules.resolve("relive-runtime-module.jar"), List.of(moduleJar));
        for (List<Path> group : splitPackageGroups(declared)) {
            Path target = modules.resolve(group.get(0).getFileName());
            wanted.put(target, group);
            dependencies.add(target);
        }
        try (Stream<Path> old = Files.list(modules)) {
            for (Path stale : old.filter(p -> !wanted.containsKey(p)).toList()) {
                Files.delete(stale);
            }
        }
        // A jar whose bytes did not change is left as it is, time included: the IDE launch's class-data-sharing
        // archive is checked against these jars' times on JDK 17, so rewriting them would retire it at every build.
        for (var entry : wanted.entrySet()) {
            Path target = entry.getKey();
            Path source = entry.getValue().get(0);
            if (entry.getValue().size() > 1) {
                source = target.resolveSibling(target.getFileName() + ".merged");
                merge(entry.getValue(), source);
            }
            if (!Files.isRegularFile(target) || Files.mismatch(target, source) != -1) {
                Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (entry.getValue().size() > 1) {
                Files.delete(source);
            }
        }
        Path temporary = out.resolveSibling(out.getFileName() + ".tmp");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(temporary), manifest)) {
            Path launch = classes.resolve("dev/relive/launch");
            try (Stream<Path> files = Files.walk(launch)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    add(jar, classes.relativize(file).toString().replace('\\', '/'), file);
                }
            }
            add(jar, "META-INF/relive/modules/relive-runtime-module.jar", moduleJar);
            for (Path dependency : dependencies) {
                add(jar, "META-INF/relive/modules/" + dependency.getFileName(), dependency);
            }
        }
        Files.move(temporary, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The jars in order, those that share a package with another grouped together (first appearance decides order). */
    private static List<List<Path>> splitPackageGroups(List<Path> jars) throws IOException {
        java.util.Map<String, Integer> packageOwner = new java.util.HashMap<>();
        int[] group = new int[jars.size()];
        for (int i = 0; i < jars.size(); i++) {
            group[i] = i;
            for (String pkg : packages(jars.get(i))) {
                Integer other = packageOwner.putIfAbsent(pkg, i);
                if (other != null) {
                    int a = root(group, other), b = root(group, i);
                    group[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        java.util.Map<Integer, List<Path>> byRoot = new java.util.LinkedHashMap<>();
        for (int i = 0; i < jars.size(); i++) {
            byRoot.computeIfAbsent(root(group, i), k -> new java.util.ArrayList<>()).add(jars.get(i));
        }
        return List.copyOf(byRoot.values());
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            i = group[i];
        }
        return i;
    }

    /** The packages holding classes in a plain jar; none for a modular one, which declares its own. */
    private static java.util.Set<String> packages(Path jar) throws IOException {
        java.util.Set<String> packages = new java.util.TreeSet<>();
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            if (file.getEntry("module-info.class") != null) {
                return packages;
            }
            file.stream().map(JarEntry::getName)
                    .filter(n -> n.endsWith(".class") && n.contains("/") && !n.startsWith("META-INF/"))
                    .forEach(n -> packages.add(n.substring(0, n.lastIndexOf('/'))));
        }
        return packages;
    }

    /** One jar of {@code group}'s entries (the first copy of each wins; service files are joined), with the first manifest. */
    /** 1980-01-01, the zip format's first day: merged jars carry it instead of the build's time. */
    private static final long FIXED_TIME = 315532800000L;

    private static void merge(List<Path> group, Path target) throws IOException {
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        Manifest manifest = null;
        for (Path jar : group) {
            try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
                if (manifest == null) {
                    manifest = file.getManifest();
                }
                for (JarEntry entry : java.util.Collections.list(file.entries())) {
                    String name = entry.getName();
                    if (entry.isDirectory() || name.equalsIgnoreCase("META-INF/MANIFEST.MF")
                            || name.matches("(?i)META-INF/[^/]+\\.(SF|RSA|DSA|EC)")) {
                        continue;
                    }
                    byte[] bytes = file.getInputStream(entry).readAllBytes();
                    if (name.startsWith("META-INF/services/") && entries.containsKey(name)) {
                        byte[] before = entries.get(name);
                        byte[] joined = java.util.Arrays.copyOf(before, before.length + 1 + bytes.length);
                        joined[before.length] = '\n';
                        System.arraycopy(bytes, 0, joined, before.length + 1, bytes.length);
                        entries.put(name, joined);
                    } else {
                        entries.putIfAbsent(name, bytes);
                    }
                }
            }
        }
        try (JarOutputStream out = manifest == null ? new JarOutputStream(Files.newOutputStream(target))
                : new JarOutputStream(Files.newOutputStream(target), manifest)) {
            for (java.util.Map.Entry<String, byte[]> entry : entries.entrySet()) {
                JarEntry jarEntry = new JarEntry(entry.getKey());
                jarEntry.setTime(FIXED_TIME); // the same bytes at every build, so an unchanged merge is left untouched
                out.putNextEntry(jarEntry);
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
    }

    private static void add(JarOutputStream jar, String name, Path file) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        Files.copy(file, jar);
        jar.closeEntry();
    }
}
