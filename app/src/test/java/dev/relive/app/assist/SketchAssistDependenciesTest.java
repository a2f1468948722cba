package dev.relive.app.assist;

import dev.relive.analysis.Completion;
import dev.relive.analysis.Hover;
import dev.relive.deps.DependencyResolver;
import dev.relive.deps.DepsLines;
import dev.relive.deps.Resolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor's analysis sees the same class path as the engine: once a sketch's {@code //DEPS} line is resolved
 * (here by the real resolver, from Maven Central into a temporary local repository, as the engine does), completion
 * and hover cover the dependency's classes.
 */
class SketchAssistDependenciesTest {

    private static final String SOURCE = "//DEPS org.apache.commons:commons-text:1.12.0\n"
            + "import org.apache.commons.text.WordUtils;\n"
            + "public class Main { void f() { WordUtils.cap } }\n";

    @TempDir
    Path sketch;
    @TempDir
    Path repository;

    private SketchAssist assist;

    @AfterEach
    void close() throws InterruptedException {
        System.clearProperty(DependencyResolver.LOCAL_REPOSITORY);
        if (assist != null) {
            assist.close();
            // The workers close their analyzers (whose class path holds the temporary repository's jars) on their own
            // threads: wait for them to end before the temporary folders are deleted.
            for (int i = 0; i < 600 && Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().startsWith("relive-analysis-") && t.isAlive()); i++) {
                Thread.sleep(50);
            }
        }
    }

    @Test
    void completionAndHoverCoverTheClassesOfResolvedDependencies() throws Exception {
        System.setProperty(DependencyResolver.LOCAL_REPOSITORY, repository.toString());
        Files.writeString(sketch.resolve("Main.java"), SOURCE);
        try (DependencyResolver resolver = DependencyResolver.fromSettings()) {
            Resolution resolved = resolver.resolve(DepsLines.scan(Map.of("Main.java", SOURCE)), DependencyResolver.Progress.NONE);
            assertTrue(resolved.ok(), resolved.errors().toString());
        }
        assist = new SketchAssist(sketch, Runnable::run);
        int caret = SOURCE.indexOf("WordUtils.cap") + "WordUtils.cap".length();

        var items = assist.ask(Map.of(), (analyzer, snapshot) -> analyzer.complete(snapshot, "Main.java", caret))
                .get(60, TimeUnit.SECONDS).items();
        assertTrue(items.stream().map(Completion::label).anyMatch(l -> l.startsWith("capitalize")), items.toString());

        int name = SOURCE.indexOf("WordUtils.cap") + 2;
        Optional<Hover> hover = assist.ask(Map.of(), (analyzer, snapshot) -> analyzer.hover(snapshot, "Main.java", name))
                .get(60, TimeUnit.SECONDS);
        assertTrue(hover.isPresent() && hover.get().declaration().contains("WordUtils"), hover.toString());
    }
}
