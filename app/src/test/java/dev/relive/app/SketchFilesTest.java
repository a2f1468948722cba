package dev.relive.app;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void newSketchFromTheVisualTemplateIsMadeInTheWorkspaceAndRuns() throws Exception {
        clickOn("File");
        clickOn("New Sketch…");
        waitUntil("the new sketch is asked for", () -> lookup("#new-sketch-dialog").tryQuery().isPresent());
        DialogPane dialog = lookup("#new-sketch-dialog").queryAs(DialogPane.class);
        Button ok = fx(() -> (Button) dialog.lookupButton(ButtonType.OK));
        assertEquals("sketch-1", fx(() -> lookup("#new-sketch-name").queryTextInputControl().getText()), "a free name is offered");

        clickOn("#new-sketch-name").eraseText(8).write("bouncing-balls");
        assertTrue(textOf("#new-sketch-problem").contains("already a sketch"), textOf("#new-sketch-problem"));
        assertTrue(fx(ok::isDisabled));
        eraseText(14).write("my sketch");
        assertTrue(textOf("#new-sketch-problem").contains("no spaces"), textOf("#new-sketch-problem"));
        eraseText(9).write("orbit");
        clickOn("#template-visual");
        clickOn(ok);

        waitUntil("the new sketch is open and live", () -> fx(() -> app.workbench().session()
                .map(s -> s.folder().name().equals("orbit") && s.live().liveGenerationProperty().get() == 1).orElse(false)));
        assertTrue(Files.readString(home.resolve("sketches/orbit/Main.java")).contains("implements Sketch, Visual"));
        assertTrue(fx(() -> editor("Main.java").getText()).contains("draw(Canvas canvas)"), "its Main.java is open");
        waitUntil("it draws on the stage", () -> frameNumber() > 0);
    }

    @Test
    void anEmptySketchOffersTheTemplatesAndAChosenOneRuns() throws Exception {
        Path empty = Files.createDirectories(home.resolve("sketches/empty"));
        Platform.runLater(() -> app.window().actions().open(empty));
        waitUntil("the empty sketch is open", () -> fx(() -> app.workbench().session()
                .map(s -> s.folder().name().equals("empty")).orElse(false)));

        waitUntil("the hint and the templates show instead of an editor", () -> fx(() -> lookup("#empty-sketch").tryQuery()
                .map(Node::isVisible).orElse(false)));
        assertFalse(fx(() -> lookup("#editor-tabs").query().isVisible()), "no blank editor");
        clickOn("#start-script");

        waitUntil("the script runs", () -> consoleHas("run 1: hello from a new script"));
        assertTrue(Files.exists(empty.resolve("Main.java")));
        waitUntil("the editor replaces the hint", () -> fx(() -> !lookup("#empty-sketch").query().isVisible()
                && lookup("#editor-tabs").query().isVisible()));
    }

    @Test
    void aNewFileInASketchWithNothingToRunStartsAsASketch() throws Exception {
        Path bare = Files.createDirectories(home.resolve("sketches/bare"));
        Files.writeString(bare.resolve("Helper.java"), "public class Helper {\n}\n");
        Platform.runLater(() -> app.window().actions().open(bare));
        waitUntil("the sketch is open", () -> fx(() -> app.workbench().session()
                .map(s -> s.folder().name().equals("bare")).orElse(false)));

        clickOn("File");
        clickOn("New File…");
        waitUntil("the name is asked for", () -> lookup("#new-file-dialog").tryQuery().isPresent());
        assertTrue(fx(() -> ((CheckBox) lookup("#new-file-as-sketch").query()).isSelected()), "the Sketch template is offered, ticked");
        clickOn("#new-file-name").write("Main");
        clickOn(fx(() -> (Button) lookup("#new-file-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK)));

        waitUntil("the file is made", () -> Files.exists(bare.resolve("Main.java")));
        assertTrue(Files.readString(bare.resolve("Main.java")).contains("public class Main implements Sketch"));
        waitUntil("and runs", () -> fx(() -> session().live().liveGenerationProperty().get()) >= 1);
    }

    @Test
    void aNewFileInASketchThatRunsIsAPlainClass() {
        clickOn("#editor-tabs");
        ctrl(KeyCode.N);
        waitUntil("the name is asked for", () -> lookup("#new-file-dialog").tryQuery().isPresent());
        assertTrue(lookup("#new-file-as-sketch").tryQuery().isEmpty(), "no Sketch template where one runs already");
        clickOn(fx(() -> (Button) lookup("#new-file-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.CANCEL)));
    }
}
