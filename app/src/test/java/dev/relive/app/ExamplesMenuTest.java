package dev.relive.app;

import dev.relive.app.window.WindowActions;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File → Examples opens a copy of a bundled example, running; the bundled one is never edited. */
class ExamplesMenuTest extends WindowDriver {

    private static Path bundled(String example) {
        return Path.of(System.getProperty("relive.assets"), "examples", example);
    }

    private void chooseExample(String example) {
        clickOn("File");
        clickOn("Examples");
        String item = "#example-" + example;
        waitUntil("the examples are listed", () -> fx(() -> lookup(item).tryQuery()
                .map(n -> n.getScene() != null && n.isVisible()).orElse(false)));
        // Across into the submenu first, as a person does: a diagonal path over the File menu would close it.
        Point2D menu = point("Examples").query();
        moveTo(new Point2D(point(item).query().getX(), menu.getY()));
        clickOn(item);
    }

    private void awaitRunning(Path folder) {
        waitUntil(folder + " is open", () -> fx(() -> app.workbench().session().map(s -> s.folder().root().equals(folder)).orElse(false)));
        waitUntil("it runs", () -> fx(() -> session().live().liveGenerationProperty().get()) == 1);
    }

    @Test
    void choosingAnExampleOpensACopyOfItRunning() throws Exception {
        chooseExample("particles");

        Path copy = home.resolve("sketches/particles");
        awaitRunning(copy);
        waitUntil("it draws", () -> frameNumber() > 10);
        assertEquals(Files.readString(bundled("particles").resolve("Main.java")), Files.readString(copy.resolve("Main.java")));
        assertEquals(Files.readString(copy.resolve("Main.java")), fx(editor("Main.java")::getText));
        assertTrue(fx(stage::getTitle).startsWith("particles"), fx(stage::getTitle));
    }

    @Test
    void anExampleTheUserHasACopyOfAsksAndAFreshCopyGoesBesideIt() throws Exception {
        Path mine = home.resolve("sketches/bouncing-balls/Main.java");
        Files.writeString(mine, Files.readString(mine) + "// my edit\n");

        chooseExample("bouncing-balls");
        waitUntil("Relive asks which copy", () -> lookup("#example-copy-dialog").tryQuery().isPresent());
        DialogPane dialog = lookup("#example-copy-dialog").queryAs(DialogPane.class);
        clickOn(fx(() -> (Button) dialog.lookupButton(WindowActions.FRESH_COPY)));

        Path fresh = home.resolve("sketches/bouncing-balls-2");
        awaitRunning(fresh);
        assertEquals(Files.readString(bundled("bouncing-balls").resolve("Main.java")), Files.readString(fresh.resolve("Main.java")));
        assertTrue(Files.readString(mine).endsWith("// my edit\n"), "the user's copy is left as it was");
    }
}
