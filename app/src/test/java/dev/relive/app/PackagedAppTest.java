package dev.relive.app;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The installable app image that {@code ./mvnw -Ppackage package} builds (app/target/jpackage/Relive) starts
 * headless as a real process, with nothing but what the image holds (its own Java runtime, with javac), and opens
 * the first example: the sketch is copied into the home folder, compiled by the bundled javac and run, which its
 * {@code .relive/} history shows. Skipped, saying so, when the image was not built (the default build does not).
 */
class PackagedAppTest {

    private static final Path IMAGE = Path.of(System.getProperty("relive.image", "target/jpackage/Relive"));
    private static final long TIMEOUT_SECONDS = 300;

    @TempDir
    Path home;

    @Test
    void thePackagedAppOpensTheFirstExampleAndRunsIt() throws Exception {
        Path launcher = IMAGE.resolve("bin/Relive");
        Assumptions.assumeTrue(Files.isExecutable(launcher), "no app image at " + IMAGE.toAbsolutePath()
                + ": build it with ./mvnw -B -Ppackage package to run this test");
        Path monocle = monocleJar();
        ProcessBuilder builder = new ProcessBuilder(launcher.toString()).redirectErrorStream(true)
                .redirectOutput(home.resolve("app.log").toFile());
        // Headless: JavaFX's Monocle glass (a test library, not in the image) is patched into javafx.graphics; the
        // JVM reads these options whatever launcher starts it.
        builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", List.of(
                "--patch-module=javafx.graphics=" + monocle, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Dheadless.geometry=1920x1200-32", "-Drelive.home=" + home)));
        builder.environment().remove("DISPLAY");
        Process app = builder.start();
        try {
            Path generations = home.resolve("sketches/bouncing-balls/.relive/generations");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (!hasGeneration(generations) && app.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            String log = Files.exists(home.resolve("app.log")) ? Files.readString(home.resolve("app.log")) : "";
            if (!hasGeneration(generations)) {
                fail("the packaged app did not open and run the example (alive: " + app.isAlive() + "); its output:\n" + log);
            }
            assertTrue(Files.readString(home.resolve("recent-sketches.txt")).contains("bouncing-balls"), "the sketch is open");
            assertTrue(app.isAlive(), "the app keeps running; its output:\n" + log);
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static boolean hasGeneration(Path generations) throws IOException {
        if (!Files.isDirectory(generations)) {
            return false;
        }
        try (Stream<Path> files = Files.list(generations)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".properties"));
        }
    }

    /** The Monocle jar the GUI tests use, found on this test's class path. */
    private static Path monocleJar() {
        return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(p -> p.contains("openjfx-monocle")).map(Path::of).findFirst()
                .orElseThrow(() -> new IllegalStateException("openjfx-monocle is not on the test class path"));
    }
}
