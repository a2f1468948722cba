package dev.relive.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.instrument.Instrumentation;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The entry point of {@code java -jar relive-runtime.jar}: runs the runner with the runtime as a named module, as
 * if launched with {@code --module-path}, so its internal packages stay sealed from sketch code. An executable jar
 * is always on the class path, so the runner jar carries the runtime's modular jar and its dependencies under
 * {@value #MODULES}; they are unpacked once into a per-user cache (named by their content) and defined as a module
 * layer. Only this class sits on the class path.
 *
 * <p>It is also the jar's launcher agent ({@code Launcher-Agent-Class}), which the JVM starts before {@code main}:
 * its {@link Instrumentation} grants the runtime module, and it alone, what the IDE's command line grants it
 * with the same argument file ({@link LaunchGrants}). The instrumentation is dropped at once after.
 */
public final class Launcher {

    /** Where the runner jar keeps the module jars. */
    static final String MODULES = "META-INF/relive/modules/";
    private static final String RUNTIME = "dev.relive.runtime";
    private static final String MAIN = "dev.relive.cli.Main";

    /** Given by the JVM before {@code main} when the jar is run with {@code java -jar}; null otherwise. */
    private static volatile Instrumentation instrumentation;

    private Launcher() {
    }

    /** The launcher agent's entry point: keeps the instrumentation for {@link #main}. */
    public static void agentmain(String options, Instrumentation given) {
        instrumentation = given;
    }

    /** Opens and exports to {@code runtime} what {@link LaunchGrants} says, when the JVM gave an agent. */
    private static void grant(Module runtime) {
        Instrumentation inst = instrumentation;
        instrumentation = null; // no one may find it here later: it could redefine any module
        if (inst == null) {
            return; // without it the engine still runs: compiles start javac afresh, and a notice says so
        }
        for (LaunchGrants.Grant g : LaunchGrants.read()) {
            if (!g.target().equals(RUNTIME)) {
                throw new IllegalStateException(LaunchGrants.FILE + " grants to " + g.target() + "; the launcher grants to " + RUNTIME + " only");
            }
            Map<String, Set<Module>> to = Map.of(g.pkg(), Set.of(runtime));
            ModuleLayer.boot().findModule(g.module()).ifPresent(source -> inst.redefineModule(source, Set.of(),
                    g.open() ? Map.of() : to, g.open() ? to : Map.of(), Set.of(), Map.of()));
        }
    }

    /** Unpacks the modules if needed and runs the runner's {@code main} in their layer. */
    public static void main(String[] args) throws Throwable {
        Path modules;
        try {
            modules = unpacked(ownJar());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("relive: cannot unpack the runtime's modules: " + e.getMessage());
            System.exit(1);
            return;
        }
        ModuleLayer boot = ModuleLayer.boot();
        Configuration configuration = boot.configuration().resolve(ModuleFinder.of(modules), ModuleFinder.of(), Set.of(RUNTIME));
        ModuleLayer.Controller controller = ModuleLayer.defineModulesWithOneLoader(configuration, List.of(boot),
                ClassLoader.getPlatformClassLoader());
        Module runtime = controller.layer().findModule(RUNTIME).orElseThrow();
        controller.addExports(runtime, "dev.relive.cli", Launcher.class.getModule());
        grant(runtime);
        Thread.currentThread().setContextClassLoader(runtime.getClassLoader());
        try {
            Class.forName(runtime, MAIN).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Path ownJar() throws IOException {
        try {
            return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the runner jar", e);
        }
    }

    /**
     * The folder holding the module jars of {@code jar}: a per-user cache named by their names, sizes and
     * checksums, filled through a temporary folder and one atomic rename, so a half-written cache is never used.
     */
    private static Path unpacked(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> entries = Collections.list(file.entries()).stream()
                    .filter(e -> e.getName().startsWith(MODULES) && e.getName().endsWith(".jar")).toList();
            if (entries.isEmpty()) {
                throw new IOException(jar + " holds no modules under " + MODULES + "; build it with ./mvnw package");
            }
            Path cache = cacheRoot().resolve(fingerprint(entries));
            if (Files.isDirectory(cache)) {
                return cache;
            }
            Files.createDirectories(cache.getParent());
            Path temporary = Files.createTempDirectory(cache.getParent(), ".unpacking-");
            for (JarEntry entry : entries) {
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, temporary.resolve(entry.getName().substring(MODULES.length())));
                }
            }
            try {
                Files.move(temporary, cache, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isDirectory(cache)) {
                    throw e;
                }
                // Another runner unpacked the same modules first: use theirs (ours is left for no one, but is complete).
            }
            return cache;
        }
    }

    private static Path cacheRoot() {
        String home = System.getProperty("user.home");
        return Path.of(home == null || home.isBlank() ? System.getProperty("java.io.tmpdir") : home, ".cache", "relive", "modules");
    }

    private static String fingerprint(List<JarEntry> entries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (JarEntry e : entries) {
                digest.update((e.getName() + ":" + e.getSize() + ":" + e.getCrc() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
