package dev.relive.app.recovery;

import dev.relive.app.documents.Document;
import dev.relive.app.documents.Documents;
import dev.relive.app.workspace.SketchFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveredEditsTest {

    @TempDir
    Path home;

    private Path sketch;
    private RecoveryStore store;
    private Documents documents;
    private final List<String> problems = new ArrayList<>();
    private RecoveredEdits edits;

    @BeforeEach
    void open() throws IOException {
        sketch = Files.createDirectories(home.resolve("sketches/balls"));
        Files.writeString(sketch.resolve("Main.java"), "class Main {}\n");
        store = new RecoveryStore(home.resolve("recovery"));
        documents = new Documents(SketchFolder.open(sketch), problems::add);
        edits = new RecoveredEdits(store, sketch, documents, problems::add);
    }

    @Test
    void restoringOpensEachFileHoldingItsRecoveredText() throws IOException {
        store.write(sketch, "Main.java", "class Main { int unsaved; }\n");

        edits.restore(edits.find());

        Document main = documents.find("Main.java").orElseThrow();
        assertEquals("class Main { int unsaved; }\n", main.recoveredProperty().get().text());
        assertEquals("class Main {}\n", main.diskText(), "the file on disk is untouched until saved");
        assertEquals(main, documents.selected().orElseThrow());
        assertEquals(1, store.list(sketch).size(), "the copy stays until the file is saved");
    }

    @Test
    void aFileThatIsGoneFromDiskIsRestoredAsANewUnsavedFile() throws IOException {
        store.write(sketch, "Ball.java", "class Ball {}\n");

        edits.restore(edits.find());

        Document ball = documents.find("Ball.java").orElseThrow();
        assertEquals("", ball.diskText());
        assertEquals("class Ball {}\n", ball.recoveredProperty().get().text());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void aCopyEqualToTheDiskHoldsNothingNewAndIsDeleted() throws IOException {
        store.write(sketch, "Main.java", "class Main {}\n");

        edits.restore(edits.find());

        assertEquals(List.of(), store.list(sketch));
    }

    @Test
    void discardingDeletesEveryCopyAndOpensNothing() throws IOException {
        store.write(sketch, "Main.java", "class Main { int unsaved; }\n");
        store.write(sketch, "Ball.java", "class Ball {}\n");

        edits.discard(edits.find());

        assertEquals(List.of(), store.list(sketch));
        assertTrue(documents.open().isEmpty());
    }
}
