package dev.relive.app.session;

import dev.relive.output.Stream;
import dev.relive.app.documents.Document;
import dev.relive.app.live.EventBatch;
import dev.relive.app.live.FakeLiveEngine;
import dev.relive.app.workspace.SketchFolder;
import dev.relive.event.EngineEvent;
import dev.relive.history.GenerationStatus;
import dev.relive.migrate.MigrationReport;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static dev.relive.app.live.FakeLiveEngine.generation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SketchSessionTest {

    @TempDir
    Path root;

    private final FakeLiveEngine engine = new FakeLiveEngine();
    private SketchSession session;

    @BeforeEach
    void open() throws IOException {
        Files.writeString(root.resolve("Main.java"), "class Main {}\n");
        session = new SketchSession(SketchFolder.open(root), engine, () -> engine.calls.add("closed"));
        session.openFirstFile();
    }

    /** Types {@code text} into {@code document}'s stand-in editor. */
    private static void edit(Document document, String text) {
        AtomicReference<String> editor = new AtomicReference<>(text);
        document.attach(editor::get, new SimpleBooleanProperty(true));
    }

    private Document main() {
        return session.documents().find("Main.java").orElseThrow();
    }

    @Test
    void openingShowsMainJava() {
        assertEquals("Main.java", session.documents().selectedProperty().get().path());
    }

    @Test
    void savingWritesTheFileThenAsksTheEngineToReloadAtOnce() throws IOException {
        edit(main(), "class Main { int n; }\n");

        assertTrue(session.saveSelected());

        assertEquals("class Main { int n; }\n", Files.readString(root.resolve("Main.java")));
        assertEquals(List.of("reload"), engine.calls);
    }

    @Test
    void unsavedEditsBecomeAGenerationBeforeTheRevertStarts() throws IOException {
        edit(main(), "class Main { int unsaved; }\n");

        session.revert(1);

        assertEquals("class Main { int unsaved; }\n", Files.readString(root.resolve("Main.java")), "saved first");
        assertEquals(List.of("reload"), engine.calls, "the revert waits for the reload");
        engine.reloads.get(0).complete(Optional.of(generation(2, GenerationStatus.OK, "Main.java", "class Main { int unsaved; }\n")));
        assertEquals(List.of("reload", "revert 1"), engine.calls);
    }

    @Test
    void afterARevertTheOpenEditorsShowTheRevertedCode() {
        session.revert(1);
        engine.reverts.get(0).complete(Optional.of(FakeLiveEngine.revertGeneration(3, 1, Map.of("Main.java", "class Main { int old; }\n"))));

        assertEquals("class Main { int old; }\n", main().diskText());
    }

    @Test
    void aRevertThatCannotSaveTheEditsFirstDoesNotStart() throws IOException {
        edit(main(), "class Main { int unsaved; }\n");
        Files.delete(root.resolve("Main.java"));
        Files.delete(root);
        Files.writeString(root, "not a folder any more");

        session.revert(1);

        assertTrue(engine.calls.isEmpty(), engine.calls.toString());
        assertTrue(session.live().lastResultProperty().get().startsWith("Did not revert"), session.live().lastResultProperty().get());
    }

    @Test
    void eventsThatChangeTheHistoryMakeItReread() {
        engine.generations = List.of(generation(1, GenerationStatus.OK, "Main.java", "class Main {}\n"));
        engine.live = 1;

        session.accept(EventBatch.of(new EngineEvent.Output(1, Stream.OUT, "hello")));
        assertTrue(session.history().items().isEmpty(), "output does not change the history");
        session.accept(EventBatch.of(new EngineEvent.Applied(1, 30, 3, MigrationReport.EMPTY, "loop")));

        assertEquals(1, session.history().items().size());
        assertEquals(1, session.live().liveGenerationProperty().get());
        assertEquals("[1] hello", session.console().lines().get(0).display());
    }

    @Test
    void aProblemIsShownInTheConsoleAndTheStatusBar() {
        session.problem("Cannot save Main.java: permission denied");

        assertEquals("Cannot save Main.java: permission denied", session.console().lines().get(0).display());
        assertEquals("Cannot save Main.java: permission denied", session.live().lastResultProperty().get());
    }

    @Test
    void closingReleasesTheEngine() throws Exception {
        session.close();

        assertEquals(List.of("closed"), engine.calls);
    }
}
