package dev.relive.app.documents;

import dev.relive.failure.Phase;
import dev.relive.compile.Severity;
import dev.relive.app.workspace.SketchFolder;
import dev.relive.compile.Diagnostic;
import dev.relive.event.EngineEvent;
import dev.relive.event.SketchError;
import dev.relive.migrate.MigrationReport;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Documents with a stand-in for the editor: a text holder and a dirty flag, as the tab view attaches them. */
class DocumentsTest {

    @TempDir
    Path root;

    private final List<String> problems = new ArrayList<>();
    private Documents documents;

    /** What the editor of a document holds. */
    private static final class FakeEditor {
        final AtomicReference<String> text = new AtomicReference<>();
        final SimpleBooleanProperty dirty = new SimpleBooleanProperty();

        FakeEditor(Document document) {
            text.set(document.diskText());
            document.attach(text::get, dirty);
            // The view replaces its text when the document loads new text from disk, and is clean afterwards.
            document.contentProperty().addListener((obs, before, now) -> {
                text.set(now.text());
                dirty.set(false);
            });
        }

        void type(String newText) {
            text.set(newText);
            dirty.set(true);
        }
    }

    @BeforeEach
    void sketch() throws IOException {
        Files.writeString(root.resolve("Main.java"), "class Main {}\n");
        Files.writeString(root.resolve("Ball.java"), "class Ball {}\n");
        documents = new Documents(SketchFolder.open(root), problems::add);
    }

    private Document open(String path) {
        return documents.open(path).orElseThrow();
    }

    private static EngineEvent.Compiled compiled(int generation, Diagnostic... diagnostics) {
        return new EngineEvent.Compiled(generation, diagnostics.length == 0, 10, List.of("Ball.java", "Main.java"), List.of(diagnostics));
    }

    private static SketchError errorAt(String file, int line) {
        return new SketchError(Phase.STEP, "java.lang.ArithmeticException", "/ by zero",
                List.of(new SketchError.Frame("Main", "step", file, line, true)));
    }

    private static EngineEvent.Applied applied(int generation) {
        return new EngineEvent.Applied(generation, 20, 2, MigrationReport.EMPTY, "loop");
    }

    @Test
    void theFileListIsTheSketchsSources() {
        assertEquals(List.of("Ball.java", "Main.java"), documents.files());
    }

    @Test
    void openingSelectsAndOpeningAgainReusesTheTab() {
        Document main = open("Main.java");

        assertEquals(main, open("Main.java"));
        assertEquals(1, documents.open().size());
        assertEquals(main, documents.selectedProperty().get());
    }

    @Test
    void openingAMissingFileSaysWhy() {
        assertTrue(documents.open("Gone.java").isEmpty());
        assertTrue(problems.get(0).startsWith("Cannot open Gone.java: no such file"), problems.get(0));
    }

    @Test
    void eachCompilesDiagnosticsGoToTheirOwnFileOnly() {
        Document main = open("Main.java");
        Document ball = open("Ball.java");
        Diagnostic error = new Diagnostic("Main.java", 1, 12, 11, 12, Severity.ERROR, "';' expected");

        documents.accept(compiled(2, error));

        assertEquals(List.of(error), main.diagnostics());
        assertTrue(main.hasErrorsProperty().get());
        assertTrue(ball.diagnostics().isEmpty());
        documents.accept(compiled(3));
        assertTrue(main.diagnostics().isEmpty(), "the next good compile clears them");
    }

    @Test
    void marksAreRememberedForFilesOpenedLater() {
        Diagnostic error = new Diagnostic("Ball.java", 1, 1, 0, 1, Severity.ERROR, "oops");
        documents.accept(compiled(2, error));
        documents.accept(new EngineEvent.Error(1, errorAt("Ball.java", 1), 0));

        Document ball = open("Ball.java");

        assertEquals(List.of(error), ball.diagnostics());
        assertEquals(new Document.RuntimeMark(1, "java.lang.ArithmeticException: / by zero"), ball.runtimeErrorProperty().get());
    }

    @Test
    void aRuntimeErrorMarksItsSketchFrameUntilCodeGoesLiveAgain() {
        Document main = open("Main.java");
        documents.accept(applied(1));

        documents.accept(new EngineEvent.Error(1, errorAt("Main.java", 9), 0));
        assertEquals(9, main.runtimeErrorProperty().get().line());
        assertTrue(main.hasErrorsProperty().get());

        documents.accept(applied(2));
        assertNull(main.runtimeErrorProperty().get());
        assertFalse(main.hasErrorsProperty().get(), "the tab's error icon goes");
    }

