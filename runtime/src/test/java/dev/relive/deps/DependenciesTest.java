package dev.relive.deps;

import dev.relive.compile.Diagnostic;
import dev.relive.event.EngineEvent;
import dev.relive.testing.LiveSketch;
import dev.relive.testing.LiveSketchTest;
import dev.relive.testing.RunnerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code //DEPS} lines through the real engine: a small real artifact (commons-text, which brings commons-lang3) is
 * resolved from Maven Central into a temporary local repository, its classes are used by the sketch, a changed line
 * is a new generation with state kept, and each kind of failure is an error on its line while the last good
 * generation keeps running.
 */
class DependenciesTest extends LiveSketchTest {

    @TempDir
    static Path repository;

    @BeforeAll
    static void useTemporaryRepository() {
        System.setProperty(DependencyResolver.LOCAL_REPOSITORY, repository.toString());
    }

    @AfterAll
    static void restoreSettings() {
        System.clearProperty(DependencyResolver.LOCAL_REPOSITORY);
        System.clearProperty(DependencyResolver.REMOTE_REPOSITORY);
    }

    private static String main(String deps, String body) {
        return "//DEPS " + deps + "\nimport dev.relive.api.*;\nimport org.apache.commons.text.WordUtils;\n"
                + "import org.apache.commons.lang3.StringUtils;\n\npublic class Main implements Sketch {\n" + body + "\n}\n";
    }

    private static String counting(String deps, String word) {
        return main(deps, "int n; public void step() { n++; System.out.println(WordUtils.capitalize(\"" + word
                + "\") + \" \" + StringUtils.repeat('x', 2) + \" \" + n); }");
    }

    @Test
    void aDeclaredArtifactAndWhatItNeedsJoinTheClassPath() {
        live = LiveSketch.in(dir).write("Main.java", counting("org.apache.commons:commons-text:1.12.0", "hello world")).start();
        live.step(2);
        assertEquals(List.of("Hello World xx 1", "Hello World xx 2"), live.output());
        EngineEvent.Resolved resolved = live.last(EngineEvent.Resolved.class);
        assertTrue(resolved.ok());
        assertTrue(resolved.jars().contains("commons-text-1.12.0.jar"), resolved.jars().toString());
        assertTrue(resolved.jars().stream().anyMatch(j -> j.startsWith("commons-lang3-")), resolved.jars().toString());
        assertTrue(Files.isRegularFile(repository.resolve("org/apache/commons/commons-text/1.12.0/commons-text-1.12.0.jar")),
                "resolved into the local repository the setting names");
        assertFalse(live.events(EngineEvent.Resolving.class).isEmpty(), "resolution was announced");
    }

    @Test
    void changingTheLineMakesAGenerationWithTheNewClassPathAndTheStateKept() {
        live = LiveSketch.in(dir).write("Main.java", counting("org.apache.commons:commons-text:1.12.0", "one")).start();
        live.step(3);
        live.save("Main.java", main("org.apache.commons:commons-text:1.11.0",
                "int n; public void step() { n++; System.out.println(\"two \" + n + \" \" + StringUtils.class.getProtectionDomain()"
                        + ".getCodeSource().getLocation().getPath().replaceAll(\".*/\", \"\")); }"));
        live.assertSwappedCleanly();
        live.step(1);
        assertEquals("two 4 commons-lang3-3.13.0.jar", live.lastOutputSinceSave(), "commons-text 1.11.0 brings commons-lang3 3.13.0");
    }

    @Test
    void anUnknownArtifactIsAnErrorOnItsLineAndTheLiveGenerationKeepsRunning() {
        live = LiveSketch.in(dir).write("Main.java", counting("org.apache.commons:commons-text:1.12.0", "live")).start();
        live.step(1);
        live.save("Main.java", "// a comment\n" + counting("org.apache.commons:relive-no-such-artifact:1.0", "broken"));
        Diagnostic error = onlyError();
        assertEquals("Main.java", error.file());
        assertEquals(2, error.line());
        assertTrue(error.message().contains("relive-no-such-artifact") && error.message().contains("is not in"), error.message());
        live.step(1);
        assertEquals("Live xx 2", live.lastOutput(), "the last good generation keeps running");
    }

    @Test
    void aBadCoordinateIsAnErrorOnItsLine() {
        live = LiveSketch.in(dir).write("Main.java", counting("commons-text", "bad")).start();
        Diagnostic error = onlyError();
        assertEquals(1, error.line());
        assertTrue(error.message().startsWith("bad //DEPS coordinate 'commons-text'"), error.message());
    }

    @Test
    void noNetworkWithNothingCachedSaysSoAndACachedArtifactNeedsNoNetwork(@TempDir Path empty) {
        live = LiveSketch.in(dir).write("Main.java", counting("org.apache.commons:commons-text:1.12.0", "online")).start();
        assertTrue(live.last(EngineEvent.Resolved.class).ok());
        live.close();
        System.setProperty(DependencyResolver.REMOTE_REPOSITORY, "http://127.0.0.1:9/maven2/"); // nothing listens there
        try {
            live = LiveSketch.in(dir).write("Main.java", counting("org.apache.commons:commons-text:1.12.0", "offline")).start();
            live.step(1);
            assertEquals("Offline xx 1", live.lastOutput(), "resolved earlier into the local repository: no network needed");
            live.close();

            System.setProperty(DependencyResolver.LOCAL_REPOSITORY, empty.toString());
            live = LiveSketch.in(empty.resolve("sketch")).write("Main.java", counting("org.apache.commons:commons-text:1.12.0", "x")).start();
            Diagnostic error = onlyError();
            assertEquals(1, error.line());
            assertTrue(error.message().contains("cannot be reached") && error.message().contains("local repository has not got it"),
                    error.message());
        } finally {
            System.clearProperty(DependencyResolver.REMOTE_REPOSITORY);
            System.setProperty(DependencyResolver.LOCAL_REPOSITORY, repository.toString());
        }
    }

    @Test
    void theRunnerReportsResolvingAndResolvedEvents() throws Exception {
        LiveSketch.in(dir).write("Main.java", counting("org.apache.commons:commons-text:1.12.0", "runner"));
        try (RunnerProcess runner = RunnerProcess.start(dir, "-D" + DependencyResolver.LOCAL_REPOSITORY + "=" + repository)) {
            runner.await(l -> l.startsWith("{\"event\":\"resolving\",\"artifact\":\"org.apache.commons:commons-text:1.12.0\""), 120);
            String resolved = runner.await(l -> l.startsWith("{\"event\":\"resolved\""), 120);
            assertTrue(resolved.contains("\"ok\":true") && resolved.contains("\"commons-text-1.12.0.jar\""), resolved);
            runner.await(l -> l.contains("\"text\":\"Runner xx "), 120);
        }
    }

    /** The one error of the last compile, which failed. */
    private Diagnostic onlyError() {
        EngineEvent.Compiled compiled = live.last(EngineEvent.Compiled.class);
        assertFalse(compiled.ok(), "the generation failed: " + compiled);
        assertEquals(1, compiled.diagnostics().size(), compiled.diagnostics().toString());
        return compiled.diagnostics().get(0);
    }
}
