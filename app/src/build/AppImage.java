import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Build step of the {@code package} profile (run by the app's pom as a single-file program): makes the installable
 * app image with the JDK's own tools. jlink builds a trimmed Java runtime that keeps {@code jdk.compiler} (the engine
 * compiles sketches with javac); jpackage wraps it with the IDE into {@code target/jpackage/Relive}, whose
 * {@code bin/Relive} starts the IDE the way {@code exec:exec} does: the runtime's modules and JavaFX on the module
 * path, the IDE and its other libraries on the class path, and the bundled examples as its assets.
 *
 * <p>Arguments: the output folder, the IDE's jar, its class path, its JavaFX module path, the runtime's modules
 * folder, the assets folder.
 */
public final class AppImage {

    /** The JDK modules the image's runtime holds: Java SE (sketches may use any of it), javac, and what TLS and jars need. */
    static final String JDK_MODULES = "java.se,jdk.compiler,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.charsets,jdk.localedata";

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Path appJar = Path.of(args[1]);
        List<Path> classPath = jars(args[2]);
        List<Path> javafx = jars(args[3]);
        Path runtimeModules = Path.of(args[4]);
        Path assets = Path.of(args[5]);

        delete(out);
        Path input = Files.createDirectories(out.resolve("input"));
        Files.copy(appJar, input.resolve("relive-app.jar"));
        for (Path jar : classPath) {
            Files.copy(jar, input.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        Path modules = Files.createDirectories(input.resolve("modules"));
        for (Path jar : javafx) {
            Files.copy(jar, modules.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        try (Stream<Path> runtime = Files.list(runtimeModules)) {
            for (Path jar : runtime.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                Files.copy(jar, modules.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        copyTree(assets.resolve("examples"), input.resolve("assets/examples"));

        Path jdkModules = Path.of(System.getProperty("java.home"), "jmods");
        if (!Files.isDirectory(jdkModules)) {
            throw new IOException("this JDK has no jmods folder (" + jdkModules + "), which jlink needs; install the full JDK"
                    + " (on Debian: the openjdk-17-jdk-headless package) or build with another JAVA_HOME");
        }
        run("jlink", "--module-path", jdkModules.toString(), "--add-modules", JDK_MODULES, "--strip-debug",
                "--no-header-files", "--no-man-pages", "--output", out.resolve("runtime").toString());
        // The trusted certificates for HTTPS (Maven Central, for //DEPS): some JDKs (Debian's) keep them outside the
        // jmods, behind a link jlink does not follow, so the image would trust no one. The building JDK's own go in.
        Path cacerts = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
        if (Files.isReadable(cacerts)) {
            Files.copy(cacerts, out.resolve("runtime/lib/security/cacerts"), StandardCopyOption.REPLACE_EXISTING);
        }

        List<String> jpackage = new ArrayList<>(List.of("--type", "app-image", "--name", "Relive", "--dest", out.toString(),
                "--input", input.toString(), "--main-jar", "relive-app.jar", "--main-class", "dev.relive.app.Main",
                "--runtime-image", out.resolve("runtime").toString(), "--app-version", "0.1.0"));
        List<String> options = new ArrayList<>(List.of(
                "--module-path=$APPDIR/modules",
                "--add-modules=javafx.controls,dev.relive.runtime",
                "--enable-native-access=javafx.graphics",
                "-Dsun.misc.unsafe.memory.access=allow",
                "-Drelive.assets=$APPDIR/assets"));
        options.addAll(grants(modules.resolve("relive-runtime-module.jar")));
        for (String option : options) {
            jpackage.add("--java-options");
            jpackage.add(option);
        }
        run("jpackage", jpackage.toArray(String[]::new));
        writeLaunch(out.resolve("Relive/lib/app/Relive.cfg"), classPath);
        System.out.println("Relive app image: " + out.resolve("Relive") + "; start it with " + out.resolve("Relive/bin/Relive"));
    }

    /**
     * What the JDK grants the runtime, read from the one list of it ({@code dev/relive/launch/runtime.args} in the
     * runtime's module jar), each option and its value joined by {@code =} as jpackage's launcher needs.
     */
    private static List<String> grants(Path runtimeModule) throws IOException {
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(runtimeModule.toFile())) {
            java.util.zip.ZipEntry entry = jar.getEntry("dev/relive/launch/runtime.args");
            if (entry == null) {
                throw new IOException(runtimeModule + " holds no dev/relive/launch/runtime.args");
            }
            String text = new String(jar.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.replaceFirst("\\s+", "=")).toList();
        }
    }

    /**
     * Rewrites the launcher's settings so that {@code bin/Relive} starts the IDE as {@code exec:exec} does: through
     * the runtime module's {@code HostLaunch}, which exports the engine packages to the class path alone and then
     * calls {@code dev.relive.app.Main} (the module exports only the sketch API, so the IDE cannot be started
     * directly). jpackage also puts every jar it finds in the input on the class path; the module jars must not be
     * there too, so the class path becomes the IDE's jar and its class-path libraries.
     */
    private static void writeLaunch(Path cfg, List<Path> classPath) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(cfg)) {
            if (line.startsWith("app.mainclass=")) {
                lines.add("app.mainmodule=dev.relive.runtime/dev.relive.host.HostLaunch");
            } else if (line.startsWith("app.classpath=")) {
                if (lines.stream().noneMatch(l -> l.startsWith("app.classpath="))) {
                    lines.add("app.classpath=$APPDIR/relive-app.jar");
                    for (Path jar : classPath) {
                        lines.add("app.classpath=$APPDIR/" + jar.getFileName());
                    }
                }
            } else {
                lines.add(line);
            }
        }
        lines.add("");
        lines.add("[ArgOptions]");
        lines.add("arguments=dev.relive.app.Main");
        Files.write(cfg, lines);
    }

    private static List<Path> jars(String pathList) {
        return Stream.of(pathList.split(java.io.File.pathSeparator)).filter(p -> p.endsWith(".jar")).map(Path::of).toList();
    }

    private static void run(String tool, String... args) throws IOException {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IOException("this JDK has no " + tool + "; the package profile needs a full JDK 17 or later"));
        int code = provider.run(System.out, System.err, args);
        if (code != 0) {
            throw new IOException(tool + " failed with exit code " + code);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
