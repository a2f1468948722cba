package dev.relive.app;

import dev.relive.app.editor.CodeEditor;
import dev.relive.app.recovery.RecoveredFile;
import dev.relive.app.recovery.RecoveryStore;
import dev.relive.app.recovery.RestoreDialog;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unsaved edits outlive a crash: they are kept while the tab is dirty and offered back on the next start. */
class RecoveryTest extends WindowDriver {

    private static final String EDIT = "// typed just before the crash\n";

    private Path sketch() {
        return home.resolve("sketches/bouncing-balls");
    }

    private List<RecoveredFile> kept() throws IOException {
        return new RecoveryStore(home.resolve(RecoveryStore.FOLDER)).list(sketch());
    }

    private String disk() throws IOException {
        return Files.readString(sketch().resolve("Main.java"));
    }

    private void typeAnEdit() {
        CodeEditor editor = editor("Main.java");
        clickBefore(editor, "import dev.relive.api.Sketch;");
        write(EDIT);
    }

    @Test
    void editsLeftByACrashAreOfferedAndRestoreBringsThemBackIntoADirtyTab() throws Exception {
        typeAnEdit();
        waitUntil("the unsaved edit is kept in the recovery area",
                () -> kept().stream().anyMatch(f -> f.path().equals("Main.java") && f.text().contains(EDIT)));

        crashAndRestart();

        DialogPane dialog = awaitRecoveryDialog();
        ListView<?> files = lookup("#recovery-files").queryAs(ListView.class);
        assertTrue(fx(() -> files.getItems().size() == 1 && files.getItems().get(0).toString().contains("Main.java")));
        clickOn(fx(() -> (Button) dialog.lookupButton(RestoreDialog.RESTORE)));

        waitUntil("the edit is back in the editor", () -> fx(() -> editor("Main.java").getText()).contains(EDIT));
        assertTrue(fx(() -> session().documents().find("Main.java").orElseThrow().isDirty()), "the tab shows unsaved edits");
        assertFalse(disk().contains(EDIT), "the file on disk waits for a save");

        write("// and more after the restore\n");
        waitUntil("the restored tab's later edits are kept too",
                () -> kept().stream().anyMatch(f -> f.text().contains("// and more after the restore")));
    }

    @Test
    void discardDeletesTheRecoveredEditsAndTheFileOpensAsOnDisk() throws Exception {
        closeCleanly();
        new RecoveryStore(home.resolve(RecoveryStore.FOLDER)).write(sketch(), "Main.java", EDIT + disk());
        startFresh();

        DialogPane dialog = awaitRecoveryDialog();
        clickOn(fx(() -> (Button) dialog.lookupButton(RestoreDialog.DISCARD)));

        waitUntil("the recovered copy is deleted", () -> kept().isEmpty());
        assertEquals(disk(), fx(() -> editor("Main.java").getText()));
        assertFalse(fx(() -> session().documents().find("Main.java").orElseThrow().isDirty()));
    }

    @Test
    void savingDeletesTheKeptCopy() throws Exception {
        typeAnEdit();
        waitUntil("the unsaved edit is kept", () -> !kept().isEmpty());

        ctrl(KeyCode.S);

        waitUntil("saving deletes the copy", () -> kept().isEmpty());
        assertTrue(disk().contains(EDIT));
    }

    /**
     * Emulates {@code kill -9}: a clean close deletes the kept copies (checked here too), so they are put back as a
     * killed process would have left them before a fresh app starts on the same home.
     */
    private void crashAndRestart() throws Exception {
        Path recovery = home.resolve(RecoveryStore.FOLDER);
        Path left = Files.createTempDirectory(home, "left-by-crash");
        copyTree(recovery, left);
        closeCleanly();
        assertEquals(List.of(), kept(), "closing cleanly deletes the copies");
        copyTree(left, recovery);
        startFresh();
    }

    private void closeCleanly() throws Exception {
        FxToolkit.cleanupStages();
        FxToolkit.cleanupApplication(app);
    }

    /** A new app on the same home, as the next launch after the last one ended. */
    private void startFresh() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = (ReliveApp) FxToolkit.setupApplication(() -> ReliveApp.withHome(home));
    }

    private DialogPane awaitRecoveryDialog() {
        waitUntil("Relive offers the recovered edits", () -> lookup("#recovery-dialog").tryQuery().isPresent());
        return lookup("#recovery-dialog").queryAs(DialogPane.class);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(from)) {
            all = walk.sorted(Comparator.naturalOrder()).toList();
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