    @Test
    void aRestartOrAFaultRevertClearsTheMarkUntilTheCodeThrowsAgain() {
        Document main = open("Main.java");
        documents.accept(applied(1));
        documents.accept(applied(2));
        documents.accept(new EngineEvent.Error(2, errorAt("Main.java", 9), 0));

        documents.accept(applied(1)); // the fault revert
        assertFalse(main.hasErrorsProperty().get());
        documents.accept(new EngineEvent.Error(2, errorAt("Main.java", 9), 0)); // a late error of the faulted code
        assertFalse(main.hasErrorsProperty().get(), "errors of code no longer live are not marked");
        documents.accept(new EngineEvent.Error(1, errorAt("Main.java", 4), 0));
        assertEquals(4, main.runtimeErrorProperty().get().line());
    }

    @Test
    void aRejectionMarksWhereTheNewCodeThrew() {
        Document main = open("Main.java");
        SketchError error = new SketchError(Phase.CONSTRUCT, "java.lang.IllegalStateException", "boom",
                List.of(new SketchError.Frame("Main", "<init>", "Main.java", 3, true)));

        documents.accept(new EngineEvent.Rejected(2, Phase.CONSTRUCT, "java.lang.IllegalStateException: boom", 1, error));

        assertEquals(new Document.RuntimeMark(3, "java.lang.IllegalStateException: boom"), main.runtimeErrorProperty().get());
    }

    @Test
    void savingWritesTheEditorsTextAndMarksItSaved() throws IOException {
        Document main = open("Main.java");
        FakeEditor editor = new FakeEditor(main);
        editor.type("class Main { int n; }\n");

        assertTrue(documents.save(main));

        assertEquals("class Main { int n; }\n", Files.readString(root.resolve("Main.java")));
        assertEquals("class Main { int n; }\n", main.diskText());
        assertFalse(main.isDirty());
    }

    @Test
    void aFailedSaveKeepsTheEditsAndSaysWhy() throws IOException {
        Document main = open("Main.java");
        FakeEditor editor = new FakeEditor(main);
        editor.type("class Main { int n; }\n");
        Files.delete(root.resolve("Main.java"));
        Files.delete(root.resolve("Ball.java"));
        Files.delete(root);
        Files.writeString(root, "a file where the sketch folder was");

        assertFalse(documents.save(main));

        assertTrue(main.isDirty());
        assertTrue(problems.get(0).startsWith("Cannot save Main.java"), problems.get(0));
        assertTrue(problems.get(0).endsWith("Your edits are still in the editor."), problems.get(0));
    }

    @Test
    void aCleanTabFollowsAnEditMadeOutsideRelive() throws IOException {
        Document main = open("Main.java");
        new FakeEditor(main);
        Files.writeString(root.resolve("Main.java"), "class Main { /* from vim */ }\n");

        documents.accept(compiled(2));

        assertEquals("class Main { /* from vim */ }\n", main.diskText());
        assertTrue(problems.isEmpty());
    }

    @Test
    void aDirtyTabKeepsItsEditsWhenTheFileChangesOutsideAndSaysSoOnce() throws IOException {
        Document main = open("Main.java");
        FakeEditor editor = new FakeEditor(main);
        editor.type("class Main { int mine; }\n");
        Files.writeString(root.resolve("Main.java"), "class Main { int theirs; }\n");

        documents.accept(compiled(2));
        documents.accept(compiled(3));

        assertEquals("class Main { int mine; }\n", main.text());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("your edits are kept"), problems.get(0));
    }

    @Test
    void aRevertsSourcesReplaceOpenTextsAndCloseFilesTheGenerationDidNotHave() {
        Document main = open("Main.java");
        Document ball = open("Ball.java");

        documents.showSources(Map.of("Main.java", "class Main { int old; }\n"));

        assertEquals("class Main { int old; }\n", main.diskText());
        assertFalse(documents.open().contains(ball));
        assertEquals(main, documents.selectedProperty().get());
    }

    @Test
    void goingToALineOpensTheFileAndAsksForTheLine() {
        documents.goTo("Ball.java", 4);

        Document ball = documents.find("Ball.java").orElseThrow();
        assertEquals(4, ball.lineRequestProperty().get().line());
        assertEquals(ball, documents.selectedProperty().get());
    }
}
