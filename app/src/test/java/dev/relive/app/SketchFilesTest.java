package dev.relive.app;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sketch files in the window: the first launch, opening folders and creating files. */
class SketchFilesTest extends WindowDriver {

    @Test
    void firstLaunchCopiesTheExampleIntoTheHomeAndRunsItThere() throws Exception {
        Path copy = home.resolve("sketches/bouncing-balls/Main.java");
        Path original = Path.of(System.getProperty("relive.assets"), "examples/bouncing-balls/Main.java");

        assertTrue(fx(stage::getTitle).contains("Relive"), fx(stage::getTitle));
        assertEquals(Files.readString(original), Files.readString(copy));
        assertEquals(Files.readString(copy), fx(editor("Main.java")::getText));
        waitUntil("the example prints", () -> consoleHas("[1] frame 180:"));
        assertTrue(fx(() -> lookup("#file-tree").query().isVisible()));
    }

    @Test
    void openingAFolderThatIsNotThereSaysWhy() {
        Path missing = home.resolve("no-such-sketch");

        Platform.runLater(() -> app.window().actions().open(missing));

        waitUntil("an error is shown", () -> lookup("#error-dialog").tryQuery().isPresent());
        DialogPane dialog = lookup("#error-dialog").queryAs(DialogPane.class);
        assertTrue(fx(dialog::getContentText).contains("no such file or folder"), fx(dialog::getContentText));
        clickOn(fx(() -> (Button) dialog.lookupButton(ButtonType.OK)));
        assertEquals(home.resolve("sketches/bouncing-balls"), fx(() -> session().folder().root()));
    }

    @Test
    void newFileExplainsABadNameAndCreatesAGoodOne() throws Exception {
        clickOn("#editor-tabs");
        ctrl(KeyCode.N);
        waitUntil("the name is asked for", () -> lookup("#new-file-dialog").tryQuery().isPresent());
        DialogPane dialog = lookup("#new-file-dialog").queryAs(DialogPane.class);
        Button ok = fx(() -> (Button) dialog.lookupButton(ButtonType.OK));

        clickOn("#new-file-name").write("1Ball");
        assertTrue(textOf("#new-file-problem").contains("not a valid Java name"), textOf("#new-file-problem"));
        assertTrue(fx(ok::isDisabled));
        clickOn("#new-file-name").eraseText(5).write("Ball");
        assertTrue(textOf("#new-file-problem").contains("already in the sketch"), textOf("#new-file-problem"));
        clickOn("#new-file-name").eraseText(4).write("Paddle");
        clickOn(ok);

        waitUntil("the new file is open", () -> fx(() -> session().documents().find("Paddle.java").isPresent()));
        assertEquals("public class Paddle {\n}\n", Files.readString(home.resolve("sketches/bouncing-balls/Paddle.java")));
        assertEquals("public class Paddle {\n}\n", fx(editor("Paddle.java")::getText));
        waitUntil("the file tree lists it", () -> fx(() -> session().documents().files().contains("Paddle.java")));
    }
}
