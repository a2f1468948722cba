package dev.relive.app;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The IDE's cold start (targets: the window painted with the editor showing the example in ≤ 1.5 s, the example
 * running in ≤ 3 s, from JVM start). Launches the real app in a fresh JVM with the arguments of the README's launch
 * ({@code exec:exec} in app/pom.xml: JavaFX and the runtime on the module path, the app's packaged jar, the
 * class-data-sharing archive), on a virtual display (Xvfb) this benchmark starts, and reads the lines the app's
 * startup probe prints. The first launch has a new workspace (the example is copied into it) and no archive yet (it
 * writes one when it quits, as a first launch does); the next launches reuse both. Build first ({@code package}): it
 * launches the jars. Prints the machine's load average, since the machine is shared.
 */
class ColdStartBenchmark {

    private static final int LAUNCHES = 4;
    /** The virtual display the benchmark starts; {@code -Dbench.display=:N} picks another. */
    private static final String DISPLAY = System.getProperty("bench.display", ":57");

    @Test
    void coldStart() throws Exception {
        Path xvfb = Path.of("/usr/bin/Xvfb");
        if (!Files.isExecutable(xvfb)) {
            System.out.println("[cold-start] skipped: no Xvfb to give the app a display");
            return;
        }
        Process display = new ProcessBuilder(xvfb.toString(), DISPLAY, "-screen", "0", "1600x1000x24",
                "-nolisten", "tcp").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path home = Files.createTempDirectory("relive-coldstart");
        Path archive = home.resolve("cds/relive-app.jsa");
        try {
            Thread.sleep(1_000); // the display's socket
            System.out.printf("[cold-start] JDK %s, load average %s%n", Runtime.version(), loadAverage());
            for (int i = 1; i <= LAUNCHES; i++) {
                boolean archived = Files.exists(archive);
                Map<String, Long> times = launch(home, archive);
                System.out.printf("[cold-start] launch %d%s%s: window %s ms, painted with the example %s ms, "
                                + "example running %s ms; processor time used by then %s, %s, %s ms "
                                + "(load average %s)%n", i,
                        i == 1 ? " (new workspace)" : "", archived ? " (class-data archive)" : " (no archive yet)",
                        times.getOrDefault("window", -1L), times.getOrDefault("painted", -1L),
                        times.getOrDefault("running", -1L), times.getOrDefault("window cpu", -1L),
                        times.getOrDefault("painted cpu", -1L), times.getOrDefault("running cpu", -1L),
                        loadAverage());
            }
        } finally {
            deleteTree(home);
            display.destroy();
            display.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** One launch until the app says it is running, then a normal quit; the probe's figures by name. */
    private static Map<String, Long> launch(Path home, Path archive) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(home, archive)).redirectErrorStream(true);
        builder.environment().put("DISPLAY", DISPLAY);
        Process app = builder.start();
        Map<String, Long> times = new ConcurrentHashMap<>();
        CountDownLatch running = new CountDownLatch(1);
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(app.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("startup: ")) {
                        String[] parts = line.split(" ");
                        times.put(parts[1], Long.parseLong(parts[2]));
                        times.put(parts[1] + " cpu", Long.parseLong(parts[4]));
                        if (parts[1].equals("running")) {
                            running.countDown();
                        }
                    } else {
                        synchronized (output) {
                            output.add(line);
                        }
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the app's output", e);
            }
        }, "coldstart-output");
        reader.start();
        boolean ran = running.await(120, TimeUnit.SECONDS);
        app.destroy(); // SIGTERM: the JVM runs its shutdown hooks, so the engine closes
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
            System.out.println("[cold-start] the app did not quit within 60 s of SIGTERM; killed");
            app.destroyForcibly();
        }
        reader.join(10_000);

        if (!ran) {
            synchronized (output) {
                throw new AssertionError("the app did not report running within 120 s; its output:\n"
                        + String.join("\n", output)); // a launch that never ran gives no figure, and must not pass
            }
        }
        return times;
    }

    /** The launch of app/pom.xml's exec:exec, with the startup probe on and its own workspace and archive. */
    private static List<String> command(Path home, Path archive) {
        Path root = Path.of(System.getProperty("relive.assets")).toAbsolutePath().getParent();
        List<String> modules = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String path = entry.replace('\\', '/');
            if (path.contains("/org/openjfx/")) {
                modules.add(entry);
            } else if (path.endsWith("app/target/classes")) {
                classes.add(appJar(Path.of(entry).getParent()));
            } else if (!path.contains("test-classes") && !path.contains("/org/junit/")
                    && !path.contains("/org/testfx/") && !path.contains("/org/opentest4j/")
                    && !path.contains("/org/apiguardian/") && !path.contains("/org/hamcrest/")
                    && !path.contains("/org/assertj/") && !path.contains("/org/osgi/")
                    && !path.contains("runtime/target") && !path.contains("/org/ow2/asm/")
                    && !path.contains("/io/methvin/") && !path.contains("/net/java/dev/jna/")
                    && !path.contains("/org/slf4j/")) { // the runtime and its libraries are modules, as launched
                classes.add(entry);
            }
        }
        modules.add(root.resolve("runtime/target/modules").toString());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path=" + String.join(File.pathSeparator, modules),
                "--add-modules=javafx.controls,dev.relive.runtime",
                "@" + root.resolve("runtime/src/main/resources/dev/relive/launch/runtime.args"),
                "--enable-native-access=javafx.graphics",
                "-Dsun.misc.unsafe.memory.access=allow"));
        if (Runtime.version().feature() >= 19) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive"));
        } else {
            command.add((Files.exists(archive) ? "-XX:SharedArchiveFile=" : "-XX:ArchiveClassesAtExit=") + archive);
        }
        command.addAll(List.of(
                "-Xlog:cds*=off",
                "-classpath", String.join(File.pathSeparator, classes),
                "-Drelive.assets=" + System.getProperty("relive.assets"),
                "-Drelive.home=" + home,
                "-D" + StartupProbe.PROPERTY + "=true",
                // As exec:exec: the runtime exports its engine packages to the IDE alone, then starts the IDE's main.
                "--module=dev.relive.runtime/dev.relive.host.HostLaunch",
                "dev.relive.app.Main"));
        return command;
    }

    /** The app's packaged jar in {@code target}, which the launch runs (the JVM archives classes from jars only). */
    private static String appJar(Path target) {
        try (var jars = Files.list(target)) {
            return jars.filter(p -> p.getFileName().toString().matches("relive-app-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No app jar in " + target + ": run package first"))
                    .toString();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + target, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String loadAverage() {
        return String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }
}
