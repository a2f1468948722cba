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
 * <p>Arguments: the jar to write, the compiled classes folder, the runtime's modular jar, its class path.
 */
public final class RunnerJar {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        Path moduleJar = Path.of(args[2]);
        List<Path> dependencies = Stream.of(args[3].split(java.io.File.pathSeparator)).map(Path::of)
                .filter(p -> p.toString().endsWith(".jar")).toList();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.relive.launch.Launcher");
        // The launcher is also the jar's agent, to grant the runtime module its opens and exports (see Launcher).
        manifest.getMainAttributes().put(new Attributes.Name("Launcher-Agent-Class"), "dev.relive.launch.Launcher");
        Path modules = out.resolveSibling("modules");
        Files.createDirectories(modules);
        java.util.Map<Path, Path> wanted = new java.util.LinkedHashMap<>();
        wanted.put(modules.resolve("relive-runtime-module.jar"), moduleJar);
        for (Path dependency : dependencies) {
            wanted.put(modules.resolve(dependency.getFileName()), dependency);
        }
        try (Stream<Path> old = Files.list(modules)) {
            for (Path stale : old.filter(p -> !wanted.containsKey(p)).toList()) {
                Files.delete(stale);
            }
        }
        // A jar whose bytes did not change is left as it is, time included: the IDE launch's class-data-sharing
        // archive is checked against these jars' times on JDK 17, so rewriting them would retire it at every build.
        for (var copy : wanted.entrySet()) {
            if (!Files.isRegularFile(copy.getKey()) || Files.mismatch(copy.getKey(), copy.getValue()) != -1) {
                Files.copy(copy.getValue(), copy.getKey(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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

    private static void add(JarOutputStream jar, String name, Path file) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        Files.copy(file, jar);
        jar.closeEntry();
    }
}
