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
 * ({@code exec:exec} in app/pom.xml, JavaFX on the module path), on a virtual display (Xvfb) this benchmark starts,
 * and reads the lines the app's startup probe prints. The first launch has a new workspace (the example is copied
 * into it); the next launches reuse it. Prints the machine's load average, since the machine is shared.
 */
class ColdStartBenchmark {

    private static final int LAUNCHES = 3;
    private static final String DISPLAY = ":57";

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
        try {
            Thread.sleep(1_000); // the display's socket
            System.out.printf("[cold-start] JDK %s, load average %s%n", Runtime.version(), loadAverage());
            for (int i = 1; i <= LAUNCHES; i++) {
                Map<String, Long> times = launch(home);
                System.out.printf("[cold-start] launch %d%s: window %s ms, painted with the example %s ms, "
                                + "example running %s ms; processor time used by then %s, %s, %s ms "
                                + "(load average %s)%n", i,
                        i == 1 ? " (new workspace)" : "",
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
    private static Map<String, Long> launch(Path home) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(home)).redirectErrorStream(true);
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
                System.out.println("[cold-start] the app did not report running; its output:\n"
                        + String.join("\n", output));
            }
        }
        return times;
    }

    /** The launch of app/pom.xml's exec:exec, with the startup probe on and its own workspace. */
    private static List<String> command(Path home) {
        List<String> modules = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String path = entry.replace('\\', '/');
            if (path.contains("/org/openjfx/")) {
                modules.add(entry);
            } else if (!path.contains("test-classes") && !path.contains("/org/junit/")
                    && !path.contains("/org/testfx/") && !path.contains("/org/opentest4j/")
                    && !path.contains("/org/apiguardian/") && !path.contains("/org/hamcrest/")) {
                classes.add(entry);
            }
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--module-path=" + String.join(File.pathSeparator, modules),
                "--add-modules=javafx.controls",
                "--enable-native-access=javafx.graphics",
                "-Dsun.misc.unsafe.memory.access=allow"));
        command.addAll(List.of(
                "-classpath", String.join(File.pathSeparator, classes),
                "-Drelive.assets=" + System.getProperty("relive.assets"),
                "-Drelive.home=" + home,
                "-D" + StartupProbe.PROPERTY + "=true",
                "dev.relive.app.Main"));
        return command;
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
